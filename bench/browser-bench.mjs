// The Monte Carlo goal where it counts: in Chromium, off the main thread. Two measurements on
// the built site (served with the production CSP, Debian's /usr/bin/chromium, headless):
//   workerMs: one module worker (dist/mc-worker.js), the bench scenario of native_bench.cpp and
//     wasm-bench.mjs (10,000 × 1,440, σ 60%, 1 day), postMessage to reply, after a warm-up run;
//   pageMs: the page's own "Run Monte Carlo" (as many workers as it uses), click to result, on
//     the browser test's set-up (illustrative tiers, mark 19,500, σ 60%, 30 days, 10,000 × 1,440);
//     also the first run clicked at once after opening the card (the workers still loading) and
//     1.5 s after (warmed up).
// Medians of `runs` (first runs, which load the core, left out). Tests never assert these.
// `node bench/browser-bench.mjs [runs] [distDir] [cores]` after `npm run build`; `cores` sets
// navigator.hardwareConcurrency, which picks the page's worker count (at most 4).
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { LAUNCH } from '../tests/browser/harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const dir = resolve(process.argv[3] ?? 'dist');
const cores = process.argv[4] ? Number(process.argv[4]) : null;
const server = await serve(dir, 0);
const browser = await chromium.launch(LAUNCH);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const page = await browser.newPage();
  if (cores) {
    await page.addInitScript((n) => {
      Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n });
    }, cores);
  }
  await page.goto(`http://127.0.0.1:${server.address().port}/?example=risk`);  // the guide's risk example (the first screen is a fresh long)
  await page.waitForFunction(() => document.getElementById('loading')?.hidden);

  const workerMs = await page.evaluate(async (n) => {
    const scenario = {
      pair: 'BTC/USDT', side: 'short', marginCoin: 'quote', mode: 'old',
      position: { assets: 3299800, liability: 110, interest: 0.5 },
      markPrice: 19500, takerFee: 0.0001, tiers: { preset: 'seed-illustrative-btc' },
      monteCarlo: { paths: 10000, steps: 1440, seed: 1, volatility: 0.6, days: 1 },
    };
    const w = new Worker(new URL('./mc-worker.js', location.href), { type: 'module' });
    const once = (id, s) => new Promise((done, fail) => {
      w.onmessage = (e) => (e.data.ok ? done() : fail(new Error(JSON.stringify(e.data.error))));
      w.postMessage({ id, scenario: s });
    });
    await once(0, { ...scenario, monteCarlo: { ...scenario.monteCarlo, paths: 10, steps: 10 } });
    const times = [];
    for (let i = 1; i <= n; i++) {
      const t0 = performance.now();
      await once(i, scenario);
      times.push(performance.now() - t0);
    }
    w.terminate();
    return times;
  }, runs);

  // The page's run, click to result; `pause` ms after opening the card (its workers warm up).
  // Waits on the card's hooks (DEVELOPERS.md): the run asked for by the click is done and shown.
  const clickToResult = (p) => p.evaluate(() => new Promise((done, fail) => {
    const card = document.getElementById('mcCard');
    const before = Number(card.dataset.run ?? 0);
    const t0 = performance.now();
    const seen = new MutationObserver(() => {
      const run = Number(card.dataset.run ?? 0);
      if (run <= before) return;
      if (card.dataset.state === 'not-run') fail(new Error(`not run: ${document.querySelector('[data-testid="mcStatus"]')?.textContent}`));
      if (card.dataset.state !== 'done' || Number(card.dataset.resultRun ?? 0) !== run) return;
      seen.disconnect();
      done(performance.now() - t0);
    });
    seen.observe(card, { attributes: true });
    document.getElementById('mcRun').click();
  }));
  const openCard = async (p, pause) => {
    await p.selectOption('#mmrSource', 'preset');
    await p.selectOption('#tierPreset', 'seed-illustrative-btc');
    await p.fill('#markPrice', '19,500');
    await p.click('#probabilitySection summary');
    await p.waitForTimeout(pause);
  };
  await openCard(page, 0);
  const pageMs = [];
  for (let i = 0; i <= runs; i++) pageMs.push(await clickToResult(page));
  await page.goto(`http://127.0.0.1:${server.address().port}/?example=risk`);  // the guide's risk example (the first screen is a fresh long)
  await page.waitForFunction(() => document.getElementById('loading')?.hidden);
  await openCard(page, 1500);
  const afterPauseMs = await clickToResult(page);
  const reported = await page.evaluate(() => navigator.hardwareConcurrency);
  console.log(JSON.stringify({
    chromium: browser.version(), hardwareConcurrency: reported,
    workerMs: Math.round(median(workerMs)), workerMsRuns: workerMs.map(Math.round),
    pageMs: Math.round(median(pageMs.slice(1))), pageFirstRunMs: Math.round(pageMs[0]),
    pageFirstRunAfter1500msMs: Math.round(afterPauseMs),
    pageMsRuns: pageMs.slice(1).map(Math.round),
  }));
} finally {
  await browser.close();
  server.close();
}
