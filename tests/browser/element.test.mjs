// <isomargin-calculator>'s API on another origin's page: `scenario` read and written (the inputs
// filled from a documented example give the same report as the example itself, by the core under
// node), attributes changed after start, and the Monte Carlo run on the main thread (a page may not
// start another origin's workers).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, root, startHarness } from './harness.mjs';
import { serveHost } from './hosts.mjs';
import { loadIsomargin } from '../wasm/load.mjs';

let h;
let host;
let im;
const origins = () => ({ calc: h.base.replace(/\/$/, ''), host: host.origin, third: host.origin });

before(async () => {
  h = await startHarness();
  host = await serveHost((page, o) => `default-src 'self'; script-src 'self' ${o.calc} 'wasm-unsafe-eval'; connect-src 'self' ${o.calc}; style-src 'self'`, origins);
  im = await loadIsomargin();
}, { timeout: 60000 });
after(async () => {
  await new Promise((resolve) => host?.server.close(resolve));
  await h?.stop();
});

const ready = (p) => p.waitForFunction(() => ['spot', 'contract'].every((id) => document.getElementById(id)?.report));
const openHost = (init = []) => openPage(h, { url: `${host.origin}/element.html`, ready, init });

/** Waits for a result event of `id` after the `n`th event and returns its detail. */
async function resultAfter(page, id, n) {
  const handle = await page.waitForFunction(([i, k]) => window.events.slice(k).find((e) => e.id === i && e.kind === 'result')?.detail ?? null, [id, n]);
  return handle.jsonValue();
}
const eventCount = (page) => page.evaluate(() => window.events.length);

test('scenario: read as the inputs give it, and written from each product\'s example (same report as the core gives it)', { timeout: 90000 }, async () => {
  const { page, context, problems, warnings } = await openHost();
  try {
    const s = await page.evaluate(() => document.getElementById('spot').scenario);
    assert.equal(s.product, 'spot-margin');
    assert.deepEqual(s.position, { assets: 3299800, liability: 110, interest: 0.5 });
    assert.equal(s.markPrice, 29000);
    assert.equal(s.mmr, 0.04);
    for (const file of ['seed-over-close.json', 'seed-risk-partial.json', 'okx-tiers-june-2023.json', 'perp-bybit-linear.json', 'perp-binance-brackets.json', 'option-partial.json']) {
      const example = JSON.parse(readFileSync(`${root}examples/${file}`, 'utf8'));
      const n = await eventCount(page);
      await page.evaluate((x) => { document.getElementById('spot').scenario = x; }, example);
      const shown = await resultAfter(page, 'spot', n);
      const expected = im.evaluate(example);
      assert.ok(expected.ok, file);
      assert.deepEqual(shown.report, JSON.parse(JSON.stringify(expected.report)), `${file}: the element's report`);
      assert.deepEqual(await page.evaluate(() => document.getElementById('spot').report), shown.report);
    }
    assert.deepEqual(warnings, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('attributes after start: product, values, tab and theme; a bad one is warned about', { timeout: 90000 }, async () => {
  const { page, context, problems, warnings } = await openHost();
  try {
    let n = await eventCount(page);
    await page.evaluate(() => document.getElementById('contract').setAttribute('product', 'option'));
    assert.equal((await resultAfter(page, 'contract', n)).product, 'option');
    n = await eventCount(page);
    await page.evaluate(() => document.getElementById('contract').setAttribute('values', JSON.stringify({ oMarkPrice: '0.08' })));
    assert.equal((await resultAfter(page, 'contract', n)).scenario.markPrice, 0.08);
    n = await eventCount(page);
    await page.evaluate(() => { const e = document.getElementById('contract'); e.product = 'contract'; e.tab = 'maxopen'; });
    await page.waitForFunction((k) => window.events.slice(k).filter((e) => e.id === 'contract').length >= 2, n);
    assert.equal(await page.getAttribute('#contract #cTab-maxopen', 'aria-selected'), 'true');
    const bg = () => page.evaluate(() => getComputedStyle(document.getElementById('contract').shadowRoot.querySelector('.element-root')).backgroundColor);
    assert.equal(await bg(), 'rgb(244, 246, 248)');
    await page.evaluate(() => { document.getElementById('contract').theme = 'dark'; });
    assert.equal(await bg(), 'rgb(14, 17, 21)');
    const said = page.waitForEvent('console', (m) => m.type() === 'warning' && /values: expected a JSON object/.test(m.text()));
    await page.evaluate(() => document.getElementById('contract').setAttribute('values', '{not json'));
    await said;
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

/** Counts the workers the page starts. */
function countWorkers() {
  window.workersStarted = 0;
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(...args) { super(...args); window.workersStarted += 1; }
  };
}

test('the Monte Carlo runs in the element on another origin\'s page, on the main thread', { timeout: 90000 }, async () => {
  const { page, context, problems } = await openHost([[countWorkers]]);
  try {
    const el = page.locator('#spot');
    await el.locator('#probabilitySection summary').click();
    await el.locator('#mcPaths').fill('2,000');
    await el.locator('#mcSteps').fill('200');
    await el.locator('#mcRun').click();
    await page.waitForFunction(() => document.getElementById('spot').shadowRoot.getElementById('mcCard').dataset.state === 'done');
    assert.match(await el.locator('[data-testid="mcAny"]').innerText(), /^\d+\.\d\d% ± \d+\.\d\d%$/);
    assert.equal(await page.evaluate(() => window.workersStarted), 0);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
