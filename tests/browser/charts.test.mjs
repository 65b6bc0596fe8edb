// Each chart draws inside its own card, whatever order the products were opened in: every chart
// once used the same clip-path id, so after Spot the perpetual chart's ratio line was clipped by the
// hidden spot chart's rectangle (or not at all) and drew over the result tiles above it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { afterUpdate, startHarness, withPage } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const PRODUCTS = [
  { name: 'spot', tab: '#productSpot', chart: 'chart', card: '#chartCard' },
  { name: 'contract', tab: '#productContract', chart: 'cChart', card: '#cChartCard' },
  { name: 'option', tab: '#productOption', chart: 'oChart', card: '#oChartCard' },
];

function orders(items) {
  if (items.length <= 1) return [items];
  return items.flatMap((x, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/**
 * Where the chart's lines are painted: points along each series path, in viewport coordinates,
 * that the browser's hit test finds on the path (hit testing honours clip-path, so a clipped-away
 * point is not found). Also where the clip-path reference resolves, as the browser resolves it
 * (the first element with that id in the document).
 */
function painted([chartId, cardSel]) {
  const svg = document.querySelector(`svg[data-testid="${chartId}"]`);
  const card = document.querySelector(cardSel);
  const box = card.getBoundingClientRect();
  const out = { card: { top: box.top, bottom: box.bottom, left: box.left, right: box.right }, series: [] };
  for (const path of svg.querySelectorAll('path[class^="series-"]')) {
    const g = path.closest('[clip-path]');
    const id = /url\(#([^)]+)\)/.exec(g?.getAttribute('clip-path') ?? '')?.[1] ?? '';
    const clip = document.getElementById(id);
    const m = path.getScreenCTM();
    const length = path.getTotalLength();
    const hits = [];
    for (let i = 0; i <= 400; i++) {
      const p = path.getPointAtLength((length * i) / 400);
      const x = m.a * p.x + m.c * p.y + m.e;
      const y = m.b * p.x + m.d * p.y + m.f;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      if (document.elementsFromPoint(x, y).includes(path)) hits.push([Math.round(x), Math.round(y)]);
    }
    out.series.push({ cls: path.getAttribute('class'), clipInOwnSvg: clip !== null && clip.closest('svg') === svg, hits });
  }
  return out;
}

for (const order of orders(PRODUCTS)) {
  test(`charts stay inside their own cards: ${order.map((p) => p.name).join(' → ')}`, { timeout: 90000 }, async () => {
    await withPage(h, async (page) => {
      for (const [i, p] of order.entries()) {
        if (i > 0 || p.name !== 'spot') await afterUpdate(page, () => page.click(p.tab));
        await page.locator(`svg[data-testid="${p.chart}"] path.series-ratio`).waitFor();
        const seen = await page.evaluate(painted, [p.chart, p.card]);
        assert.ok(seen.series.length > 0, `${p.name}: the chart has series`);
        for (const s of seen.series) {
          assert.ok(s.clipInOwnSvg, `${p.name} ${s.cls}: its clip-path resolves to a clip of its own chart`);
          assert.ok(s.hits.length > 0, `${p.name} ${s.cls}: the line is painted somewhere`);
          const outside = s.hits.filter(([x, y]) => y < seen.card.top || y > seen.card.bottom || x < seen.card.left || x > seen.card.right);
          assert.deepEqual(outside.slice(0, 5), [], `${p.name} ${s.cls}: painted outside its card ${JSON.stringify(seen.card)}`);
        }
      }
    }, { width: 1280, height: 2600 });
  });
}
