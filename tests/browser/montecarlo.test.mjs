// The Monte Carlo run: it goes to module workers (one per core, the core merging their shares), so
// the page stays usable while it runs (typing the mark updates the margin ratio before the run
// ends); then P(any) ± its standard error, P(full), the expected loss and the 20-bar
// first-liquidation histogram; the same numbers from 1 or 3 workers; bad inputs get the core's message.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertFits, out, startHarness, withPage as withHarnessPage } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const withPage = (fn, options) => withHarnessPage(h, fn, options);

/** The seed example with the illustrative tiers at mark 19,500, the chance section open (60%, 30 days). */
async function setUp(page) {
  await page.selectOption('#mmrSource', 'preset');
  await page.selectOption('#tierPreset', 'seed-illustrative-btc');
  await page.fill('#markPrice', '19,500');
  await page.click('#probabilitySection summary');
  assert.equal(await page.inputValue('#volatility'), '60');
  assert.equal(await page.inputValue('#horizonDays'), '30');
  assert.equal(await page.inputValue('#mcPaths'), '10,000');
  assert.equal(await page.inputValue('#mcSteps'), '1,440');
  assert.equal(await page.inputValue('#mcSeed'), '1');
}

const percent = (text) => Number(text.replace(/%.*$/, ''));

test('10,000 × 1,440 runs in a worker: the mark stays editable while it runs, then the result and its histogram', { timeout: 60000 }, async (t) => {
  await withPage(async (page) => {
    await setUp(page);
    const progress = page.locator('[data-testid="mcProgress"]');
    assert.equal(await progress.isVisible(), false);
    const ratioBefore = await out(page, 'marginRatio');
    const started = Date.now();
    await page.click('#mcRun');
    await progress.waitFor({ state: 'visible' });
    assert.match(await out(page, 'mcStatus'), /^running 10,000 paths × 1,440 steps…$/);
    // The main thread is free: typing the mark re-evaluates at once, while the run goes on.
    await page.fill('#markPrice', '21,000');
    const during = await page.evaluate(() => ({
      ratio: document.querySelector('[data-testid="marginRatio"]').textContent,
      running: !document.querySelector('[data-testid="mcProgress"]').hidden,
    }));
    assert.notEqual(during.ratio, ratioBefore, 'the margin ratio updated');
    assert.equal(during.running, true, 'the run was still going when the ratio updated');
    await progress.waitFor({ state: 'hidden', timeout: 30000 });
    t.diagnostic(`click to result: ${Date.now() - started} ms`);

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
  });
});

test('the same run twice gives the same numbers; a newer run supersedes an older one', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await setUp(page);
    await page.fill('#mcPaths', '2,000');
    const progress = page.locator('[data-testid="mcProgress"]');
    await page.click('#mcRun');
    await progress.waitFor({ state: 'hidden', timeout: 30000 });
    const first = await out(page, 'mcAny');
    await page.fill('#mcPaths', '100,000');  // a long run, cancelled by the next click
    await page.click('#mcRun');
    await page.fill('#mcPaths', '2,000');
    await page.click('#mcRun');
    assert.match(await out(page, 'mcStatus'), /running 2,000 paths/);
    await progress.waitFor({ state: 'hidden', timeout: 30000 });
    assert.equal(await out(page, 'mcAny'), first);
    assert.match(await out(page, 'mcRange'), /^2,000 paths/);
    assert.equal(await page.locator('[data-testid="mcStale"]').isVisible(), false);
  });
});

test('one worker or three: the paths are shared out and the core merges them into the same numbers', { timeout: 60000 }, async () => {
  const shown = [];
  for (const cores of [1, 3]) {
    await withPage(async (page) => {
      // The worker count follows navigator.hardwareConcurrency; count the workers the page starts.
      await page.addInitScript((n) => {
        Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => n });
        const Base = window.Worker;
        window.workersStarted = 0;
        window.Worker = class extends Base {
          constructor(...args) { super(...args); window.workersStarted += 1; }
        };
      }, cores);
      await page.reload();
      await page.waitForFunction(() => document.getElementById('loading')?.hidden);
      await setUp(page);
      await page.fill('#mcPaths', '3,001');
      await page.fill('#mcSteps', '500');
      await page.click('#mcRun');
      await page.locator('[data-testid="mcProgress"]').waitFor({ state: 'hidden', timeout: 30000 });
      assert.equal(await page.evaluate(() => window.workersStarted), cores);
      assert.equal(await page.evaluate(() => {
        const bar = document.querySelector('[data-testid="mcProgress"]');
        return `${bar.value}/${bar.max}`;
      }), `${2 * cores}/${2 * cores}`, 'two chunks per worker, all in');
      const bars = await page.locator('svg[data-testid="mcHistogram"] rect.mc-bar')
        .evaluateAll((rs) => rs.map((r) => r.getAttribute('height')));
      shown.push({ any: await out(page, 'mcAny'), full: await out(page, 'mcFull'), loss: await out(page, 'mcLoss'), bars });
    });
  }
  assert.deepEqual(shown[1], shown[0]);
  assert.ok(percent(shown[0].any) > 0, shown[0].any);
});

test('bad Monte Carlo inputs show the core\'s message at their field', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await setUp(page);
    await page.fill('#mcPaths', '0');
    await page.click('#mcRun');
    const slot = page.locator('[data-error-for="mcPaths"]');
    await slot.waitFor({ state: 'visible' });
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
    await page.click('#mcRun');
    await page.locator('[data-error-for="mcPaths"]').waitFor({ state: 'visible' });
    assert.equal(await slot.innerText(), 'paths × steps must be at most 20,000,000');
    await page.fill('#mcSteps', 'x');
    await page.click('#mcRun');
    assert.equal(await page.locator('[data-error-for="mcSteps"]').innerText(), 'not a number');
  });
});

test('at 360 px the Monte Carlo inputs and result fit', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await setUp(page);
    await page.fill('#mcPaths', '1,000');
    await page.click('#mcRun');
    await page.locator('[data-testid="mcProgress"]').waitFor({ state: 'hidden', timeout: 30000 });
    await page.locator('svg[data-testid="mcHistogram"]').waitFor();
    await assertFits(page, 360);
  }, { width: 360, height: 780 });
});
