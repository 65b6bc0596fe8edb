// The spot scenarios: the chart (one sweep call) with its labelled prices, typing and dragging
// the mark, the price-path timeline, the chance of liquidation, bad inputs, and 360 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { address, assertFits, out, riskQuery, startHarness, toggleSection, withPage as withHarnessPage } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

// These tests start from the guide's risk example (short 110.5 BTC at 29,000), a worked example since the first
// screen is a fresh long.
const withPage = (fn, options = {}) => withHarnessPage(h, fn, { ...options, query: riskQuery(options.query) });

const markX = (page) => page.locator('[data-testid="markLine"]').getAttribute('x1').then(Number);

test('first load: the chart draws the margin ratio with the mark, alert, liquidation and bankruptcy prices', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    const svg = page.locator('svg[data-testid="chart"]');
    assert.equal(await svg.getAttribute('role'), 'img');
    const label = await svg.getAttribute('aria-label');
    for (const text of ['mark 29,000.00', 'liquidation · orders cancelled 28,711.02', 'alert 26,655.47', 'bankruptcy 29,862.44']) {
      assert.ok(label.includes(text), `aria-label has "${text}": ${label}`);
    }
    assert.ok((await page.locator('[data-testid="ratioPath"]').getAttribute('d')).length > 100);
    // Old mode without the margin: no PnL to draw, and the key says only the ratio.
    assert.equal(await page.locator('[data-testid="pnlPath"]').count(), 0);
    const levels = await page.locator('svg [data-level]').evaluateAll((gs) => gs.map((g) => g.dataset.level).sort());
    assert.deepEqual(levels, ['alert', 'bankruptcy', 'liquidation', 'mark']);
    assert.match(await out(page, 'key-mark'), /mark\s+29,000\.00\s+USDT/);
    assert.match(await out(page, 'key-liquidation'), /liquidation · orders cancelled\s+28,711\.02/);
    assert.match(await out(page, 'key-alert'), /alert\s+26,655\.47/);
    assert.match(await out(page, 'key-bankruptcy'), /bankruptcy\s+29,862\.44/);
    // The alert price beside the liquidation and bankruptcy prices; the chance is off.
    assert.equal(await out(page, 'alertPrice'), '26,655.47');
    assert.match(await out(page, 'alertPriceNote'), /already below 300%/);
    assert.equal(await out(page, 'chance'), '—');
    assert.equal(await page.locator('#pathCard').isVisible(), false);
    // The mark sits between liquidation and bankruptcy, as the prices do.
    const xs = await page.locator('svg [data-level] .vline').evaluateAll((ls) =>
      Object.fromEntries(ls.map((l) => [l.parentElement.dataset.level, Number(l.getAttribute('x1'))])));
    assert.ok(xs.alert < xs.liquidation && xs.liquidation < xs.mark && xs.mark < xs.bankruptcy, JSON.stringify(xs));
  });
});

test('with the margin given the PnL is drawn too, on its own axis', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#margin', '95,300');
    assert.ok((await page.locator('[data-testid="pnlPath"]').getAttribute('d')).length > 100);
    assert.match(await out(page, 'key-pnl'), /floating PnL/);
    assert.match(await page.locator('svg[data-testid="chart"]').getAttribute('aria-label'), /and floating PnL/);
  });
});

test('typing the mark price moves the mark line and updates the numbers', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    const before = await markX(page);
    await page.fill('#markPrice', '19,500');
    assert.equal(await out(page, 'marginRatio'), '1325.07%');
    assert.match(await out(page, 'key-mark'), /19,500\.00/);
    assert.ok(await markX(page) < before - 50, 'the line moved left');
    assert.match(await page.locator('svg[data-testid="chart"]').getAttribute('aria-label'), /mark 19,500\.00/);
  });
});

test('dragging the mark line sets the mark price and re-evaluates', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    const before = await markX(page);
    const box = await page.locator('[data-testid="markHandle"]').boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x - 20 * i, y);
    await page.mouse.up();
    const mark = await page.inputValue('#markPrice');
    const price = Number(mark.replace(/,/g, ''));
    assert.ok(price > 20000 && price < 28000, `mark after the drag: ${mark}`);
    assert.notEqual(await out(page, 'marginRatio'), '74.16%');
    assert.ok(await markX(page) < before - 100, 'the line moved left');
    assert.match(await out(page, 'key-mark'), new RegExp(mark.replace(/[.,]/g, '\\$&')));
    assert.equal((await address(page)).searchParams.get('markPrice'), mark.replace(/,/g, ''));  // a plain number in the link
  });
});

test('the keyboard moves the mark: arrows by a step of 10, Page Up by 100', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    const before = await markX(page);
    await page.focus('svg[data-testid="chart"]');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.inputValue('#markPrice'), '28,990');
    assert.ok(await markX(page) < before, 'the line moved left');
    await page.keyboard.press('PageUp');
    assert.equal(await page.inputValue('#markPrice'), '29,090');
    assert.match(await out(page, 'key-mark'), /29,090\.00/);
    // Focus stays on the chart, so the keys keep working.
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.inputValue('#markPrice'), '29,100');
    assert.notEqual(await out(page, 'marginRatio'), '74.16%');
  });
});

test('the price path with the illustrative preset: alert at 26,700, orders cancelled and a 10 BTC partial at 28,800', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.selectOption('#mmrSource', 'preset');
    await page.selectOption('#tierPreset', 'seed-illustrative-btc');
    // At the 29,000 mark, the seed's 10 BTC step and what it leaves (domain.md §5).
    assert.match(await out(page, 'stateSteps'), /After it: assets 3,009,771\.00 USDT, liability 100\.5 BTC, net assets \(the margin left\) 95,271\.00 USDT, margin ratio 108\.59%/);
    await toggleSection(page, 'pathSection');
    assert.equal(await page.inputValue('#pathFrom'), '19,500');
    const events = page.locator('[data-testid="pathEvents"] li');
    assert.equal(await events.count(), 3);
    assert.match(await events.nth(0).innerText(), /^26,700\.00 USDT — alert: ratio below 300% \(295\.34%\)/);
    assert.match(await events.nth(1).innerText(), /^28,800\.00 USDT — orders cancelled: ratio at or below 100% \(91\.99%\)/);
    assert.match(await events.nth(2).innerText(), /^28,800\.00 USDT — partial liquidation: tier 2 → 1, bought back 10 BTC, fee 28\.80 USDT, ratio after 134\.71%/);
    assert.match(await out(page, 'pathEnd'), /still open at the end: assets 3,011,771\.20 USDT, liability 100\.5 BTC/);
    // The same events marked on the chart's price axis, in order, named on hover.
    const marks = page.locator('[data-testid="pathEvent"]');
    assert.equal(await marks.count(), 3);
    assert.equal(await marks.nth(0).locator('title').textContent(), '26,700.00 USDT: alert (margin ratio 295.34%)');
    assert.equal(await marks.nth(2).locator('title').textContent(), '28,800.00 USDT: partial liquidation (margin ratio 134.71%)');
    const xOf = (i) => marks.nth(i).getAttribute('d').then((d) => Number(d.slice(1).split(' ')[0]));
    assert.ok(await xOf(0) < await xOf(1), 'the alert is left of the partial');
    assert.match(await out(page, 'key-events'), /the path's 3 events/);
    // Two prices: the partial happens at 29,000 (74.16% → 108.59%).
    await page.selectOption('#pathBy', 'list');
    await page.fill('#pathPrices', '19,500\n29,000');
    assert.match(await events.last().innerText(), /^29,000\.00 USDT — partial liquidation: .*ratio after 108\.59%/);
    assert.equal((await address(page)).searchParams.get('path'), '1');
  });
});

test('the chance of liquidation with mmr 4%, mark 19,500, 60% volatility, 30 days: 2.01%', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#markPrice', '19,500');
    await toggleSection(page, 'probabilitySection');
    assert.equal(await page.inputValue('#volatility'), '60');
    assert.equal(await page.inputValue('#horizonDays'), '30');
    assert.equal(await out(page, 'chance'), '2.01%');
    assert.match(await out(page, 'chanceNote'), /touches 28,711\.02 within 30 days .*geometric Brownian motion.*estimate, not a forecast/);
    await page.fill('#drift', '-50');
    assert.notEqual(await out(page, 'chance'), '2.01%');
    await page.fill('#markPrice', '29,000');
    assert.equal(await out(page, 'chance'), '100.00%');
    assert.match(await out(page, 'chanceNote'), /already past/);
  });
});

test('bad scenario inputs show the core\'s message at their field', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await toggleSection(page, 'pathSection');
    await page.fill('#pathSteps', '0');
    const slot = page.locator('[data-error-for="pathSteps"]');
    await slot.waitFor({ state: 'visible' });
    assert.equal(await slot.innerText(), 'must be a whole number from 1 to 100000');
    assert.equal(await page.getAttribute('#pathSteps', 'aria-invalid'), 'true');
    assert.equal(await page.locator('svg [data-level]').count(), 0, 'no chart while in error');
    await page.fill('#pathSteps', '95');
    await toggleSection(page, 'probabilitySection');
    await page.fill('#volatility', '0');
    await page.locator('[data-error-for="volatility"]').waitFor({ state: 'visible' });
    await page.fill('#volatility', '60');
    await page.fill('#horizonDays', 'x');
    assert.equal(await page.locator('[data-error-for="horizonDays"]').innerText(), 'not a number');
    await page.fill('#horizonDays', '30');
    await page.selectOption('#pathBy', 'list');
    await page.fill('#pathPrices', '19,500 -3');
    await page.locator('[data-error-for="pathPrices"]').waitFor({ state: 'visible' });
    assert.match(await page.locator('[data-error-for="pathPrices"]').innerText(), /.+/);
  });
});

test('at 360 px the chart and the new sections fit without horizontal scroll', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.selectOption('#mmrSource', 'preset');
    await page.selectOption('#tierPreset', 'seed-illustrative-btc');
    await page.fill('#margin', '95,300');
    await toggleSection(page, 'pathSection');
    await toggleSection(page, 'probabilitySection');
    await page.locator('#pathCard').waitFor({ state: 'visible' });
    await assertFits(page, 360);
    const svg = await page.locator('svg[data-testid="chart"]').boundingBox();
    assert.ok(svg.x >= 0 && svg.x + svg.width <= 360, JSON.stringify(svg));
    assert.ok(svg.width > 280, 'the chart uses the width');
  }, { width: 360, height: 780 });
});
