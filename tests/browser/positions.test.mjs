// Positions as exchanges report them, on the page (issue 13): a contract given by the margin the
// exchange shows or its margin balance, the exchange's maintenance margin, the maintenance margin
// and the margin each convention counts in the results, the max-leverage tab, and the reduced
// reports — an order without a mark (the opening), the calculators without a mark, an option's
// PnL without margins. Numbers from tests/vectors.json.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { afterUpdate, out, startHarness, withPage } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const query = (values) => `?${new URLSearchParams(values)}`;
const contract = (values) => query({ product: 'contract', ...values });

/** The comparison's liquidation price for each convention shown. */
const byModel = (page) => page.locator('[data-testid="cComparison"] tbody tr[data-model]').evaluateAll((trs) =>
  Object.fromEntries(trs.map((tr) => [tr.dataset.model, tr.querySelector('[data-liq]').textContent])));

test('an OKX swap by its margin 1,600 and MM 64.5: leverage 10× worked out, every convention from that margin', { timeout: 60000 }, async () => {
  await withPage(h, async (page) => {
    assert.equal(await page.inputValue('#cMarginBy'), 'margin');
    assert.equal(await page.inputValue('#cMmrSource'), 'reported');
    assert.equal(await out(page, 'cLeverageOut'), '10×');
    assert.equal(await out(page, 'cLeverageSource'), 'worked out from the margin shown');
    assert.equal(await out(page, 'cInitialMargin'), '1,600.00');
    assert.equal(await out(page, 'cMarginSource'), 'as the exchange shows it');
    assert.equal(await out(page, 'cMaintenanceMargin'), '64.50');
    assert.equal(await out(page, 'cMarginUsed'), '1,600.00');
    assert.equal(await out(page, 'cPnlRatio'), '+7.81%');
    const liq = await byModel(page);
    assert.equal(liq.okx, '57,860.37');
    assert.equal(liq.binance, '57,831.33');
    assert.equal(liq.bybit, '57,856.00');
    assert.equal(liq.phemex, '57,831.44');
    // Phemex counts another margin than the one shown; its row's why? says what and why.
    // The first why? of the page: the update that brings the explanations (the full module) is the one to wait for.
    await afterUpdate(page, () => page.click('#why-cComparison-7'));
    assert.match(await page.locator('#why-cComparison-7-panel').innerText(), /1,607\.20 USDT/);
  }, { query: '?example=okx-margin', height: 1400 });
});

test('Bybit 1 BTC at 20,000 by its margin 400 alone: 50×, 19,700; Binance by its margin balance: 774.61, 3,392.88', { timeout: 60000 }, async () => {
  await withPage(h, async (page) => {
    assert.equal(await out(page, 'cLeverageOut'), '50×');
    assert.equal(await out(page, 'cLiquidationPrice'), '19,700.00');
    assert.equal(await page.locator('#cMarginAddedField').isHidden(), true, 'added and removed go with the leverage');
    assert.equal(await page.locator('#cLeverageOpt').innerText(), 'optional');
  }, { query: contract({ cModel: 'bybit', cEntryPrice: '20000', cMarkPrice: '20000', cMmr: '0.5', cTakerFee: '0', cMarginBy: 'margin', cPosMargin: '400', cLeverage: '' }) });
  await withPage(h, async (page) => {
    assert.equal(await out(page, 'cMargin'), '774.61');
    assert.equal(await out(page, 'cMarginSource'), 'from the margin balance, less the PnL at the mark');
    assert.equal(await out(page, 'cLiquidationPrice'), '3,392.88');
  }, { query: contract({ cPair: 'ETH/USDT', cSide: 'short', cModel: 'binance', cContracts: '2.5', cEntryPrice: '3100', cMarkPrice: '3050', cMmr: '0.5', cTakerFee: '0', cMarginBy: 'marginBalance', cMarginBalance: '899.6125', cLeverage: '' }) });
});

const BRACKETS = JSON.stringify([[0, 50000, 0.004, 125], [50000, 250000, 0.005, 100], [250000, 1000000, 0.01, 50], [1000000, 7500000, 0.025, 20],
  [7500000, 40000000, 0.05, 10], [40000000, 100000000, 0.1, 5], [100000000, 200000000, 0.125, 4], [200000000, 400000000, 0.15, 3],
  [400000000, 600000000, 0.25, 2], [600000000, 1000000000, 0.5, 1]].map(([notionalFloor, notionalCap, maintMarginRatio, initialLeverage], i) =>
  ({ bracket: i + 1, notionalFloor, notionalCap, maintMarginRatio, initialLeverage })));

test('max leverage over Binance BTC brackets without a mark: a 170.30 stake → 125× (21,287.50), 60,000 notional → bracket 2, 100×', { timeout: 60000 }, async () => {
  await withPage(h, async (page) => {
    assert.equal(await out(page, 'cState'), 'calculators');
    assert.equal(await out(page, 'cLiquidationPrice'), '— (enter a mark price)');
    assert.equal(await out(page, 'cMaxLev'), '125×');
    assert.equal(await out(page, 'cMaxLevSize'), '21,287.50');
    assert.match(await out(page, 'cMaxLevNote'), /row 1’s maximum/);
    await page.selectOption('#cLevBy', 'notional');
    await page.fill('#cLevAmount', '60,000');
    assert.equal(await out(page, 'cMaxLev'), '100×');
    assert.equal((await out(page, 'cTierFor')).replace(/\s/g, ' '), 'bracket 2');
    assert.match(await out(page, 'cTierForRates'), /mmr 0\.5% · imr 1% · max 100× · cum 50\.00 USDT/);
    // Its explanation, from the core.
    await afterUpdate(page, () => page.click('#why-cMaxLev'));
    assert.match(await page.locator('#why-cMaxLev-panel').innerText(), /max, as entered\s+= 100\s+bracket 2: the row that holds the size/);
  }, { query: contract({ cMarkPrice: '', cMmrSource: 'brackets', cBrackets: BRACKETS, cTab: 'maxlev', cLevBy: 'stake', cLevAmount: '170.30' }) });
});

test('the calculators without a mark: inverse +10% at 10× is a 90.91% ROE', { timeout: 60000 }, async () => {
  await withPage(h, async (page) => {
    assert.equal(await out(page, 'cState'), 'calculators');
    assert.equal(await out(page, 'cExitRoe'), '+90.91%');
    assert.equal(await out(page, 'cExitPnl'), '+0.00090909091');
  }, { query: contract({ cType: 'inverse', cPair: 'BTC/USD', cContracts: '100', cEntryPrice: '10000', cLeverage: '10', cMarkPrice: '', cTab: 'pnl', cExitPrice: '11000' }) });
});

test('an order without a mark price is the opening alone: 93,103.00, the bankruptcy price, each mode and margin coin', { timeout: 60000 }, async () => {
  await withPage(h, async (page) => {
    assert.equal(await out(page, 'state'), 'opening');
    assert.equal(await out(page, 'liquidationPrice'), '93,103.00');
    assert.equal(await out(page, 'bankruptcyPrice'), '90,000.00');
    assert.equal(await out(page, 'margin'), '10,000.00');
    assert.equal(await out(page, 'maintenanceMargin'), '— (enter a mark price)');
    assert.equal(await page.locator('[data-testid="comparison"] tbody tr:not(.why-row)').count(), 3);
    // No rate either: no liquidation price, and it says what it needs.
    await page.fill('#mmr', '');
    assert.equal(await out(page, 'liquidationPrice'), '— (enter an mmr or a tier table)');
    assert.equal(await out(page, 'bankruptcyPrice'), '90,000.00');
  }, { query: '?markPrice=' });
});

test('an option without margins: value 0.006, PnL −0.001, ratio −20.00% alone', { timeout: 60000 }, async () => {
  await withPage(h, async (page) => {
    assert.equal(await out(page, 'oState'), 'PnL only');
    assert.equal(await out(page, 'oValue'), '0.006');
    assert.equal(await out(page, 'oPnl'), '-0.001');
    assert.equal(await out(page, 'oPnlRatio'), '-20.00%');
    assert.match(await out(page, 'oMarginRatio'), /enter the initial margin/);
  }, { query: query({ product: 'option', oSide: 'short', oContracts: '10', oAveragePrice: '0.05', oCtVal: '0.01', oMarkPrice: '0.06', oInitialMargin: '', oMarginAdjustment: '', oMmSource: 'amount', oMaintenanceMargin: '', oTakerFee: '' }) });
});
