// First load: a fresh, healthy position (long 1 BTC at 100,000 USDT, 10×, USDT margin, new mode), and
// the guide's risk example one click away in the worked examples, read from the page as the user
// sees it, with no console errors, no CSP violations and no request leaving 127.0.0.1.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { address, afterUpdate, brokenNumbers, openPage, out, startHarness } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

/** Opens a worked example from its menu, as a user would, and waits for the page to follow. */
async function openExample(page, id) {
  await page.click('#examples summary');
  await afterUpdate(page, () => page.click(`[data-example="${id}"]`));
}

test('first load: a fresh long of 1 BTC at 100,000, 10×, USDT margin, new mode: normal, liquidation 93,103.00, 6.90% below', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h);
  try {
    assert.equal(await page.getAttribute('[data-testid="state"]', 'data-state'), 'normal');
    assert.equal(await out(page, 'liquidationPrice'), '93,103.00');
    assert.equal(await out(page, 'bankruptcyPrice'), '90,000.00');
    assert.equal(await out(page, 'distance'), '-6.90%');
    assert.equal(await out(page, 'distanceNote'), 'the price must fall 6.90% from the mark 100,000.00 USDT');
    assert.equal(await out(page, 'assets'), '1');
    assert.equal(await out(page, 'liability'), '100,000.00');
    assert.equal(await out(page, 'margin'), '10,000.00');
    assert.equal(await out(page, 'leverage'), '10×');
    assert.equal(await out(page, 'pnl'), '0.00');
    assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
    assert.deepEqual(await brokenNumbers(page), []);
    assert.equal((await address(page)).search, '', 'the defaults make an empty query');
    // The module and the page's script came as the build's precompressed copies.
    const sizes = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => /\/(app\.js|isomargin-core\.wasm)$/.test(e.name))
      .map((e) => ({ name: e.name.replace(/^.*\//, ''), encoded: e.encodedBodySize, decoded: e.decodedBodySize })));
    assert.deepEqual(sizes.map((s) => s.name).sort(), ['app.js', 'isomargin-core.wasm']);
    for (const s of sizes) assert.ok(s.encoded < 0.6 * s.decoded, `${s.name}: ${s.encoded} of ${s.decoded} bytes on the wire`);
    // The first-load module only, fetched once (the html's preload is the response the API compiles);
    // the full module (explanations, paste) waits for its first use.
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/wasm\//.test(n)).map((n) => n.replace(/^.*\//, '')));
    assert.deepEqual(wasm.filter((n) => n.endsWith('.wasm')), ['isomargin-core.wasm']);
    assert.deepEqual(wasm.filter((n) => /isomargin-full/.test(n)), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the risk example is one click away: MM 128,180.00, fee 333.27, ratio 74.16%, liq 28,711.02, full liquidation', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h);
  try {
    await openExample(page, 'risk');
    assert.equal(await out(page, 'maintenanceMargin'), '128,180.00');
    assert.equal(await out(page, 'liquidationFee'), '333.27');
    assert.equal(await out(page, 'marginRatio'), '74.16%');
    assert.equal(await out(page, 'liquidationPrice'), '28,711.02');
    assert.equal(await page.getAttribute('[data-testid="state"]', 'data-state'), 'full-liquidation');
    assert.match(await out(page, 'liquidationNote'), /already liquidatable at this mark/);
    assert.match(await out(page, 'distanceNote'), /already past it/);
    assert.match(await out(page, 'stateSteps'), /fixed mmr: no lower tier to step down to, so full liquidation/);
    assert.equal(await out(page, 'assets'), '3,299,800.00');
    assert.equal((await page.locator('[data-unit-for="assets"]').innerText()).trim(), 'USDT');
    assert.equal(await out(page, 'liability'), '110.5');
    assert.equal(await out(page, 'liabilityValue'), '3,204,500.00');
    assert.equal(await out(page, 'netAssets'), '95,300.00');
    assert.equal((await out(page, 'tier')).replace(/\s/g, ' '), 'fixed mmr 4%');
    assert.equal(await out(page, 'pnl'), '— (give the margin)');
    assert.match(await page.locator('[data-warning-for="margin"]').innerText(), /margin/);
    // The menu closed, and the example's inputs are in the link.
    assert.equal(await page.locator('#examples').getAttribute('open'), null);
    assert.equal((await address(page)).searchParams.get('assets'), '3299800');
    // Each worked example restores its own inputs, whatever was typed before.
    await page.fill('#markPrice', '19,500');
    await openExample(page, 'risk-tiers');
    // Shown in the user's format (en-US here); the link holds the plain number.
    assert.equal(await page.inputValue('#markPrice'), '29,000');
    assert.equal(await out(page, 'marginRatioAfter'), '108.59%');
    await openExample(page, 'over-close');
    assert.equal(await out(page, 'closeReturned'), '35,000.00 USDT');
    assert.equal(await out(page, 'reverseMargin'), '12,500.00 USDT');
    await openExample(page, 'bybit');
    assert.equal(await out(page, 'cLiquidationPrice'), '19,700.00');
    await openExample(page, 'fresh');
    assert.equal(await out(page, 'liquidationPrice'), '93,103.00');
    assert.deepEqual(await brokenNumbers(page), []);
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
    await first.page.fill('#markPrice', '95,000');
    await first.page.selectOption('#mmrSource', 'preset');
    link = (await address(first.page));
    // Links hold plain numbers (locale-neutral); the input shows them in the user's format.
    assert.equal(link.searchParams.get('markPrice'), '95000');
    assert.equal(link.searchParams.get('mmrSource'), 'preset');
    assert.equal(link.searchParams.get('tierPreset'), null, 'the preset shown first is the default');
    assert.equal(link.searchParams.get('entryPrice'), null, 'defaults stay out of the link');
    assert.deepEqual(first.problems, []);
  } finally {
    await first.context.close();
  }
  const second = await openPage(h, { query: link.search });
  try {
    assert.equal(await second.page.inputValue('#markPrice'), '95,000');
    assert.equal(await second.page.inputValue('#mmrSource'), 'preset');
    assert.equal(await second.page.inputValue('#tierPreset'), 'okx-btc-usdt-margin-2023-06');
    assert.equal(await second.page.getAttribute('[data-testid="state"]', 'data-state'), 'alert');
    // The reset link goes back to the default position and clears the query.
    await second.page.click('#reset');
    assert.equal(await out(second.page, 'liquidationPrice'), '93,103.00');
    assert.equal((await address(second.page)).search, '');
    assert.deepEqual(second.problems, []);
  } finally {
    await second.context.close();
  }
});
