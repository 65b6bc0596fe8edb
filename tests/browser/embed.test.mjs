// The embed page alone: compact (the answer in view in a 360×600 frame), configured by URL
// parameters — product, tab, model, values, fields, theme, accent, lang — and bad or unknown
// parameters ignored with a console warning, never an error page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, out, startHarness } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

/** The ids of the inputs a user can see. */
const visibleInputs = (page) => page.evaluate(() => [...document.querySelectorAll('#calc input, #calc select, #calc textarea')]
  .filter((e) => e.checkVisibility()).map((e) => e.id));

test('embed.html in a 360×600 frame: no site header or footer, the liquidation price in view', { timeout: 60000 }, async () => {
  const { page, context, problems, warnings } = await openPage(h, { query: 'embed.html?example=risk', width: 360, height: 600 });
  try {
    assert.equal(await page.locator('.site-header, .site-footer, h1').count(), 0);
    assert.equal(await out(page, 'liquidationPrice'), '28,711.02');
    assert.equal(await out(page, 'maintenanceMargin'), '128,180.00');
    const box = await page.locator('[data-testid="liquidationPrice"]').boundingBox();
    assert.ok(box.y + box.height <= 600, `liquidation price at ${box.y}–${box.y + box.height}`);
    assert.ok(await page.locator('#openFull').isVisible());
    assert.ok((await page.getAttribute('#openFull', 'href')).startsWith(`${h.base}index.html?`), 'the full calculator with the same inputs');
    assert.deepEqual(warnings, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('embed parameters: product, tab, model, values, fields, theme, accent, lang', { timeout: 60000 }, async () => {
  const q = new URLSearchParams({
    product: 'contract', tab: 'pnl', model: 'bybit', cEntryPrice: '20,000', cMarkPrice: '20,000', cLeverage: '50', cMmr: '0.5', cTakerFee: '0',
    cExitPrice: '21,000', fields: 'cMarkPrice,cLeverage', theme: 'dark', accent: '#f0b90b', lang: 'de-DE',
  });
  const { page, context, problems, warnings } = await openPage(h, { query: `embed.html?${q}`, width: 1280, colorScheme: 'light' });
  try {
    // domain.md §7: Bybit, 1 BTC at 20,000, 50x, mmr 0.5% → 19,700.
    assert.equal(await out(page, 'cLiquidationPrice'), '19.700,00');  // lang=de-DE: numbers in its format
    assert.equal(await page.inputValue('#cModel'), 'bybit');
    assert.equal(await page.getAttribute('#cTab-pnl', 'aria-selected'), 'true');
    assert.equal(await out(page, 'cExitPnl'), '+1.000,00', 'the PnL tab computes with the fixed exit price');
    assert.deepEqual((await visibleInputs(page)).sort(), ['cLeverage', 'cMarkPrice']);
    const [bg, accent, lang] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor,
      getComputedStyle(document.querySelector('[data-testid="cLiquidationPrice"]')).color, document.documentElement.lang]);
    assert.ok(Number(bg.match(/\d+/)[0]) < 60, `dark in a light browser: ${bg}`);
    assert.equal(accent, 'rgb(240, 185, 11)');
    assert.equal(lang, 'de-DE');
    // A visible input still computes; the link keeps every value, fixed ones too.
    await page.fill('#cMarkPrice', '19.800');  // de-DE: the point groups thousands
    assert.match(await out(page, 'cMarginRatio'), /%$/);
    const link = new URL(await page.getAttribute('#openFull', 'href'));
    assert.equal(link.searchParams.get('product'), 'contract');
    assert.equal(link.searchParams.get('cModel'), 'bybit');
    assert.equal(link.searchParams.get('cMarkPrice'), '19800');  // a plain number in the link
    assert.equal(link.searchParams.get('fields'), null, 'embed settings stay out of the link');
    assert.deepEqual(warnings, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('bad and unknown embed parameters are ignored with a warning each; the calculator still works', { timeout: 60000 }, async () => {
  const q = 'example=risk&product=nope&theme=blue&accent=notacolor&lang=%40%40&foo=1&parentOrigin=javascript%3Ax&tab=pnl&side=sideways&fields=markPrice,nothing';
  const { page, context, problems, warnings } = await openPage(h, { query: `embed.html?${q}` });
  try {
    assert.equal(await out(page, 'maintenanceMargin'), '128,180.00');
    const said = (re) => assert.ok(warnings.some((w) => re.test(w)), `a warning matching ${re}: ${JSON.stringify(warnings)}`);
    said(/product "nope" is not one of spot, contract, option/);
    said(/theme "blue"/);
    said(/accent "notacolor" is not a CSS colour/);
    said(/lang "@@" is not a language tag/);
    said(/parentOrigin "javascript:x" is not an origin/);
    said(/"foo" is not an input of spot/);
    said(/"tab" \(cTab\) is not an input of spot/);
    said(/"sideways" is not a choice of "side"/);
    said(/fields: "nothing" is not an input of spot/);
    assert.equal(warnings.length, 9, JSON.stringify(warnings));
    assert.deepEqual(await visibleInputs(page), ['markPrice']);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('an error at a fixed input is said above the results, naming the input', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h, { query: 'embed.html?fields=markPrice&mmr=abc' });
  try {
    assert.ok(await page.locator('#errorSummary').isVisible());
    assert.match(await page.locator('#errorSummary').innerText(), /^Fixed mmr: not a number/);
    assert.equal(await out(page, 'maintenanceMargin'), '—');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
