// Perpetual swaps and futures: every calculator tab with a documented number (tests/vectors.json,
// docs/formulas.md), the comparison of conventions, degenerate cases and bad inputs, hedge mode,
// the URL state and the keyboard on the tabs. Never a console error, CSP violation or off-host request.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { address, assertFits, out, startHarness, toggleSection, withPage as withHarnessPage } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

/** A query for the contract product: `{ cModel: 'bybit', … }` → "?product=contract&cModel=bybit…". */
function contractQuery(values = {}) {
  return '?' + new URLSearchParams({ product: 'contract', ...values }).toString();
}

const withPage = (fn, options) => withHarnessPage(h, fn, options);

const unit = (page, id) => page.locator(`[data-unit-for="${id}"]`).innerText().then((t) => t.trim());

async function messageAt(page, kind, id) {
  const slot = page.locator(`[data-${kind}-for="${id}"]`);
  await slot.waitFor({ state: 'visible' });
  return slot.innerText();
}

test('the product switch: spot by default, contracts on click, in the URL, and back', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    assert.equal(await page.getAttribute('#productSpot', 'aria-selected'), 'true');
    assert.ok(await page.locator('#contractInputs').isHidden());
    await page.click('#productContract');
    assert.equal(await page.getAttribute('#productContract', 'aria-selected'), 'true');
    assert.ok(await page.locator('#contractInputs').isVisible());
    assert.ok(await page.locator('#spotResults').isHidden());
    assert.equal((await address(page)).searchParams.get('product'), 'contract');
    // The defaults: 1 BTC at 100,000, 10x, mmr 0.4%, taker 0.05%, OKX → 90,406.83.
    assert.equal(await out(page, 'cLiquidationPrice'), '90,406.83');
    assert.equal(await unit(page, 'cLiquidationPrice'), 'USDT');
    assert.equal(await out(page, 'cSize'), '1');
    assert.equal(await unit(page, 'cSize'), 'BTC');
    assert.equal(await out(page, 'cInitialMargin'), '10,000.00');
    assert.equal(await out(page, 'cBankruptcyPrice'), '90,000.00');
    // The keyboard moves between products; the spot page comes back unchanged.
    await page.focus('#productContract');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'productSpot');
    assert.equal(await page.getAttribute('#productSpot', 'aria-selected'), 'true');
    assert.equal(await page.getAttribute('#productContract', 'tabindex'), '-1');
    assert.equal(await out(page, 'marginRatio'), '322.27%');
    assert.equal((await address(page)).search, '');
  });
});

/** domain.md §7: Bybit, 1 BTC at 20,000 (mark 20,000), 50x, mmr 0.5%. */
async function bybitOneBtc(page) {
    await page.selectOption('#cModel', 'bybit');
    await page.fill('#cEntryPrice', '20,000');
    await page.fill('#cMarkPrice', '20,000');
    await page.fill('#cLeverage', '50');
    await page.fill('#cMmr', '0.5');
}

test('Liquidation price tab: Bybit 1 BTC at 20,000, 50x, mmr 0.5% → 19,700.00; margin to add for 8,500 → 1,000.00', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await bybitOneBtc(page);
    assert.equal(await out(page, 'cLiquidationPrice'), '19,700.00');
    assert.equal(await out(page, 'cTabLiquidation'), '19,700.00 USDT');
    assert.equal(await out(page, 'cInitialMargin'), '400.00');
    assert.equal(await out(page, 'cModelLabel'), 'Bybit');
    assert.match(await out(page, 'cValuedAt'), /entry price/);
    assert.match(await page.locator('#cModelNote').innerText(), /valued at the entry price/);
    // domain.md §7: 1 BTC at 10,000, 20x, mmr 0 liquidates at 9,500; 1,000 more margin → 8,500.
    await page.fill('#cEntryPrice', '10,000');
    await page.fill('#cMarkPrice', '10,000');
    await page.fill('#cLeverage', '20');
    await page.fill('#cMmr', '0');
    assert.equal(await out(page, 'cLiquidationPrice'), '9,500.00');
    await page.fill('#cWantedLiq', '8,500');
    assert.equal(await out(page, 'cMarginToAdd'), '+1,000.00');
    assert.equal(await unit(page, 'cMarginToAdd'), 'USDT');
    assert.equal((await address(page)).searchParams.get('cModel'), 'bybit');
  }, { query: contractQuery({ cTakerFee: '0' }) });
});

test('the contract chart: 1 BTC at 20,000, 50x, Bybit → liquidation 19,700 marked; the keyboard moves the mark', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await bybitOneBtc(page);
    const svg = page.locator('svg[data-testid="cChart"]');
    const label = await svg.getAttribute('aria-label');
    for (const text of ['entry 20,000.00', 'mark 20,000.00', 'liquidation · orders cancelled 19,700.00', 'bankruptcy 19,600.00']) {
      assert.ok(label.includes(text), `aria-label has "${text}": ${label}`);
    }
    assert.ok((await page.locator('[data-testid="cRatioPath"]').getAttribute('d')).length > 100);
    assert.ok((await page.locator('[data-testid="cPnlPath"]').getAttribute('d')).length > 100);
    assert.match(await out(page, 'cKey-pnl'), /floating PnL \(left axis, USDT\)/);
    const before = Number(await page.locator('[data-testid="cMarkLine"]').getAttribute('x1'));
    const ratio = await out(page, 'cMarginRatio');
    await svg.focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.inputValue('#cMarkPrice'), '20,010');
    assert.ok(Number(await page.locator('[data-testid="cMarkLine"]').getAttribute('x1')) > before, 'the mark line moved right');
    assert.notEqual(await out(page, 'cMarginRatio'), ratio);
    // The contract chart has ids of its own: the spot chart's stay the spot chart's.
    assert.equal(await page.locator('[data-testid="cMarkHandle"]').count(), 1);
  }, { query: contractQuery({ cTakerFee: '0' }) });
});

test('the contract path: 15,000 swaps in tier 3 → 13,000 closed at 9.62, a new alert at 9.00 (263.21%), full liquidation at 8.80', { timeout: 60000 }, async () => {
  const rows = [
    { tier: 1, minSz: 0, maxSz: 2000, mmr: 0.01, imr: 0.02, maxLever: 50 },
    { tier: 2, minSz: 2000, maxSz: 10000, mmr: 0.015, imr: 0.03, maxLever: 33.33 },
    { tier: 3, minSz: 10000, maxSz: 20000, mmr: 0.02, imr: 0.04, maxLever: 25 },
  ];
  await withPage(async (page) => {
    await toggleSection(page, 'cPathSection');
    await page.fill('#cPathPrices', '10 9.62 9 8.8');
    const events = page.locator('[data-testid="cPathEvents"] li');
    assert.equal(await events.count(), 6);
    assert.match(await events.nth(0).innerText(), /^10\.00 USDT — alert: ratio below 300% \(243\.90%\)/);
    assert.match(await events.nth(1).innerText(), /^9\.62 USDT — orders cancelled: ratio at or below 100%/);
    assert.match(await events.nth(2).innerText(), /^9\.62 USDT — partial liquidation: tier 3 → 1, closed 13,000 contracts/);
    assert.match(await events.nth(3).innerText(), /^9\.00 USDT — alert: ratio below 300% \(263\.21%\)/);
    assert.match(await events.nth(4).innerText(), /^8\.80 USDT — orders cancelled: ratio at or below 100% \(52\.74%\)/);
    assert.match(await events.nth(5).innerText(), /^8\.80 USDT — full liquidation/);
    assert.match(await out(page, 'cPathEnd'), /ends in a full liquidation/);
    // Marked on the chart too (cancel and full share 8.80; both are marked).
    assert.ok(await page.locator('[data-testid="cPathEvent"]').count() >= 5);
    assert.equal((await address(page)).searchParams.get('cPath'), '1');
    // A price that is not a number is named at the textarea.
    await page.fill('#cPathPrices', '10 abc');
    assert.match(await page.locator('[data-error-for="cPathPrices"]').innerText(), /price 2 \("abc"\) is not a number/);
  }, { query: contractQuery({
    cPair: 'XYZ/USDT', cModel: 'okx', cContracts: '15,000', cEntryPrice: '10', cMarkPrice: '10', cLeverage: '20',
    cTakerFee: '0.05', cMmrSource: 'custom', cTierRows: JSON.stringify(rows),
  }) });
});

test('Binance 0.02 BTC at 50,000, 20x, 450 added, mmr 0.4% → 25,100.40', { timeout: 60000 }, async () => {
  const query = contractQuery({
    cModel: 'binance', cContracts: '0.02', cEntryPrice: '50,000', cMarkPrice: '50,000', cLeverage: '20',
    cMarginAdded: '450', cTakerFee: '0',
  });
  await withPage(async (page) => {
    assert.equal(await out(page, 'cLiquidationPrice'), '25,100.40');
    assert.equal(await out(page, 'cMargin'), '500.00');
    // Brackets pasted as Binance's API response, re-selected at the liquidation price.
    await page.fill('#cContracts', '1.05');
    await page.fill('#cLeverage', '10');
    await page.fill('#cMarginAdded', '');
    await page.selectOption('#cMmrSource', 'brackets');
    const brackets = [
      { bracket: 1, initialLeverage: 125, notionalCap: 50000, notionalFloor: 0, maintMarginRatio: 0.004, cum: 0.0 },
      { bracket: 2, initialLeverage: 100, notionalCap: 250000, notionalFloor: 50000, maintMarginRatio: 0.005, cum: 50.0 },
    ];
    await page.fill('#cBrackets', JSON.stringify([{ symbol: 'BTCUSDT', brackets }]));
    assert.equal(await out(page, 'cLiquidationPrice'), '45,180.72');
    assert.equal((await out(page, 'cTier')).replace(/\s/g, ' '), 'bracket 1');
    assert.match(await out(page, 'cTierSource'), /Binance/);
    // A wrong cum: the core names the bracket, shown at the textarea.
    brackets[1].cum = 49;
    await page.fill('#cBrackets', JSON.stringify(brackets));
    assert.match(await messageAt(page, 'error', 'cBrackets'), /tiers\.brackets\[1\]\.cum/);
    assert.equal(await out(page, 'cLiquidationPrice'), '—');
    await page.fill('#cBrackets', '[{"bracket": 1,');
    assert.match(await messageAt(page, 'error', 'cBrackets'), /not valid JSON/);
  }, { query });
});

test('OKX inverse: 1 contract of 100 USD at 50,000, 10x, mmr 0.4%, taker 0.05% → 45,659.09; calculator help → 45,613.64', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.selectOption('#cType', 'inverse');
    assert.equal(await page.inputValue('#cPair'), 'BTC/USD');
    // Conventions without inverse contracts are disabled, with a note.
    assert.equal(await page.locator('#cModel option[value="gate"]').isDisabled(), true);
    assert.match(await page.locator('#cModelNote').innerText(), /Not for inverse contracts: .*Gate/);
    await page.fill('#cCtVal', '100');
    await page.fill('#cEntryPrice', '50,000');
    await page.fill('#cMarkPrice', '50,000');
    assert.equal(await out(page, 'cLiquidationPrice'), '45,659.09');
    assert.equal(await out(page, 'cSize'), '100.00');
    assert.equal(await unit(page, 'cSize'), 'USD');
    assert.equal(await out(page, 'cMargin'), '0.0002');
    assert.equal(await unit(page, 'cMargin'), 'BTC');
    await page.selectOption('#cModel', 'okx-calculator-doc');
    assert.equal(await out(page, 'cLiquidationPrice'), '45,613.64');
    assert.equal(await page.locator('[data-testid="cComparison"] tr[data-model="gate"]').count(), 0);
  }, { query: contractQuery() });
});

test('Target price: linear long at 10,000, 10x, ROE 100% → 11,000.00; PnL: inverse long, exit 11,000 → ROE +90.91%', { timeout: 60000 }, async () => {
  const query = contractQuery({ cEntryPrice: '10,000', cMarkPrice: '10,000', cTab: 'target' });
  await withPage(async (page) => {
    assert.ok(await page.locator('#cPanel-target').isVisible());
    await page.fill('#cTargetRoe', '100');
    assert.equal(await out(page, 'cTargetPrice'), '11,000.00');
    assert.equal(await unit(page, 'cTargetPrice'), 'USDT');
    await page.click('#cTab-pnl');
    assert.equal(await page.getAttribute('#cTab-pnl', 'aria-selected'), 'true');
    assert.ok(await page.locator('#cPanel-target').isHidden());
    await page.selectOption('#cType', 'inverse');
    await page.fill('#cContracts', '100');
    await page.fill('#cExitPrice', '11,000');
    assert.equal(await out(page, 'cExitRoe'), '+90.91%');
    assert.equal(await unit(page, 'cExitPnl'), 'BTC');
    assert.equal((await address(page)).searchParams.get('cTab'), 'pnl');
  }, { query });
});

test('Average entry: inverse 10,000 × 50 + 15,000 × 50 → 12,000.00; a bad line is named', { timeout: 60000 }, async () => {
  const query = contractQuery({ cType: 'inverse', cPair: 'BTC/USD', cMarkPrice: '12,000', cMmr: '0.5' });
  await withPage(async (page) => {
    await page.click('#cTab-entry');
    assert.ok(await page.locator('#cContractsField').isHidden(), 'the fills replace contracts and entry');
    assert.ok(await page.locator('#cFillsNote').isVisible());
    await page.fill('#cFills', '10,000 × 50\n15,000 × 50');
    assert.equal(await out(page, 'cAvgEntry'), '12,000.00');
    assert.equal(await unit(page, 'cAvgEntry'), 'USD');
    assert.equal(await out(page, 'cAvgSize'), '100.00');
    assert.equal(await out(page, 'cEntry'), '12,000.00');
    await page.fill('#cFills', '10,000 × 50\n15,000');
    assert.match(await messageAt(page, 'error', 'cFills'), /line 2/);
    await page.fill('#cFills', '10,000 x 50\n-15,000 x 50');
    assert.match(await messageAt(page, 'error', 'cFills'), /position\.fills\[1\]\.price/);
  }, { query });
});

test('Max open: 1,000 USDT at 20x and 10,000 → 2 contracts', { timeout: 60000 }, async () => {
  const query = contractQuery({ cModel: 'binance', cEntryPrice: '10,000', cMarkPrice: '10,000', cLeverage: '20', cTab: 'maxopen' });
  await withPage(async (page) => {
    await page.fill('#cMaxOpenBalance', '1,000');
    assert.equal(await out(page, 'cMaxOpen'), '2');
    assert.equal(await unit(page, 'cMaxOpen'), 'contracts');
  }, { query });
});

test('Add / close order: Bybit 1 at 10,000, 20x, mmr 0, 1,000 added; buy 1 more at 10,000 → 9,000.00; hedge mode', { timeout: 60000 }, async () => {
  const query = contractQuery({
    cModel: 'bybit', cEntryPrice: '10,000', cMarkPrice: '10,000', cLeverage: '20', cMmr: '0', cTakerFee: '0',
    cMarginAdded: '1,000', cTab: 'order',
  });
  await withPage(async (page) => {
    assert.equal(await out(page, 'cLiquidationPrice'), '8,500.00');
    await page.fill('#cOrderContracts', '1');
    await page.fill('#cOrderPrice', '10,000');
    assert.equal(await out(page, 'cAfterLiq'), '9,000.00 USDT');
    assert.equal(await out(page, 'cAfterContracts'), '2 contracts');
    assert.equal(await out(page, 'cAfterMargin'), '2,000.00 USDT');
    // Selling 3 at 11,000 without the added margin flips it: +1,000 realized, a 2-contract short.
    await page.fill('#cMarginAdded', '');
    await page.selectOption('#cOrderSide', 'sell');
    await page.fill('#cOrderContracts', '3');
    await page.fill('#cOrderPrice', '11,000');
    assert.equal(await out(page, 'cOrderPnl'), '+1,000.00 USDT');
    assert.match(await out(page, 'cOrder'), /Flipped: now short/);
    assert.equal(await out(page, 'cAfterLiq'), '11,550.00 USDT');
    // Hedge mode: the sell closes the long only; each side has its own liquidation price.
    await page.selectOption('#cPositionMode', 'hedge');
    await page.fill('#cOppContracts', '2');
    await page.fill('#cOppEntry', '10,000');
    await page.fill('#cOppLeverage', '10');
    await page.fill('#cPendingClose', '0.4');
    assert.equal(await out(page, 'cAvailable'), '0.6 contracts');
    assert.equal(await out(page, 'cOrderNotExecuted'), '2 contracts');
    assert.equal(await out(page, 'cHedgeOppositeLiq'), '11,000.00');
    assert.equal(await out(page, 'cHedgeThisLiq'), '9,500.00');
    await page.fill('#cPendingClose', '5');
    assert.match(await messageAt(page, 'error', 'cPendingClose'), /.+/);
  }, { query });
});

test('Compare conventions: 1 BTC at 100,000, 10x, mmr 0.4%, taker 0.05% → OKX 90,406.83, Binance 90,361.45, Bybit 90,400.00', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    const table = page.locator('[data-testid="cComparison"]');
    const liq = (model) => table.locator(`tr[data-model="${model}"] [data-liq]`).innerText();
    assert.equal(await liq('okx'), '90,406.83');
    assert.equal(await liq('binance'), '90,361.45');
    assert.equal(await liq('bybit'), '90,400.00');
    assert.equal(await table.locator('tr[aria-current="true"]').getAttribute('data-model'), 'okx');
    // Differences from the chosen model and the spread, from the report's prices.
    assert.equal((await table.locator('tr[data-model="bybit"] td').nth(4).innerText()).trim(), '\u22126.83');
    assert.equal(await table.locator('tr.highest').count() >= 1, true);
    assert.equal(await table.locator('tr.lowest').count() >= 1, true);
    assert.match(await out(page, 'cSpread'), /^Spread [\d,.]+ USDT: lowest/);
    // Another chosen model moves the mark.
    await page.selectOption('#cModel', 'bybit');
    assert.equal(await table.locator('tr[aria-current="true"]').getAttribute('data-model'), 'bybit');
    assert.equal((await table.locator('tr[data-model="okx"] td').nth(4).innerText()).trim(), '+6.83');
    await page.uncheck('#cCompare');
    assert.ok(await page.locator('#cCompareCard').isHidden());
  }, { query: contractQuery() });
});

test('degenerate: 125x with mmr 1% is liquidatable as soon as it opens; an inverse short at 1x has none', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#cLeverage', '125');
    await page.fill('#cMmr', '1');
    assert.match(await messageAt(page, 'warning', 'cLeverage'), /liquidatable as soon as it opens/);
    assert.equal(await out(page, 'cLiquidationNote'), 'already liquidatable at this mark');
    assert.equal(await page.getAttribute('[data-testid="cState"]', 'data-state'), 'full-liquidation');
    await page.fill('#cLeverage', '1');
    await page.selectOption('#cSide', 'short');
    await page.selectOption('#cType', 'inverse');
    assert.match(await out(page, 'cLiquidationPrice'), /^— none: /);
    assert.equal(await unit(page, 'cLiquidationPrice'), '');
    assert.equal(await out(page, 'cDistance'), '—');
  }, { query: contractQuery() });
});

test('bad inputs: leverage 0.5 shows the core\'s message at the leverage field; "abc" is not a number', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#cLeverage', '0.5');
    assert.match(await messageAt(page, 'error', 'cLeverage'), /at least 1/);
    assert.equal(await page.getAttribute('#cLeverage', 'aria-invalid'), 'true');
    assert.equal(await out(page, 'cLiquidationPrice'), '—');
    assert.ok(await page.locator('#results.has-error').count());
    assert.match(await page.locator('#errorSummary').innerText(), /Leverage: must be at least 1/);
    await page.fill('#cLeverage', '10');
    assert.equal(await page.getAttribute('#cLeverage', 'aria-invalid'), null);
    await page.fill('#cMarkPrice', 'abc');
    assert.equal(await messageAt(page, 'error', 'cMarkPrice'), 'not a number');
    await page.fill('#cMarkPrice', '100,000');
    assert.equal(await out(page, 'cLiquidationPrice'), '90,406.83');
  }, { query: contractQuery() });
});

test('at 360 px the contract form, tabs, comparison and hedge card fit without horizontal scroll; dark too', { timeout: 60000 }, async () => {
  for (const colorScheme of ['light', 'dark']) {
    await withPage(async (page) => {
      await page.selectOption('#cPositionMode', 'hedge');
      await page.fill('#cOppContracts', '1');
      await page.fill('#cOppEntry', '100,000');
      await page.fill('#cOppLeverage', '10');
      await page.click('#cTab-order');
      await page.fill('#cOrderContracts', '3');
      await page.selectOption('#cOrderSide', 'sell');
      await page.selectOption('#cMmrSource', 'custom');
      assert.ok(await page.locator('#cCompareCard').isVisible());
      assert.ok(await page.locator('#cHedgeCard').isVisible());
      await assertFits(page, 360);
    }, { query: contractQuery(), width: 360, height: 780, colorScheme });
  }
});
