// Editing inputs: outputs follow as the user types; bad inputs show a message at their field,
// never NaN/Infinity/undefined; the order form reproduces the seed's opening tables.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { out, startHarness, withPage as withHarnessPage, toggleSection, riskQuery } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

// These tests start from the guide's risk example (short 110.5 BTC at 29,000), a worked example since the first
// screen is a fresh long.
const withPage = (fn, options = {}) => withHarnessPage(h, fn, { ...options, query: riskQuery(options.query) });

async function errorAt(page, id) {
  const slot = page.locator(`[data-error-for="${id}"]`);
  await slot.waitFor({ state: 'visible' });
  return slot.innerText();
}

test('typing a mark price of 19,500 updates the outputs: ratio 1325.07%, state normal', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#markPrice', '19,500');
    assert.equal(await out(page, 'marginRatio'), '1325.07%');
    assert.equal(await page.getAttribute('[data-testid="state"]', 'data-state'), 'normal');
    assert.equal(await out(page, 'state'), 'normal');
    assert.equal(await out(page, 'maintenanceMargin'), '86,190.00');
    // Still the same liquidation price: it does not depend on the mark.
    assert.equal(await out(page, 'liquidationPrice'), '28,711.02');
    assert.doesNotMatch(await out(page, 'liquidationNote'), /already/);
    // Typed one key at a time, every intermediate value is evaluated without a broken number.
    await page.fill('#markPrice', '');
    await page.locator('#markPrice').pressSequentially('29,000');
    assert.equal(await out(page, 'marginRatio'), '74.16%');
  });
});

test('the seed-illustrative-btc preset shows a partial liquidation of 10 BTC to tier 1, ratio after 108.59%', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.selectOption('#mmrSource', 'preset');
    await page.selectOption('#tierPreset', 'seed-illustrative-btc');
    assert.equal(await page.getAttribute('[data-testid="state"]', 'data-state'), 'partial-liquidation');
    const steps = await out(page, 'stateSteps');
    assert.match(steps, /tier 2 → 1/);
    assert.match(steps, /buys back 10 BTC/);
    assert.match(steps, /Ends as a partial liquidation/);
    assert.equal(await out(page, 'marginRatioAfter'), '108.59%');
    assert.equal((await out(page, 'tier')).replace(/\s/g, ' '), 'tier 2 · mmr 4% · max 9.09×');
    assert.match(await page.locator('#tierPresetNote').innerText(), /Illustrative/);
  });
});

test('a custom tier table pasted as OKX\'s API response (string numbers) is used', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.selectOption('#mmrSource', 'custom');
    const api = { code: '0', msg: '', data: [
      { tier: '1', minSz: '0', maxSz: '100', mmr: '0.03', imr: '0.1', maxLever: '10', baseMaxLoan: '100', instId: 'BTC-USDT' },
      { tier: '2', minSz: '100', maxSz: '200', mmr: '0.04', imr: '0.11', maxLever: '9.09', baseMaxLoan: '200', instId: 'BTC-USDT' },
    ] };
    await page.fill('#tierRows', JSON.stringify(api));
    assert.equal(await page.getAttribute('[data-testid="state"]', 'data-state'), 'partial-liquidation');
    assert.equal(await out(page, 'marginRatioAfter'), '108.59%');
    assert.match(await out(page, 'tierSource'), /custom/);
    // Not JSON: the message is at the textarea and the core is not asked.
    await page.fill('#tierRows', '[{"tier": 1,');
    assert.match(await errorAt(page, 'tierRows'), /not valid JSON/);
    assert.equal(await page.getAttribute('#tierRows', 'aria-invalid'), 'true');
    assert.equal(await out(page, 'maintenanceMargin'), '—');
    // A bad row: the core names it, shown at the textarea.
    await page.fill('#tierRows', JSON.stringify([{ tier: 1, minSz: 0, maxSz: 200, mmr: 2, imr: 0.1, maxLever: 10 }]));
    assert.match(await errorAt(page, 'tierRows'), /tiers\.rows\[0\]\.mmr/);
  });
});

test('a position that cannot be liquidated by price says so, without a number', { timeout: 60000 }, async () => {
  const query = '?mode=new&marginCoin=base&assets=100%2C000&liability=1&interest=0&margin=2&markPrice=100%2C000';
  await withPage(async (page) => {
    assert.equal(await out(page, 'liquidationPrice'), '— none: this position cannot be liquidated by price');
    assert.equal((await page.locator('[data-unit-for="liquidationPrice"]').innerText()).trim(), '');
    assert.equal(await out(page, 'distance'), '—');
    assert.equal(await out(page, 'state'), 'normal');
    assert.equal(await out(page, 'margin'), '2');
  }, { query });
});

test('mark price "abc" shows "not a number" at the mark price field and clears the outputs', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#markPrice', 'abc');
    assert.equal(await errorAt(page, 'markPrice'), 'not a number');
    assert.equal(await page.getAttribute('#markPrice', 'aria-invalid'), 'true');
    assert.equal(await page.getAttribute('[data-error-for="markPrice"]', 'role'), 'alert');
    assert.match(await page.getAttribute('#markPrice', 'aria-describedby'), /markPrice-error/);
    assert.equal(await out(page, 'marginRatio'), '—');
    assert.equal(await out(page, 'liquidationPrice'), '—');
    assert.equal(await page.getAttribute('[data-testid="state"]', 'data-state'), '');
    assert.ok(await page.locator('#results.has-error').count(), 'the results are dimmed');
    // Fixing it clears the message and brings the results back.
    await page.fill('#markPrice', '29000');
    assert.equal(await page.locator('[data-error-for="markPrice"]').isHidden(), true);
    assert.equal(await page.getAttribute('#markPrice', 'aria-invalid'), null);
    assert.equal(await out(page, 'marginRatio'), '74.16%');
  });
});

test('mark price "-5" shows the core\'s message "must be greater than 0" at the mark price field', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#markPrice', '-5');
    assert.match(await errorAt(page, 'markPrice'), /must be greater than 0/);
    assert.equal(await out(page, 'maintenanceMargin'), '—');
  });
});

test('other fields: assets, taker fee, a huge number, an empty required field', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#assets', '3.2.1');
    assert.equal(await errorAt(page, 'assets'), 'not a number');
    await page.fill('#assets', '3,299,800');
    await page.fill('#takerFee', '50');
    assert.match(await errorAt(page, 'takerFee'), /at most/);
    await page.fill('#takerFee', '0.01');
    await page.fill('#liability', '1e999');
    assert.match(await errorAt(page, 'liability'), /too large/);
    await page.fill('#liability', '');
    assert.match(await errorAt(page, 'liability'), /required/);
    await page.fill('#liability', '1_10');
    assert.equal(await out(page, 'marginRatio'), '74.16%');
  });
});

test('leverage 0.5 in the order form shows the message at the leverage field', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.selectOption('#form', 'order');
    await page.fill('#entryPrice', '29,000');
    await page.fill('#leverage', '0.5');
    assert.match(await errorAt(page, 'leverage'), /at least 1/);
    assert.equal(await page.getAttribute('#leverage', 'aria-invalid'), 'true');
    // Old mode has no base-margin short: the core's message lands on the margin coin select.
    await page.fill('#leverage', '10');
    await page.selectOption('#marginCoin', 'base');
    assert.match(await errorAt(page, 'marginCoin'), /old mode has no base-margin short/);
  });
});

test('the order form: long 1 BTC at 100,000, 10x, quote margin, new mode, mmr 3%, taker 0.1% → liq 93,103.00', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.selectOption('#form', 'order');
    await page.selectOption('#side', 'long');
    await page.selectOption('#mode', 'new');
    await page.selectOption('#marginCoin', 'quote');
    await page.fill('#entryPrice', '100,000');
    await page.fill('#size', '1');
    await page.fill('#leverage', '10');
    await page.fill('#markPrice', '100,000');
    await page.fill('#takerFee', '0.1');
    await page.fill('#mmr', '3');
    assert.equal(await out(page, 'liquidationPrice'), '93,103.00');
    assert.equal(await out(page, 'margin'), '10,000.00');
    assert.equal(await out(page, 'leverage'), '10×');
    // Each row's cells without its "why?" (whose panel has a row of its own).
    const cells = await page.locator('[data-testid="comparison"] tbody tr:not(.why-row)').evaluateAll((trs) => trs.map((tr) =>
      [...tr.cells].map((td) => [...td.childNodes].filter((n) => !(n instanceof Element && n.matches('button.why'))).map((n) => n.textContent).join('').trim())));
    assert.deepEqual(cells, [
      ['old', 'base (BTC)', '1.1 BTC', '100,000.00 USDT', '0.1 BTC', '93,730.00'],
      ['new', 'base (BTC)', '1 BTC', '100,000.00 USDT', '0.1 BTC', '93,730.00'],
      ['new', 'quote (USDT)', '1 BTC', '100,000.00 USDT', '10,000.00 USDT', '93,103.00'],
    ]);
    assert.equal(await page.locator('[data-testid="comparison"] tr.current').innerText().then((t) => t.split('\t')[1].trim()), 'quote (USDT)');
    // Margin instead of leverage.
    await page.selectOption('#orderSizing', 'margin');
    await page.fill('#orderMargin', '10,000');
    assert.equal(await out(page, 'liquidationPrice'), '93,103.00');
    assert.equal(await out(page, 'leverage'), '10×');
    // Above the tier's maximum leverage: the core's warning sits at the margin field that set it.
    await page.selectOption('#mmrSource', 'preset');
    await page.selectOption('#tierPreset', 'okx-btc-usdt-margin-2023-06');
    await page.fill('#orderMargin', '5,000');
    assert.match(await page.locator('[data-warning-for="orderMargin"]').innerText(), /above tier 1's maximum of 10x/);
    assert.equal(await out(page, 'leverage'), '20×');
  });
});

test('close: a long with quote margin sells 2 BTC at 125,000 → 35,000 back and a short with 12,500 margin', { timeout: 60000 }, async () => {
  const query = '?side=long&mode=new&form=order&entryPrice=100%2C000&markPrice=100%2C000&takerFee=0&mmr=3';
  await withPage(async (page) => {
    assert.equal(await page.locator('#closeCard').isHidden(), true);
    await toggleSection(page, 'closeSection');
    await page.selectOption('#closeType', 'order');
    await page.fill('#closeSize', '2');
    await page.fill('#closePrice', '125,000');
    assert.equal(await out(page, 'closeReturned'), '35,000.00 USDT');
    assert.equal(await out(page, 'closePnl'), '+25,000.00 USDT');
    assert.equal(await out(page, 'closePnlPercent'), '+250.00%');
    assert.equal(await out(page, 'reverseMargin'), '12,500.00 USDT');
    assert.equal(await out(page, 'reverseMarginFromAccount'), '12,500.00 USDT');
    await page.check('#reduceOnly');
    assert.equal(await out(page, 'closeNotExecuted'), '1 BTC');
    assert.equal(await page.locator('[data-testid="reverseMargin"]').count(), 0);
    // Closing the section drops the close from the scenario.
    await toggleSection(page, 'closeSection');
    // The toggle event comes a task after the click: wait for it rather than race it.
    await page.locator('#closeCard').waitFor({ state: 'hidden' });
  }, { query });
});

test('pre-trade: the available balance must cover the margin', { timeout: 60000 }, async () => {
  const query = '?side=long&mode=new&form=order&entryPrice=100%2C000&markPrice=100%2C000&mmr=3';
  await withPage(async (page) => {
    await toggleSection(page, 'preTradeSection');
    await page.fill('#availableBalance', '5,000');
    assert.equal(await page.getAttribute('[data-testid="preTrade"]', 'data-passes'), 'false');
    assert.match(await out(page, 'preTrade'), /does not cover/);
    await page.fill('#availableBalance', '20,000');
    assert.equal(await page.getAttribute('[data-testid="preTrade"]', 'data-passes'), 'true');
    // Back to balances: the pre-trade section goes away with the order form.
    await page.selectOption('#form', 'balances');
    assert.equal(await page.locator('#preTradeSection').isHidden(), true);
    assert.equal(await page.locator('#preTradeCard').isHidden(), true);
  }, { query });
});
