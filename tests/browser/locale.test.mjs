// Numbers in the user's locale: read in its format (a text only the other convention reads is
// shown back, an ambiguous one is asked about at its field), shown in its format, links and
// exports locale-neutral, the number format menu and the `locale` parameter, and the core's
// messages at percent fields in percent.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { address, afterUpdate, out, riskQuery, startHarness, withPage as withHarnessPage } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const withPage = (fn, options) => withHarnessPage(h, fn, options);
const contract = '?product=contract';
/** A number the page shows, as a JS number: the locale's group marks dropped, its decimal mark a point. */
const numberIn = (text, decimal) => Number(text.replace(decimal === ',' ? /[.\s\u202f]/g : /[,\s]/g, '').replace(',', '.'));
const slot = async (page, kind, id) => {
  const s = page.locator(`[data-${kind}-for="${id}"]`);
  await s.waitFor({ state: 'visible' });
  return s.innerText();
};

test('de-DE: 100.000,5 is entry 100,000.5, shown 100.000,50, with the liquidation price of 100000.5 under en-US', { timeout: 60000 }, async () => {
  let de;
  await withPage(async (page) => {
    await page.fill('#cEntryPrice', '100.000,5');
    assert.equal(await out(page, 'cEntry'), '100.000,50');
    de = await out(page, 'cLiquidationPrice');
    assert.match(de, /^\d{2}\.\d{3},\d{2}$/);
    assert.match(await out(page, 'cMarginRatio'), /^\d+,\d{2}\s%$/);
    // A link holds plain numbers.
    assert.equal((await address(page)).searchParams.get('cEntryPrice'), '100000.5');
    // 100000,5 (no grouping) is the same number.
    await page.fill('#cEntryPrice', '100000,5');
    assert.equal(await out(page, 'cLiquidationPrice'), de);
  }, { query: contract, locale: 'de-DE' });
  await withPage(async (page) => {
    await page.fill('#cEntryPrice', '100000.5');
    const en = await out(page, 'cLiquidationPrice');
    assert.equal(await out(page, 'cEntry'), '100,000.50');
    assert.equal(numberIn(en, '.'), numberIn(de, ','), `${en} (en-US) vs ${de} (de-DE)`);
  }, { query: contract });
});

test('de-DE: an explanation’s substituted line prints its numbers in the reader’s format, the same numbers as en-US', { timeout: 60000 }, async () => {
  const line = async (page) => {
    await afterUpdate(page, () => page.click('#why-liquidationFee'));
    return page.locator('#why-liquidationFee-panel .why-line').innerText();
  };
  let de;
  await withPage(async (page) => {
    de = await line(page);
    assert.match(de, /^= 0,01% × \(3\.204\.500 USDT \+ 128\.180 USDT\) = 333,27 USDT$/);
  }, { query: '?example=risk', locale: 'de-DE' });
  await withPage(async (page) => {
    const en = await line(page);
    assert.equal(en, '= 0.01% × (3,204,500 USDT + 128,180 USDT) = 333.27 USDT');
  }, { query: '?example=risk' });
});

test('de-DE: a point-decimal text is taken and shown back; an ambiguous one is asked about, then settled by a button', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#cEntryPrice', '100000.5');
    assert.equal(await slot(page, 'readback', 'cEntryPrice'), 'read as 100.000,5');
    assert.equal(await out(page, 'cEntry'), '100.000,50');
    // "100,000": a decimal comma (100) or a thousands separator (100.000)? Never read one way silently.
    await page.fill('#cEntryPrice', '100,000');
    assert.match(await slot(page, 'error', 'cEntryPrice'), /is the comma a decimal mark or a thousands separator/);
    assert.equal(await page.getAttribute('#cEntryPrice', 'aria-invalid'), 'true');
    assert.equal(await out(page, 'cLiquidationPrice'), '—');
    await afterUpdate(page, () => page.click('[data-error-for="cEntryPrice"] [data-choose="whole"]'));
    assert.equal(await page.inputValue('#cEntryPrice'), '100.000');
    assert.equal(await out(page, 'cEntry'), '100.000,00');
    // The other reading: the text stays, read as the decimal the user chose.
    await page.fill('#cLeverage', '1,125');
    assert.match(await slot(page, 'error', 'cLeverage'), /decimal mark or a thousands separator/);
    await afterUpdate(page, () => page.click('[data-error-for="cLeverage"] [data-choose="decimal"]'));
    assert.equal(await page.inputValue('#cLeverage'), '1,125');
    assert.equal(await out(page, 'cLeverageOut'), '1,13×');
    assert.equal(await page.locator('[data-error-for="cLeverage"]').isVisible(), false);
  }, { query: contract, locale: 'de-DE' });
});

test('the number format menu rewrites the inputs and the results; the locale parameter wins; a link opens in the reader\'s format', { timeout: 60000 }, async () => {
  let link;
  await withPage(async (page) => {
    assert.equal(await page.inputValue('#locale'), 'en-US');
    assert.equal(await page.inputValue('#assets'), '3,299,800');
    await afterUpdate(page, () => page.selectOption('#locale', 'de-DE'));
    assert.equal(await page.inputValue('#assets'), '3.299.800');
    assert.equal(await out(page, 'maintenanceMargin'), '128.180,00');
    assert.equal(await out(page, 'marginRatio'), '74,16\u00a0%');
    await page.fill('#markPrice', '19.500');
    assert.equal(await out(page, 'marginRatio'), '1325,07\u00a0%');
    link = (await address(page));
    assert.equal(link.searchParams.get('markPrice'), '19500');
    assert.equal(link.searchParams.get('locale'), null, 'the menu choice is remembered, not put in links');
  }, { query: riskQuery() });
  await withPage(async (page) => {
    assert.equal(await page.inputValue('#markPrice'), '19,500');
    assert.equal(await out(page, 'marginRatio'), '1325.07%');
  }, { query: link.search });
  await withPage(async (page) => {
    assert.equal(await page.inputValue('#locale'), 'fr-FR');
    assert.equal((await page.inputValue('#markPrice')).replace(/\s/g, ' '), '19 500');
    assert.equal(await out(page, 'marginRatio'), '1325,07\u00a0%');
    assert.equal((await address(page)).searchParams.get('locale'), 'fr-FR', 'a linked locale stays in the address');
  }, { query: `${link.search}&locale=fr-FR` });
});

test('messages at percent fields speak in percent', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#takerFee', '50');
    assert.equal(await slot(page, 'error', 'takerFee'), 'must be at most 10%');
    await page.fill('#takerFee', '0.01');
    await page.fill('#mmr', '0');
    const m = await slot(page, 'error', 'mmr');
    assert.doesNotMatch(m, /0\.04 means/);
    assert.match(m, /0%.*100%/);
  });
});
