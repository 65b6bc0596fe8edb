// First load: the seed's risk example, read from the page as the user sees it, with no console
// errors, no CSP violations and no request leaving 127.0.0.1.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenNumbers, openPage, out, startHarness } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

test('first load shows the seed example: MM 128,180.00, fee 333.27, ratio 74.16%, liq 28,711.02, full liquidation', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h);
  try {
    assert.equal(await out(page, 'maintenanceMargin'), '128,180.00');
    assert.equal(await out(page, 'liquidationFee'), '333.27');
    assert.equal(await out(page, 'marginRatio'), '74.16%');
    assert.equal(await out(page, 'liquidationPrice'), '28,711.02');
    assert.equal(await page.getAttribute('[data-testid="state"]', 'data-state'), 'full-liquidation');
    assert.equal(await out(page, 'state'), 'full-liquidation');
    assert.match(await out(page, 'liquidationNote'), /already liquidatable at this mark/);
    assert.match(await out(page, 'stateSteps'), /fixed mmr: no lower tier to step down to, so full liquidation/);
    assert.match(await out(page, 'stateSteps'), /orders of this position are cancelled/);
    // The position table, coins from the report.
    assert.equal(await out(page, 'assets'), '3,299,800.00');
    assert.equal((await page.locator('[data-unit-for="assets"]').innerText()).trim(), 'USDT');
    assert.equal(await out(page, 'liability'), '110.5');
    assert.equal((await page.locator('[data-unit-for="liability"]').innerText()).trim(), 'BTC');
    assert.equal(await out(page, 'liabilityValue'), '3,204,500.00');
    assert.equal(await out(page, 'netAssets'), '95,300.00');
    assert.equal((await out(page, 'tier')).replace(/\s/g, ' '), 'fixed mmr 4%');
    // Old mode without the margin: PnL needs it, and the core's warning sits at the margin field.
    assert.equal(await out(page, 'pnl'), '— (give the margin)');
    assert.match(await page.locator('[data-warning-for="margin"]').innerText(), /margin/);
    // Nothing is in error.
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
    assert.equal(await page.locator('[data-error-for]:visible').count(), 0);
    assert.deepEqual(await brokenNumbers(page), []);
    // The query stays empty while everything is at its default.
    assert.equal(new URL(page.url()).search, '');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the page has the header, labelled inputs and text inputs for numbers', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h);
  try {
    assert.match(await page.locator('h1').innerText(), /isomargin — isolated-margin calculator/);
    assert.match(await page.locator('header').innerText(), /C\+\+ core compiled to WebAssembly/);
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('#calc input, #calc select, #calc textarea')]
        .filter((e) => !document.querySelector(`label[for="${e.id}"]`)).map((e) => e.id));
    assert.deepEqual(unlabelled, []);
    const numeric = await page.evaluate(() =>
      [...document.querySelectorAll('#calc input:not([type="checkbox"])')]
        .filter((e) => e.getAttribute('type') !== 'text' || (!['pair', 'cPair', 'oPair'].includes(e.id) && e.getAttribute('inputmode') !== 'decimal'))
        .map((e) => e.id));
    assert.deepEqual(numeric, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the state is mirrored into the URL and read back from it', { timeout: 60000 }, async () => {
  const first = await openPage(h);
  let link;
  try {
    await first.page.fill('#markPrice', '19,500');
    await first.page.selectOption('#mmrSource', 'preset');
    await first.page.selectOption('#tierPreset', 'seed-illustrative-btc');
    link = new URL(first.page.url());
    assert.equal(link.searchParams.get('markPrice'), '19,500');
    assert.equal(link.searchParams.get('mmrSource'), 'preset');
    assert.equal(link.searchParams.get('tierPreset'), 'seed-illustrative-btc');
    assert.equal(link.searchParams.get('assets'), null, 'defaults stay out of the link');
    assert.deepEqual(first.problems, []);
  } finally {
    await first.context.close();
  }
  const second = await openPage(h, { query: link.search });
  try {
    assert.equal(await second.page.inputValue('#markPrice'), '19,500');
    assert.equal(await second.page.inputValue('#mmrSource'), 'preset');
    assert.equal(await second.page.inputValue('#tierPreset'), 'seed-illustrative-btc');
    assert.equal(await second.page.getAttribute('[data-testid="state"]', 'data-state'), 'normal');
    // The reset link goes back to the seed example and clears the query.
    await second.page.click('#reset');
    assert.equal(await out(second.page, 'marginRatio'), '74.16%');
    assert.equal(new URL(second.page.url()).search, '');
    assert.deepEqual(second.problems, []);
  } finally {
    await second.context.close();
  }
});
