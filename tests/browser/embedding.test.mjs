// Embedding from another origin, in Chromium: dist/ on one localhost port, an exchange's help
// page on another (under its own strict CSP), a third origin's frame beside it. The page embeds
// the iframe (embed.html and its postMessage protocol) and the custom element, at 360 px and at
// desktop width, light and dark. Never a console error, CSP violation or request off 127.0.0.1.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { openPage, root, startHarness } from './harness.mjs';
import { serveHost } from './hosts.mjs';

// The protocol's JSON Schema, as docs/embedding.md prints it: every message here must fit it.
const doc = readFileSync(`${root}docs/embedding.md`, 'utf8');
const schema = JSON.parse(/The messages' JSON Schema[^\n]*\n\n```json\n([\s\S]*?)```/.exec(doc)[1]);
const fits = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const assertFits = (m) => assert.ok(fits(m), `${JSON.stringify(m).slice(0, 200)}: ${JSON.stringify(fits.errors)}`);

let h;
let host;
let third;
const origins = () => ({ calc: h.base.replace(/\/$/, ''), host: host.origin, third: third.origin });

before(async () => {
  h = await startHarness();
  // The host's policy names the calculator's origin where it needs it, and nothing else.
  const csp = (page, o) => (page === 'iframe.html'
    ? `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${o.calc} ${o.third}`
    : page === 'element.html'
      ? `default-src 'self'; script-src 'self' ${o.calc} 'wasm-unsafe-eval'; connect-src 'self' ${o.calc}; style-src 'self'`
      : "default-src 'self'");
  host = await serveHost(csp, origins);
  third = await serveHost(csp, origins);
}, { timeout: 60000 });
after(async () => {
  for (const s of [host, third]) await new Promise((resolve) => s?.server.close(resolve));
  await h?.stop();
});

const MATRIX = [[360, 'light'], [360, 'dark'], [1280, 'light'], [1280, 'dark']];
const lum = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
const near = (x, want, tol, what) => assert.ok(Math.abs(x - want) <= tol, `${what}: ${x}, want ${want} ± ${tol}`);

/** Waits for the host to have received a message of `type` (with that mark price, or at least that height) and returns it. */
async function message(page, { type, markPrice, minHeight }) {
  const handle = await page.waitForFunction((q) => window.received.find((m) => m.type === q.type
    && (q.markPrice === undefined || m.scenario?.markPrice === q.markPrice)
    && (q.minHeight === undefined || m.height > q.minHeight)) ?? null, { type, markPrice, minHeight });
  return handle.jsonValue();
}

for (const [width, colorScheme] of MATRIX) {
  test(`iframe from another origin at ${width} px, ${colorScheme}: resize, result, isomargin:set, a third origin ignored`, { timeout: 90000 }, async () => {
    const { page, context, problems, warnings } = await openPage(h, {
      url: `${host.origin}/iframe.html?example=risk`, width, height: 800, colorScheme,
      ready: (p) => p.waitForFunction(() => window.received?.some((m) => m.type === 'isomargin:result')),
    });
    try {
      const frame = page.frames().find((f) => f.url().includes('/embed.html'));
      // The result of the first evaluation: the guide's risk example.
      const first = await message(page, { type: 'isomargin:result' });
      assert.equal(first.product, 'spot');
      near(first.report.risk.maintenanceMargin, 128180, 0.5, 'maintenance margin');
      near(first.report.risk.marginRatio, 0.7416, 0.00005, 'margin ratio');
      assert.equal(first.scenario.markPrice, 29000);

      // A sensible height, and the frame sized to it shows everything without a scroll bar of its own.
      const resize = await message(page, { type: 'isomargin:resize', minHeight: 300 });
      assert.ok(resize.height < 20000, `height ${resize.height}`);
      await page.waitForFunction(() => {
        const last = window.received.filter((m) => m.type === 'isomargin:resize').at(-1);
        return document.getElementById('calc').clientHeight === last.height;
      });
      const inside = await frame.evaluate(() => ({
        scroll: document.documentElement.scrollHeight, view: innerHeight, bg: getComputedStyle(document.body).backgroundColor,
        liq: document.querySelector('[data-testid="liquidationPrice"]').getBoundingClientRect().bottom,
      }));
      assert.ok(inside.scroll <= inside.view + 1, `no scroll inside: ${inside.scroll} in ${inside.view}`);
      assert.ok(inside.liq < 600, `the liquidation price is in the first 600 px (${inside.liq})`);
      assert.ok(colorScheme === 'dark' ? lum(inside.bg) < 60 : lum(inside.bg) > 200, `${colorScheme} background ${inside.bg}`);

      // isomargin:set from the parent changes the mark; a new result arrives.
      await page.evaluate(() => window.sendSet({ markPrice: '19,500' }));
      const moved = await message(page, { type: 'isomargin:result', markPrice: 19500 });
      near(moved.report.risk.marginRatio, 13.2507, 0.00005, 'margin ratio at 19,500');
      assert.equal(moved.report.state.name, 'normal');
      assert.equal(await frame.inputValue('#markPrice'), '19,500');

      // The same from a third origin's frame is ignored, and the calculator says so.
      const other = page.frames().find((f) => f.url().includes('/third.html'));
      const said = page.waitForEvent('console', (m) => m.type() === 'warning' && m.text().includes(`ignored isomargin:set from ${third.origin}`));
      await other.evaluate(() => window.parent.frames[0].postMessage({ type: 'isomargin:set', values: { markPrice: '1' } }, '*'));
      await said;
      assert.equal(await frame.inputValue('#markPrice'), '19,500');
      assert.equal(await page.evaluate(() => window.received.some((m) => m.scenario?.markPrice === 1)), false);

      // Every message either way fits the documented schema; a wrong one does not.
      for (const m of await page.evaluate(() => window.received)) assertFits(m);
      assertFits({ type: 'isomargin:set', values: { markPrice: '19,500' } });
      assert.equal(fits({ type: 'isomargin:set', values: { markPrice: ['19,500'] } }), false);
      assert.equal(fits({ type: 'isomargin:resize', height: '700px' }), false);

      // "Open in the full calculator" carries the same state.
      const link = new URL(await frame.getAttribute('#openFull', 'href'));
      assert.equal(link.pathname, '/index.html');
      assert.equal(link.searchParams.get('markPrice'), '19500');  // a plain number in the link
      assert.deepEqual(warnings.filter((w) => !w.includes(`ignored isomargin:set from ${third.origin}`)), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

/** Computed styles inside the first element's shadow root, for comparing two host pages. */
function looks() {
  const root = document.getElementById('spot').shadowRoot;
  const props = ['font-family', 'font-size', 'color', 'background-color', 'letter-spacing', 'line-height', 'text-transform',
    'padding-top', 'border-top-width', 'border-top-style', 'margin-top', 'display', 'height'];
  const out = {};
  for (const sel of ['.element-root', '.card.summary', '[data-testid="liquidationPrice"]', '.kpi', '#markPrice', '#side', 'label[for="markPrice"]',
    '.card h2', '#reset', 'table.kv td', '.field']) {
    const e = root.querySelector(sel);
    const s = getComputedStyle(e);
    out[sel] = Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]));
  }
  return out;
}

/** The host's own card and input, which the element's stylesheet must not touch. */
function hostOwn() {
  const props = ['padding-top', 'border-top-width', 'background-color', 'border-top-left-radius', 'font-family', 'margin-top'];
  return Object.fromEntries(['.card', '.card input', 'h1'].map((sel) => {
    const s = getComputedStyle(document.querySelector(sel));
    return [sel, Object.fromEntries(props.map((p) => [p, s.getPropertyValue(p)]))];
  }));
}

const elementsReady = (p) => p.waitForFunction(() => ['spot', 'contract'].every((id) => document.getElementById(id)?.report));

for (const [width, colorScheme] of MATRIX) {
  test(`custom element on another origin's page at ${width} px, ${colorScheme}: events, one core, the host's CSS kept out`, { timeout: 90000 }, async () => {
    const open = (sheet) => openPage(h, { url: `${host.origin}/element.html?sheet=${sheet}`, width, height: 900, colorScheme, ready: elementsReady });
    const plain = await open('host');
    const wasm = [];
    let plainLooks;
    try {
      plain.page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
      plainLooks = await plain.page.evaluate(looks);
      const events = await plain.page.evaluate(() => window.events);
      const spot = events.find((e) => e.id === 'spot' && e.kind === 'result');
      assert.ok(spot, 'the spot element dispatched isomargin-result');
      assert.equal(spot.detail.type, 'isomargin:result');
      near(spot.detail.report.risk.maintenanceMargin, 128180, 0.5, 'maintenance margin');
      near(spot.detail.report.risk.marginRatio, 0.7416, 0.00005, 'margin ratio');
      assert.ok(events.some((e) => e.id === 'contract' && e.kind === 'result' && e.detail.product === 'contract'));
      assert.equal(await plain.page.locator('#spot [data-testid="maintenanceMargin"]').innerText(), '128,180.00');
      assert.equal(await plain.page.locator('#contract [data-testid="cLiquidationPrice"]').innerText(), '90,406.83');
      const bg = plainLooks['.element-root']['background-color'];
      assert.ok(colorScheme === 'dark' ? lum(bg) < 60 : lum(bg) > 200, `${colorScheme} background ${bg}`);
      // Two elements, one core: the module's .wasm was fetched once (the request seen before `ready`).
      const fetched = await plain.page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length);
      assert.equal(fetched, 1);
      assert.deepEqual(wasm, [], 'nothing fetched again');
      // An input error comes as isomargin-error, with the field named.
      const before = await plain.page.evaluate(() => window.events.length);
      await plain.page.locator('#spot #markPrice').fill('abc');
      await plain.page.waitForFunction((n) => window.events.slice(n).some((e) => e.kind === 'error'), before);
      const error = (await plain.page.evaluate(() => window.events.filter((e) => e.kind === 'error'))).at(-1);
      assert.deepEqual(error.detail.error, { field: 'markPrice', message: 'not a number', input: 'markPrice' });
      for (const e of await plain.page.evaluate(() => window.events)) assertFits(e.detail);
      assert.equal(await plain.page.evaluate(() => document.getElementById('spot').report), null);
      assert.deepEqual(plain.warnings, []);
      assert.deepEqual(plain.problems, []);
    } finally {
      await plain.context.close();
    }

    const hostile = await open('hostile');
    try {
      // The careless sheet is in force on the host's own page…
      assert.deepEqual(await hostile.page.evaluate(() => [getComputedStyle(document.querySelector('h1')).textTransform,
        getComputedStyle(document.getElementById('spot')).color]), ['uppercase', 'rgb(204, 0, 0)']);
      // …and nothing of it inside the element.
      assert.deepEqual(await hostile.page.evaluate(looks), plainLooks, "the host's CSS does not change the element's look");
      assert.deepEqual(hostile.problems, []);
    } finally {
      await hostile.context.close();
    }

    const bare = await openPage(h, { url: `${host.origin}/plain.html`, width, height: 900, colorScheme, ready: () => Promise.resolve() });
    const withElement = await open('host');
    try {
      assert.deepEqual(await withElement.page.evaluate(hostOwn), await bare.page.evaluate(hostOwn), "the element's CSS does not touch the host's");
    } finally {
      await bare.context.close();
      await withElement.context.close();
    }
  });
}
