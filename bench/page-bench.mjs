// What a person feels on the built page, in headless Chromium over CDP (served by
// scripts/serve.mjs with the production CSP and the compression it offers):
//   firstResult: navigation → the first finished update (data-updates), and → the frame after it,
//     each in a fresh context (cold cache); the files asked for by then are the first load;
//   keystroke: a key pressed in the mark price → the frame after the update it causes (its rAF,
//     then a task), at 1× and at 4× CPU throttling (Emulation.setCPUThrottlingRate);
//   sweep: im.sweep() at 1e5 prices in the page against the plain-JS port of the same spot sweep
//     (bench/js-sweep.mjs, served to the page), with a check that both give identical columns;
//     and the contract sweep.
// Prints JSON with min / median / runs. `node bench/page-bench.mjs [runs]` after `npm run build`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { LAUNCH } from '../tests/browser/harness.mjs';
import { seedScenario } from './common.mjs';
import { compressed, stats } from './stats.mjs';

const runs = Number(process.argv[2] ?? 7);
// ISOMARGIN_DIST: another build's site, for old-against-new runs in the same minutes.
const dist = resolve(process.env.ISOMARGIN_DIST ?? 'dist');
const server = await serve(dist, 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch(LAUNCH);

// Set before the page runs: the time of the first finished update, and of the frame after it.
function recordFirstResult() {
  new MutationObserver((_, seen) => {
    if (!document.documentElement?.dataset.updates) return;
    seen.disconnect();
    window.__firstUpdate = performance.now();
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { window.__firstFrame = performance.now(); };
      ch.port2.postMessage(0);
    });
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-updates'] });
}

async function firstResult() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('response', (r) => fetched.push(new URL(r.url()).pathname));
  await page.addInitScript(recordFirstResult);
  await page.goto(base);
  await page.waitForFunction(() => window.__firstFrame !== undefined);
  const t = await page.evaluate(() => ({ update: window.__firstUpdate, frame: window.__firstFrame }));
  // The first load: what was asked for before the first result (by the resource timing's start),
  // not what the page fetches after it (the products not shown, loaded once the result is drawn).
  const early = new Set(await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => e.startTime <= window.__firstUpdate).map((e) => new URL(e.name).pathname)));
  const files = [...new Set(fetched)].filter((f) => f === '/' || early.has(f));
  await context.close();
  return { ...t, files };
}

// One key in #markPrice → the frame that shows the update it caused.
async function keystrokes(throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.waitForFunction(() => document.documentElement.dataset.updates);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.focus('#markPrice');
  await page.keyboard.press('End');
  const times = [];
  for (let i = 0; i < 2 * runs + 2; i++) {
    await page.evaluate(() => {
      const html = document.documentElement;
      const before = html.dataset.updates;
      let keyAt = 0;
      addEventListener('keydown', (e) => { keyAt = e.timeStamp; }, { capture: true, once: true });
      window.__next = new Promise((done) => {
        new MutationObserver((_, seen) => {
          if (html.dataset.updates === before) return;
          seen.disconnect();
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => done(performance.now() - keyAt);
            ch.port2.postMessage(0);
          });
        }).observe(html, { attributes: true, attributeFilter: ['data-updates'] });
      });
    });
    // 29000 → 2900 → 29000 …: every value valid, the chart redrawn each time.
    await page.keyboard.press(i % 2 ? '0' : 'Backspace');
    times.push(await page.evaluate(() => window.__next));
  }
  await context.close();
  return times.slice(2);  // the first two warm the page's code
}

async function sweeps() {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The port is the bench's, not the site's: served at a path of the page's own origin (CSP 'self').
  await page.route('**/__bench/js-sweep.mjs', (route) => route.fulfill({
    contentType: 'text/javascript', body: readFileSync(new URL('./js-sweep.mjs', import.meta.url), 'utf8') }));
  await page.goto(base);
  await page.waitForFunction(() => document.documentElement.dataset.updates);
  const contract = { product: 'perpetual', pair: 'BTC/USDT', side: 'long', model: 'okx',
    contract: { type: 'linear', ctVal: 0.01 }, position: { contracts: 100, entryPrice: 100000, leverage: 10 },
    markPrice: 99000, takerFee: 0.0005, mmr: 0.004 };
  return page.evaluate(async ({ n, runs, spot, contract }) => {
    const { load } = await import('/wasm/isomargin.js');
    const port = await import('/__bench/js-sweep.mjs');
    const im = await load();
    const prices = new Float64Array(n);
    for (let i = 0; i < n; i++) prices[i] = 20000 + (15000 * i) / (n - 1);
    const cprices = new Float64Array(n);
    for (let i = 0; i < n; i++) cprices[i] = 80000 + (40000 * i) / (n - 1);
    const time = (f) => {
      const ts = [];
      for (let i = 0; i < runs + 2; i++) {
        const t0 = performance.now();
        f();
        ts.push(performance.now() - t0);
      }
      return ts.slice(2);
    };
    // Interleaved, so both see the same load.
    const wasmMs = [], jsMs = [], contractMs = [];
    let w, j;
    for (let r = 0; r < 3; r++) {
      wasmMs.push(...time(() => { w = im.sweep(spot, prices); }));
      jsMs.push(...time(() => { j = port.sweepSpot(port.spotInput(spot, im.presets()), prices); }));
      contractMs.push(...time(() => { im.sweep(contract, cprices); }));
    }
    const states = [0, 0, 0, 0];
    for (const s of w.sweep.state) states[s]++;
    return { prices: n, wasmMs, jsMs, contractMs, differences: port.differences(w.sweep, j), states,
      contractOk: im.sweep(contract, cprices).ok };
  }, { n: 100000, runs, spot: seedScenario(), contract });
}

try {
  const first = [];
  for (let i = 0; i < runs; i++) first.push(await firstResult());
  const key1 = await keystrokes(1);
  const key4 = await keystrokes(4);
  // ISOMARGIN_NO_SWEEP: the page figures alone (an A/B run of two builds needs no sweep).
  const sw = process.env.ISOMARGIN_NO_SWEEP ? null : await sweeps();
  const files = first[0].files.filter((f) => !f.startsWith('/__'));
  const load = files.map((f) => ({ file: f, ...compressed(readFileSync(`${dist}${f.endsWith('/') ? `${f}index.html` : f}`)) }));
  const sum = (k) => load.reduce((a, x) => a + x[k], 0);
  const perPrice = (ms) => stats(ms.map((x) => (x * 1e6) / sw.prices));
  console.log(JSON.stringify({
    chromium: browser.version(),
    firstResultMs: stats(first.map((x) => x.update)),
    firstFrameMs: stats(first.map((x) => x.frame)),
    firstLoad: { files: load, bytes: sum('bytes'), gzip: sum('gzip'), brotli: sum('brotli') },
    keystrokeMs: stats(key1),
    keystroke4xMs: stats(key4),
    sweep: sw && {
      prices: sw.prices, states: sw.states, identical: sw.differences === 0, differences: sw.differences,
      wasmNsPerPrice: perPrice(sw.wasmMs), jsNsPerPrice: perPrice(sw.jsMs),
      contractNsPerPrice: perPrice(sw.contractMs), contractOk: sw.contractOk,
    },
  }));
} finally {
  await browser.close();
  server.close();
}
