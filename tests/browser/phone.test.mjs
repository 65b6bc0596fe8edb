// The phone: at 360×740 the main results are in view on first load (above the inputs); inputs at
// 16 px or more (no zoom on focus), every tap target at least 44×44 px; at 320 px no menu's chosen
// option and no label cut off; the chart's mark line dragged with a finger, and a pinch harmless.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFits, brokenNumbers, openPage, out, riskQuery, startHarness, toggleSection } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const PRODUCTS = [['', 'liquidationPrice'], ['?product=contract', 'cLiquidationPrice'], ['?product=option', 'oMarginRatio']];

test('at 360×740 each product\'s main results are in the first viewport, before the inputs', { timeout: 60000 }, async () => {
  for (const [query, id] of PRODUCTS) {
    const { page, context, problems } = await openPage(h, { query, width: 360, height: 740, hasTouch: true, isMobile: true });
    try {
      const tile = await page.locator(`[data-testid="${id}"]`).evaluate((e) => e.closest('.kpi').getBoundingClientRect().toJSON());
      assert.ok(tile.top >= 0 && tile.bottom <= 740, `${query || 'spot'}: the tile at ${tile.top}–${tile.bottom}`);
      const inputs = await page.locator('#calc').boundingBox();
      assert.ok(inputs.y > tile.top, 'the inputs come after the summary');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});

/** Visible controls smaller than 44×44 px, and inputs under 16 px, with every section open. */
async function smallTargets(page) {
  return page.evaluate(() => {
    const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const small = [];
    for (const e of document.querySelectorAll('button, select, summary, input, textarea, [role="tab"], a.mini-bar')) {
      if (!shown(e) || e.closest('.visually-hidden')) continue;
      // A checkbox is tapped with its label: the row they share is the target.
      const target = e.type === 'checkbox' ? e.closest('.field') : e;
      const r = target.getBoundingClientRect();
      if (r.width < 44 - 0.5 || r.height < 44 - 0.5) small.push(`${e.tagName.toLowerCase()}#${e.id} ${Math.round(r.width)}×${Math.round(r.height)}`);
      if (e.matches('input[type="text"], select, textarea') && parseFloat(getComputedStyle(e).fontSize) < 16) small.push(`${e.id}: ${getComputedStyle(e).fontSize}`);
    }
    return small;
  });
}

test('at 360 px inputs are 16 px or more and every tap target is at least 44×44 px, sections open', { timeout: 90000 }, async () => {
  for (const [query, , sections] of [['', '', ['closeSection', 'pathSection', 'probabilitySection']], ['?product=contract', '', ['cPathSection']], ['?product=option', '', ['oPathSection']]]) {
    const { page, context, problems } = await openPage(h, { query, width: 360, height: 740, hasTouch: true, isMobile: true });
    try {
      for (const s of sections) await toggleSection(page, s);
      await page.click('#importScenario');
      await page.click('#pasteOpen');
      assert.deepEqual(await smallTargets(page), [], query || 'spot');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});

test('at 320 px nothing is cut off: no menu\'s chosen option, no label, no horizontal scroll', { timeout: 90000 }, async () => {
  for (const query of ['', '?product=contract', '?product=option', '?product=contract&cType=inverse&cPositionMode=hedge']) {
    const { page, context, problems } = await openPage(h, { query, width: 320, height: 700, hasTouch: true, isMobile: true });
    try {
      await assertFits(page, 320);
      const cut = await page.evaluate(() => {
        const canvas = document.createElement('canvas').getContext('2d');
        const out = [];
        for (const s of document.querySelectorAll('select')) {
          if (!s.getClientRects().length) continue;
          const cs = getComputedStyle(s);
          canvas.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
          const text = s.selectedOptions[0]?.textContent ?? '';
          // The text, the padding and the menu's arrow (about 20 px) inside the box.
          const need = canvas.measureText(text).width + parseFloat(cs.paddingLeft) + 20;
          if (need > s.clientWidth) out.push(`#${s.id} "${text}": ${Math.round(need)} > ${s.clientWidth}`);
        }
        for (const l of document.querySelectorAll('label')) {
          if (l.getClientRects().length && l.scrollWidth > l.clientWidth + 1) out.push(`label[for=${l.htmlFor}]`);
        }
        return out;
      });
      assert.deepEqual(cut, [], query || 'spot');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});

/** Touch points over CDP (what a finger sends): pointer events of type "touch". */
const touches = (cdp) => (type, points) =>
  cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });

test('a finger drags the mark line; a pinch on the chart leaves the mark alone and breaks nothing', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h, { query: riskQuery(), width: 360, height: 740, hasTouch: true, isMobile: true });
  try {
    const touch = touches(await context.newCDPSession(page));
    const handle = page.locator('[data-testid="markHandle"]');
    await handle.scrollIntoViewIfNeeded();
    const box = await handle.boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await touch('touchStart', [[x, y]]);
    for (let i = 1; i <= 8; i++) await touch('touchMove', [[x - 8 * i, y]]);
    await touch('touchEnd', []);
    await page.waitForFunction(() => document.getElementById('markPrice').value !== '29,000');
    const mark = Number((await page.inputValue('#markPrice')).replace(/,/g, ''));
    assert.ok(mark > 20000 && mark < 29000, `mark after the drag: ${mark}`);
    const ratio = await out(page, 'marginRatio');
    assert.notEqual(ratio, '74.16%');

    // A pinch that starts on the mark line: the second finger ends the drag, so spreading moves nothing.
    const grip = await handle.boundingBox();
    const gx = grip.x + grip.width / 2;
    const gy = grip.y + grip.height / 2;
    const before = await page.inputValue('#markPrice');
    await touch('touchStart', [[gx, gy]]);
    await touch('touchStart', [[gx, gy], [gx + 40, gy - 60]]);
    for (let i = 1; i <= 5; i++) await touch('touchMove', [[gx - 12 * i, gy], [gx + 40 + 12 * i, gy - 60]]);
    await touch('touchEnd', []);
    // Two fingers elsewhere on the chart: nothing happens either.
    const chart = await page.locator('svg[data-testid="chart"]').boundingBox();
    const cy = chart.y + chart.height / 3;
    const cx = chart.x + 30;
    await touch('touchStart', [[cx, cy]]);
    await touch('touchStart', [[cx, cy], [cx + 20, cy]]);
    for (let i = 1; i <= 5; i++) await touch('touchMove', [[cx - 2 * i, cy], [cx + 20 + 10 * i, cy]]);
    await touch('touchEnd', []);
    assert.equal(await page.inputValue('#markPrice'), before);
    assert.equal(await out(page, 'marginRatio'), ratio);
    assert.deepEqual(await brokenNumbers(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
