// Sharing a result: copy link (with its confirmation) and Web Share, Back undoing a committed
// change while keystrokes replace, long states in the fragment, and the scenario exported as the
// documented JSON (valid under docs/scenario.schema.json) and imported back to identical numbers;
// a bad file named by its field, with nothing on the page changed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { address, afterUpdate, out, riskQuery, root, startHarness, withPage as withHarnessPage } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const withPage = (fn, options) => withHarnessPage(h, fn, options);
const schema = JSON.parse(readFileSync(`${root}docs/scenario.schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const status = (page, pattern) => page.waitForFunction((src) => new RegExp(src).test(document.getElementById('toolStatus').textContent), pattern.source);

test('copy link puts the result\'s link on the clipboard and says so; Share hands the same link to the system', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
    await page.fill('#markPrice', '19,500');
    await page.click('#copyLink');
    await status(page, /Link copied/);
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(copied.searchParams.get('markPrice'), '19500');
    assert.equal(copied.pathname, '/');
    // Web Share where the browser has it (a stand-in here, put in before the page ran).
    assert.equal(await page.locator('#share').isVisible(), true);
    await page.click('#share');
    await status(page, /Shared/);
    assert.equal(await page.evaluate(() => window.shared.url), copied.href);
  }, {
    init: [[() => {
      navigator.share = (data) => { window.shared = data; return Promise.resolve(); };
    }]],
  });
});

test('Back undoes a committed change; the keystrokes of one edit are one entry', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    const entries = await page.evaluate(() => history.length);
    await page.locator('#markPrice').fill('');
    await page.locator('#markPrice').pressSequentially('19500');
    // Once the typing pauses, the address holds the last keystroke, in the one entry the edit made.
    assert.equal((await address(page)).searchParams.get('markPrice'), '19500');
    assert.equal(await page.evaluate(() => history.length), entries + 1);
    await page.locator('#markPrice').blur();
    await page.selectOption('#mmrSource', 'preset');
    assert.equal(await page.inputValue('#mmrSource'), 'preset');
    await afterUpdate(page, () => page.goBack());
    assert.equal(await page.inputValue('#mmrSource'), 'fixed');
    assert.equal(await page.inputValue('#markPrice'), '19,500');
    assert.equal(await out(page, 'marginRatio'), '1325.07%');
    await afterUpdate(page, () => page.goBack());
    assert.equal(await page.inputValue('#markPrice'), '29,000');
    assert.equal(await out(page, 'marginRatio'), '74.16%');
    await afterUpdate(page, () => page.goForward());
    assert.equal(await page.inputValue('#markPrice'), '19,500');
  }, { query: riskQuery() });
});

test('a state too long for a URL goes in the fragment and opens from it', { timeout: 60000 }, async () => {
  const rows = Array.from({ length: 40 }, (_, i) => ({ tier: i + 1, minSz: i * 100, maxSz: (i + 1) * 100, mmr: 0.01 + i * 0.001, imr: 0.05 + i * 0.002, maxLever: 20 }));
  let link;
  let ratio;
  await withPage(async (page) => {
    await page.selectOption('#mmrSource', 'custom');
    await page.fill('#tierRows', JSON.stringify(rows));
    ratio = await out(page, 'marginRatio');
    link = (await address(page));
    assert.equal(link.search, '');
    assert.ok(link.hash.startsWith('#?') && link.hash.length > 1800, link.hash.slice(0, 40));
  });
  await withPage(async (page) => {
    assert.equal(await page.inputValue('#mmrSource'), 'custom');
    assert.equal(await out(page, 'marginRatio'), ratio);
  }, { url: link.href });
});

test('export → import gives identical numbers; the file is the documented scenario; a bad file changes nothing', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.click('#productContract');
    await page.fill('#cMarkPrice', '95,000');
    await page.selectOption('#cModel', 'binance');
    const before = { liq: await out(page, 'cLiquidationPrice'), ratio: await out(page, 'cMarginRatio'), pnl: await out(page, 'cPnl') };
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#exportScenario')]);
    assert.equal(download.suggestedFilename(), 'isomargin-scenario.json');
    const text = readFileSync(await download.path(), 'utf8');
    const scenario = JSON.parse(text);
    assert.ok(validate(scenario), JSON.stringify(validate.errors));
    assert.equal(scenario.markPrice, 95000);
    assert.equal(scenario.model, 'binance');

    // Elsewhere now: the spot product, another mark.
    await page.click('#productSpot');
    await page.fill('#markPrice', '20,000');
    // A bad file: named by its field; nothing on the page changes.
    await page.click('#importScenario');
    await page.setInputFiles('#importFile', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...scenario, side: 'sideways' })) });
    await page.waitForFunction(() => !document.getElementById('importError').hidden);
    assert.match(await page.locator('#importError').innerText(), /^bad\.json: side: /);
    assert.equal(await page.inputValue('#markPrice'), '20,000');
    assert.equal(await page.getAttribute('#productSpot', 'aria-selected'), 'true');
    // Not JSON at all, pasted.
    await page.fill('#importText', '{"side": ');
    await page.click('#importApply');
    assert.match(await page.locator('#importError').innerText(), /not valid JSON/);
    // The exported file: the same numbers as before.
    await afterUpdate(page, () => page.setInputFiles('#importFile', { name: 'isomargin-scenario.json', mimeType: 'application/json', buffer: Buffer.from(text) }));
    await status(page, /Imported isomargin-scenario\.json/);
    assert.equal(await page.getAttribute('#productContract', 'aria-selected'), 'true');
    assert.equal(await page.inputValue('#cMarkPrice'), '95,000');
    assert.deepEqual({ liq: await out(page, 'cLiquidationPrice'), ratio: await out(page, 'cMarginRatio'), pnl: await out(page, 'cPnl') }, before);
    assert.equal(await page.locator('#importPanel').isVisible(), false);
  }, { acceptDownloads: true });
});

test('print: one A4 page with the date, the link, the inputs as a table and the results', { timeout: 90000 }, async () => {
  for (const query of ['', '?product=contract', '?product=option']) {
    await withPage(async (page) => {
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.emulateMedia({ media: 'print' });
      const report = page.locator('#printReport');
      assert.equal(await report.isVisible(), true);
      assert.match(await report.innerText(), /printed .*\d{4}/);
      assert.match(await report.locator('.print-link').innerText(), /^http:\/\/127\.0\.0\.1:\d+\//);
      assert.ok(await report.locator('.print-inputs tr').count() > 8, 'the inputs as rows');
      assert.equal(await page.locator('#calc').isVisible(), false, 'no form in print');
      assert.equal(await page.locator('.summary:visible').count(), 1, 'the results');
      const pdf = await page.pdf({ format: 'A4' });
      assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, `${query || 'spot'}: one page`);
    }, { query });
  }
});

test('print: an explanation open on screen is in the report, its button is not', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await afterUpdate(page, () => page.click('#why-maintenanceMargin'));
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const panel = page.locator('#why-maintenanceMargin-panel');
    assert.equal(await panel.isVisible(), true);
    assert.match(await panel.innerText(), /= 110\.5 BTC × 29,000 USDT × 4% = 128,180\.00 USDT/);
    assert.equal(await page.locator('#why-maintenanceMargin').isVisible(), false);
    assert.equal(await page.locator('#why-liquidationFee-panel').isVisible(), false, 'a closed one stays out');
  }, { query: riskQuery() });
});
