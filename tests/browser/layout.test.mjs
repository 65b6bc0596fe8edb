// Layout: no horizontal scroll at 360 px (whatever is open), two columns on desktop, dark mode.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { brokenNumbers, openPage, out, overflow, riskQuery, startHarness, toggleSection } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

test('at 360 px wide there is no horizontal scroll, on first load and with every section open', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h, { width: 360, height: 780 });
  try {
    let o = await overflow(page);
    assert.ok(o.scrollWidth <= 360, `scrollWidth ${o.scrollWidth}: ${o.wide.join(', ')}`);
    assert.deepEqual(o.wide, []);

    // The order form with its comparison table, a close that opens a reverse position, the
    // pre-trade check, a custom tier table and an error message.
    await page.selectOption('#form', 'order');
    await page.selectOption('#side', 'long');
    await page.selectOption('#mode', 'new');
    await page.fill('#entryPrice', '100,000');
    await page.fill('#markPrice', '100,000');
    await page.fill('#lastPrice', '101,000');
    await toggleSection(page, 'closeSection');
    await page.selectOption('#closeType', 'order');
    await page.fill('#closeSize', '2');
    await toggleSection(page, 'preTradeSection');
    await page.selectOption('#accountMode', 'multi');
    await page.fill('#availableBalance', '1000');
    await page.fill('#adjustedEquity', '1000');
    assert.ok(await page.locator('#comparisonCard').isVisible());
    assert.ok(await page.locator('[data-testid="reverseMargin"]').isVisible());
    o = await overflow(page);
    assert.ok(o.scrollWidth <= 360, `scrollWidth ${o.scrollWidth}: ${o.wide.join(', ')}`);
    assert.deepEqual(o.wide, []);

    await page.selectOption('#mmrSource', 'custom');
    await page.fill('#tierRows', '[{"tier": 1, "minSz": 0, "maxSz": 1e6, "mmr": 0.03, "imr": 0.1, "maxLever": 10000000000000000000000000000}]');
    await page.selectOption('#interestBy', 'rate');
    await page.fill('#hours', 'x');
    assert.equal(await page.locator('[data-error-for="hours"]').innerText(), 'not a number');
    o = await overflow(page);
    assert.ok(o.scrollWidth <= 360, `scrollWidth ${o.scrollWidth}: ${o.wide.join(', ')}`);
    assert.deepEqual(await brokenNumbers(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('on a desktop the inputs and the results sit side by side', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h, { width: 1280, height: 900 });
  try {
    const inputs = await page.locator('#calc').boundingBox();
    const results = await page.locator('#results').boundingBox();
    assert.ok(results.x >= inputs.x + inputs.width, 'results to the right of the inputs');
    assert.ok(Math.abs(results.y - inputs.y) < 40, 'both columns start at the top');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 1280));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('dark mode: dark background, light text, same numbers', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h, { colorScheme: 'dark', query: riskQuery() });
  try {
    const [bg, fg] = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return [s.backgroundColor, s.color];
    });
    const lum = (c) => c.match(/\d+/g).slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    assert.ok(lum(bg) < 60, `background ${bg}`);
    assert.ok(lum(fg) > 180, `text ${fg}`);
    assert.equal(await out(page, 'marginRatio'), '74.16%');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
