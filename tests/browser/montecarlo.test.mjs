// The Monte Carlo run: it goes to module workers (one per core, the core merging their shares), so
// the page stays usable while it runs (typing the mark updates the margin ratio before the run
// ends); then P(any) ± its standard error, P(full), the expected loss and the 20-bar
// first-liquidation histogram; the same numbers from 1 or 3 workers; bad inputs get the core's message.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFits, out, startHarness, withPage as withHarnessPage, toggleSection, riskQuery } from './harness.mjs';
import { clickRun, mcHook, releaseWorkers, runOver, statuses, statusRecorder, workerHold } from './mc-hooks.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

// These tests start from the guide's risk example (short 110.5 BTC at 29,000), a worked example since the first
// screen is a fresh long.
const withPage = (fn, options = {}) => withHarnessPage(h, fn, { ...options, query: riskQuery(options.query) });

/** The seed example with the illustrative tiers at mark 19,500, the chance section open (60%, 30 days). */
async function setUp(page) {
  await page.selectOption('#mmrSource', 'preset');
  await page.selectOption('#tierPreset', 'seed-illustrative-btc');
  await page.fill('#markPrice', '19,500');
  await toggleSection(page, 'probabilitySection');
  assert.equal(await page.inputValue('#volatility'), '60');
  assert.equal(await page.inputValue('#horizonDays'), '30');
  assert.equal(await page.inputValue('#mcPaths'), '10,000');
  assert.equal(await page.inputValue('#mcSteps'), '1,440');
  assert.equal(await page.inputValue('#mcSeed'), '1');
}

const percent = (text) => Number(text.replace(/%.*$/, ''));

test('10,000 × 1,440 runs in a worker: the mark stays editable while it runs, then the result and its histogram', { timeout: 90000 }, async (t) => {
  await withPage(async (page) => {
    await setUp(page);
    const progress = page.locator('[data-testid="mcProgress"]');
    assert.equal(await progress.isVisible(), false);
    assert.equal((await mcHook(page)).state, 'idle');
    const ratioBefore = await out(page, 'marginRatio');
    // The workers get no request until released, so the run is certainly still going while the
    // mark is typed: what is tested is that the page answers then, not how fast the run is.
    const id = await clickRun(page);
    assert.deepEqual(await mcHook(page), { state: 'running', run: id, resultRun: 0 });
    assert.equal(await progress.isVisible(), true);
    assert.match(await out(page, 'mcStatus'), /^running 10,000 paths × 1,440 steps…$/);
    await page.fill('#markPrice', '21,000');
    assert.notEqual(await out(page, 'marginRatio'), ratioBefore, 'the margin ratio updated');
    assert.equal((await mcHook(page)).state, 'running', 'the run was still going when the ratio updated');
    const started = Date.now();
    await releaseWorkers(page);
    assert.deepEqual(await runOver(page, id), { state: 'done', run: id, resultRun: id });
    t.diagnostic(`release to result: ${Date.now() - started} ms`);
    assert.equal(await progress.isVisible(), false);
    assert.deepEqual(await statuses(page), ['idle: ', 'running: running 10,000 paths × 1,440 steps…', 'done: ']);

    const any = await out(page, 'mcAny');
    assert.match(any, /^\d+\.\d\d% ± \d+\.\d\d%$/);
    const full = await out(page, 'mcFull');
    assert.match(full, /^\d+\.\d\d%$/);
    assert.ok(percent(full) <= percent(any), `P(full) ${full} ≤ P(any) ${any}`);
    assert.ok(percent(any) > 0.5 && percent(any) < 10, any);
    assert.match(await out(page, 'mcClosedForm'), /^\d+\.\d\d%$/);
    assert.match(await out(page, 'mcLoss'), /^[\d,]+\.\d\d USDT$/);
    assert.match(await out(page, 'mcRange'), /^10,000 paths × 1,440 steps, seed 1, 30 days at 60% volatility$/);
    assert.equal(await page.locator('svg[data-testid="mcHistogram"] rect.mc-bar').count(), 20);
    assert.equal(await page.locator('#mcCard [style]').count(), 0, 'classes only, no inline styles');
    // Run at 19,500; the mark is 21,000 now: the result is marked stale until it is run again.
    assert.equal(await page.locator('[data-testid="mcStale"]').isVisible(), true);
    await page.fill('#markPrice', '19,500');
    assert.equal(await page.locator('[data-testid="mcStale"]').isVisible(), false);
    await page.fill('#mcSeed', '2');
    assert.equal(await page.locator('[data-testid="mcStale"]').isVisible(), true);
  }, { init: [[workerHold, true], [statusRecorder]] });
});

test('the same run twice gives the same numbers; a newer run supersedes an older one', { timeout: 90000 }, async () => {
  await withPage(async (page) => {
    await setUp(page);
    await page.fill('#mcPaths', '2,000');
    const firstId = await clickRun(page);
    assert.equal((await runOver(page, firstId)).state, 'done');
    const first = { any: await out(page, 'mcAny'), full: await out(page, 'mcFull'), loss: await out(page, 'mcLoss') };

    // A long run the core accepts (100,000 × 200 is at the 20,000,000 cap), held in its workers
    // so it is certainly still running when the next click supersedes it.
    await page.evaluate(() => { window.mcHold.on = true; });
    await page.fill('#mcPaths', '100,000');
    await page.fill('#mcSteps', '200');
    const longId = await clickRun(page);
    assert.equal((await mcHook(page)).state, 'running');
    await page.fill('#mcPaths', '2,000');
    await page.fill('#mcSteps', '1,440');
    const newId = await clickRun(page);
    assert.ok(newId > longId);
    await releaseWorkers(page);
    assert.deepEqual(await runOver(page, newId), { state: 'done', run: newId, resultRun: newId });
    assert.deepEqual({ any: await out(page, 'mcAny'), full: await out(page, 'mcFull'), loss: await out(page, 'mcLoss') }, first);
    assert.match(await out(page, 'mcRange'), /^2,000 paths × 1,440 steps/);
    assert.equal(await page.locator('[data-testid="mcStale"]').isVisible(), false);
    // Every status the card showed: the long run was accepted and running, never refused.
    assert.deepEqual((await statuses(page)).slice(1), [
      'running: running 2,000 paths × 1,440 steps…', 'done: ',
      'running: running 100,000 paths × 200 steps…',
      'running: running 2,000 paths × 1,440 steps…', 'done: ',
    ]);
  }, { init: [[workerHold, false], [statusRecorder]] });
});

test('one worker or three: the paths are shared out and the core merges them into the same numbers', { timeout: 90000 }, async () => {
  const shown = [];
  for (const cores of [1, 3]) {
    // The worker count follows navigator.hardwareConcurrency; count the workers the page starts.
    const fakeCores = (n) => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n });
    await withPage(async (page) => {
      // The wasm is fetched once, by the page: the workers are handed its compiled module.
      const wasm = [];
      // (The service worker's precache of every file, both modules included, is not the page's.)
      page.context().on('request', (r) => { if (/\.wasm$/.test(r.url()) && !r.serviceWorker()) wasm.push(r.url()); });
      await setUp(page);
      await page.fill('#mcPaths', '3,001');
      await page.fill('#mcSteps', '500');
      const id = await clickRun(page);
      assert.equal((await runOver(page, id)).state, 'done');
      assert.equal(await page.evaluate(() => window.mcHold.started), cores);
      assert.deepEqual(wasm, [], 'the page fetched the wasm before this listener; a worker fetches none');
      assert.equal(await page.evaluate(() => {
        const bar = document.querySelector('[data-testid="mcProgress"]');
        return `${bar.value}/${bar.max}`;
      }), `${2 * cores}/${2 * cores}`, 'two chunks per worker, all in');
      const bars = await page.locator('svg[data-testid="mcHistogram"] rect.mc-bar')
        .evaluateAll((rs) => rs.map((r) => r.getAttribute('height')));
      shown.push({ any: await out(page, 'mcAny'), full: await out(page, 'mcFull'), loss: await out(page, 'mcLoss'), bars });
    }, { init: [[fakeCores, cores], [workerHold, false]] });
  }
  assert.deepEqual(shown[1], shown[0]);
  assert.ok(percent(shown[0].any) > 0, shown[0].any);
});

test('bad Monte Carlo inputs show the core\'s message at their field', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await setUp(page);
    await page.fill('#mcPaths', '0');
    // The core refuses it in the worker; the card says so and the message goes to the field.
    assert.equal((await runOver(page, await clickRun(page))).state, 'not-run');
    const slot = page.locator('[data-error-for="mcPaths"]');
    assert.equal(await slot.isVisible(), true);
    assert.equal(await slot.innerText(), 'must be a whole number from 1 to 100000');
    assert.equal(await page.getAttribute('#mcPaths', 'aria-invalid'), 'true');
    assert.match(await out(page, 'mcStatus'), /not run/);
    // The rest of the page keeps its numbers; typing elsewhere keeps the message.
    assert.match(await out(page, 'marginRatio'), /%$/);
    await page.fill('#markPrice', '20,000');
    assert.equal(await slot.isVisible(), true);
    await page.fill('#mcPaths', '10,000');
    assert.equal(await slot.isVisible(), false);
    await page.fill('#mcSteps', '10,000');
    await page.fill('#mcPaths', '3,000');
    assert.equal((await runOver(page, await clickRun(page))).state, 'not-run');
    assert.equal(await slot.isVisible(), true);
    assert.equal(await slot.innerText(), 'paths × steps must be at most 20,000,000');
    // Not a number: the page refuses it itself, at the click.
    await page.fill('#mcSteps', 'x');
    assert.equal((await runOver(page, await clickRun(page))).state, 'not-run');
    assert.equal(await page.locator('[data-error-for="mcSteps"]').innerText(), 'not a number');
  });
});

test('at 360 px the Monte Carlo inputs and result fit', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await setUp(page);
    await page.fill('#mcPaths', '1,000');
    assert.equal((await runOver(page, await clickRun(page))).state, 'done');
    await page.locator('svg[data-testid="mcHistogram"]').waitFor();
    await assertFits(page, 360);
  }, { width: 360, height: 780 });
});
