// Options: the third product tab renders documented vectors (tests/vectors.json, numbers worked
// by hand in each case's note), a partial step, the path timeline, field errors that name the
// field, the honest-limits notices, the URL state, dark mode and a 360 px screen. Never a console
// error, CSP violation, off-host request or a broken number.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { address, assertFits, out, startHarness, toggleSection, withPage as withHarnessPage } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const withPage = (fn, options) => withHarnessPage(h, fn, options);
const optionQuery = (values = {}) => '?' + new URLSearchParams({ product: 'option', ...values }).toString();

async function messageAt(page, id) {
  const slot = page.locator(`[data-error-for="${id}"]`);
  await slot.waitFor({ state: 'visible' });
  return slot.innerText();
}

test('the Options tab: the partial-then-stop vector (300 short contracts, tier 3 → 2: 97.41% → 166.13%)', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.click('#productOption');
    assert.equal(await page.getAttribute('#productOption', 'aria-selected'), 'true');
    assert.ok(await page.locator('#optionInputs').isVisible());
    assert.ok(await page.locator('#spotResults').isHidden());
    assert.ok(await page.locator('#contractResults').isHidden());
    assert.equal((await address(page)).searchParams.get('product'), 'option');
    // tests/vectors.json "option partial liquidation then stop".
    assert.equal(await out(page, 'oMarginRatio'), '97.41%');
    assert.equal(await out(page, 'oMaintenanceMarginOut'), '4.2');
    assert.equal(await out(page, 'oLiquidationFee'), '0.009');
    assert.equal(await out(page, 'oMarginBalance'), '4.1');
    assert.equal(await out(page, 'oValue'), '1.8');
    assert.equal(await out(page, 'oPnl'), '-0.3');
    assert.equal(await out(page, 'oPnlRatio'), '-20.00%');
    assert.equal(await out(page, 'oTier'), 'tier\u00a03');
    assert.equal(await out(page, 'oState'), 'partial-liquidation');
    const steps = await out(page, 'oStateSteps');
    assert.match(steps, /orders of this position are cancelled/);
    assert.match(steps, /Partial step 1: tier 3 → 2\. 100 contracts closed at the mark: realized PnL -0\.1 BTC, liquidation fee 0\.003 BTC; margin left in the position 3\.997 BTC/);
    assert.equal(await out(page, 'oMarginRatioAfter'), '166.13%');
    // The page says plainly what is not sourced: OKX's margin factors, and the fee.
    const limits = await out(page, 'oLimits');
    assert.match(limits, /margin factors are a live table that is not shipped/);
    assert.match(limits, /low confidence/);
    assert.match(limits, /question-and-answer page; OKX does not publish it/);
    assert.match(await out(page, 'oInputNotice'), /OKX publishes the formula .* not shipped/);
    // Back to spot: unchanged.
    await page.click('#productSpot');
    assert.equal(await out(page, 'marginRatio'), '322.27%');
  });
});

test('partial then full (mark 0.2): two one-tier steps, then tier 1 is taken over; kept in the URL', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#oMarkPrice', '0.2');
    assert.equal(await out(page, 'oMarginRatio'), '48.76%');
    assert.equal(await out(page, 'oState'), 'full-liquidation');
    const steps = await out(page, 'oStateSteps');
    assert.match(steps, /Partial step 1: tier 3 → 2/);
    assert.match(steps, /Partial step 2: tier 2 → 1\. 100 contracts closed at the mark: realized PnL -1\.5 BTC, liquidation fee 0\.003 BTC; margin left in the position 1\.094 BTC, margin ratio 43\.71%/);
    assert.match(steps, /taken over; its margin is lost/);
    assert.equal((await address(page)).searchParams.get('oMarkPrice'), '0.2');
  }, { query: optionQuery() });
  // The link alone brings the same result back.
  await withPage(async (page) => {
    assert.equal(await page.inputValue('#oMarkPrice'), '0.2');
    assert.equal(await out(page, 'oState'), 'full-liquidation');
  }, { query: optionQuery({ oMarkPrice: '0.2' }) });
});

test('the path timeline: alert, orders cancelled, a partial step, then a full liquidation ends it', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#oAlertRatio', '150');
    await toggleSection(page, 'oPathSection');
    await page.locator('#oPathCard').waitFor({ state: 'visible' });
    const events = await out(page, 'oPathEvents');
    assert.match(events, /At mark 0\.03 BTC \(point 2\): alert/);
    assert.match(events, /At mark 0\.06 BTC \(point 3\): orders cancelled/);
    assert.match(events, /At mark 0\.06 BTC \(point 3\): partial liquidation, tier 3 → 2: 100 contracts closed/);
    assert.match(events, /At mark 0\.2 BTC \(point 5\): partial liquidation, tier 2 → 1: .*margin left in the position 2\.494 BTC, margin ratio 99\.64%/);
    assert.match(events, /margin ratio 166\.13%/);
    assert.match(events, /At mark 0\.2 BTC \(point 5\): full liquidation/);
    const points = await out(page, 'oPathPoints');
    for (const r of ['151.35%', '123.90%', '248.88%', '99.64%']) assert.ok(points.includes(r), `${r} in the path table`);
    assert.match(await out(page, 'oPathEnd'), /full liquidation/);
    assert.equal((await address(page)).searchParams.get('oPath'), '1');
  }, { query: optionQuery() });
});

test('field errors name the field: a tier table out of order, zero contracts, text that is not a number', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#oTierRows', '1 | 100 | 0.005\n2 | 50 | 0.006\n3 | 400 | 0.008');
    assert.equal(await messageAt(page, 'oTierRows'), 'tiers.rows[1].maxSz: must be greater than the previous tier\'s maxSz (100)');
    assert.equal(await out(page, 'oMarginRatio'), '—');
    assert.match(await page.locator('#errorSummary').innerText(), /Tiers/);
    await page.fill('#oTierRows', '1 | 100 | 0.005\n2 | 200 | 0.006\n3 | 400 | 0.008');
    await page.fill('#oContracts', '0');
    assert.equal(await messageAt(page, 'oContracts'), 'must be greater than 0');
    await page.fill('#oContracts', 'abc');
    assert.equal(await messageAt(page, 'oContracts'), 'not a number');
    await page.fill('#oContracts', '300');
    assert.equal(await out(page, 'oMarginRatio'), '97.41%');
    // One MM amount: the core's own field, then the single-MM full liquidation.
    await page.selectOption('#oMmSource', 'amount');
    await page.fill('#oMaintenanceMargin', '-1');
    assert.equal(await messageAt(page, 'oMaintenanceMargin'), 'must not be negative');
    await page.fill('#oMaintenanceMargin', '5');
    assert.equal(await out(page, 'oTier'), 'none (one MM amount)');
    assert.match(await out(page, 'oStateSteps'), /One MM amount: no lower tier/);
  }, { query: optionQuery() });
});

test('fits at 360 px, light and dark, with the path open', { timeout: 60000 }, async () => {
  for (const colorScheme of ['light', 'dark']) {
    await withPage(async (page) => {
      assert.equal(await out(page, 'oState'), 'partial-liquidation');
      await page.locator('#oPathCard').waitFor({ state: 'visible' });
      await assertFits(page, 360);
    }, { query: optionQuery({ oPath: '1' }), width: 360, height: 740, colorScheme });
  }
});

test('on a phone the bar at the bottom mirrors the options state, MM and ratio', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const bar = page.locator('#miniBar');
    await bar.waitFor({ state: 'visible' });
    const text = await bar.innerText();
    assert.match(text, /partial-liquidation/);
    assert.match(text, /MM\s+4\.2/);
    assert.match(text, /Ratio\s+97\.41%/);
  }, { query: optionQuery(), width: 360, height: 740 });
});

test('the options chart: ratio and PnL over the option marks, the state turning; the keyboard moves the mark', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    const svg = page.locator('svg[data-testid="oChart"]');
    const label = await svg.getAttribute('aria-label');
    assert.match(label, /from 0\.005 to 0\.24 BTC\. average open 0\.05, mark 0\.06\./);
    assert.ok((await page.locator('[data-testid="oRatioPath"]').getAttribute('d')).length > 100);
    assert.ok((await page.locator('[data-testid="oPnlPath"]').getAttribute('d')).length > 100);
    // The state strip: alert below the partial region, full liquidation at the top (the sweep
    // vector: alert at 0.03, partial at 0.06, full at 0.2).
    const bands = await page.locator('#oChart .band').evaluateAll((rs) => rs.map((r) => r.getAttribute('class')));
    assert.deepEqual(bands, ['band band-alert', 'band band-partial-liquidation', 'band band-full-liquidation']);
    await svg.focus();
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.inputValue('#oMarkPrice'), '0.0601');
    assert.notEqual(await out(page, 'oMarginRatio'), '97.41%');
    assert.match(await out(page, 'oKey-mark'), /mark\s+0\.0601/);
  }, { query: optionQuery() });
});

test('OKX\'s short-option formula: call, c 0.03, margin factors 1 / 1.02 / 1.05, mark 0.12 → MM 4.545, 90.03% → 112.56%', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.selectOption('#oMmSource', 'okx');
    // The untouched default table becomes the illustrative margin factors.
    assert.equal(await page.inputValue('#oTierRows'), '1 | 100 | 1\n2 | 200 | 1.02\n3 | 400 | 1.05');
    assert.match(await page.locator('#oTierRowsField label').innerText(), /margin factor/);
    assert.ok(await page.locator('#oMmIncludesMarkField').isHidden());
    await page.fill('#oMarkPrice', '0.12');
    // tests/vectors.json "option short call by OKX's MMR".
    assert.equal(await out(page, 'oMaintenanceMarginOut'), '4.545');
    assert.equal(await out(page, 'oMarginRatio'), '90.03%');
    assert.equal(await out(page, 'oMarginRatioAfter'), '112.56%');
    assert.match(await out(page, 'oMmSourceOut'), /OKX’s formula/);
    // A put: max(c, c × mark) × MF + mark; c NaN-like input is named at its field.
    await page.selectOption('#oOptionType', 'put');
    await page.fill('#oMarkPrice', '0.06');
    assert.equal(await out(page, 'oMaintenanceMarginOut'), '2.745');
    await page.fill('#oC', '2');
    assert.match(await page.locator('[data-error-for="oC"]').innerText(), /at most 1/);
    assert.equal((await address(page)).searchParams.get('oMmSource'), 'okx');
  }, { query: optionQuery() });
});

