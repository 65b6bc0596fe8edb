// Pasting a position from an exchange's API (examples/paste/): the core maps it, the page lists
// what was taken, assumed, ignored and checked, then shows the scenario in the inputs and evaluates
// them — the liquidation price the inputs give is the one the paste's own report checked against
// the exchange's. A paste the core refuses is named by its field, and nothing on the page changes.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { address, afterUpdate, out, root, startHarness, withPage as withHarnessPage } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const withPage = (fn, options) => withHarnessPage(h, fn, options);
const example = (name) => readFileSync(`${root}examples/paste/${name}`, 'utf8');

/** Pastes `text` (and the options' JSON) and waits for the evaluation it causes. */
async function paste(page, text, options = '') {
  if (!(await page.locator('#pastePanel').isVisible())) await page.click('#pasteOpen');
  await page.fill('#pasteText', text);
  await page.fill('#pasteOptions', options);
  await afterUpdate(page, () => page.click('#pasteApply'));
}

/** The account's rows by status: [field, to] pairs. */
const rows = (page, status) => page.$$eval(`#pasteAccount [data-status="${status}"] li`,
  (lis) => lis.map((li) => [li.dataset.field, li.dataset.to]));

/** The paste's check of `field`: the isomargin figure as the page shows it. */
async function checked(page, field) {
  const text = await page.locator(`#pasteAccount [data-status="checked"] li[data-field="${field}"]`).innerText();
  const m = /isomargin ([\d.,\u00a0\u202f]+)/.exec(text);
  assert.ok(m, `a check of ${field}: ${text}`);
  return m[1];
}

const has = (list, pair) => assert.ok(list.some(([f, t]) => f === pair[0] && (pair[1] === undefined || t === pair[1])), `${pair.join(' → ')} in ${JSON.stringify(list)}`);

const CASES = [
  {
    name: 'OKX swap (GET /api/v5/account/positions)', file: 'okx-swap-long.json', product: 'Contract', mark: ['#cMarkPrice', '64,500'],
    liq: 'cLiquidationPrice', liqField: 'data[0].liqPx',
    taken: [['data[0].avgPx', 'position.entryPrice'], ['data[0].margin', 'position.margin'], ['data[0].mmr', 'position.maintenanceMargin']],
    assumed: [['', 'takerFee'], ['', 'contract.multiplier']], ignored: [['data[0].availPos']],
  },
  {
    name: 'OKX spot margin (the bare entry)', file: 'okx-margin-short.json', product: 'Spot', mark: ['#markPrice', '2,950'],
    liq: 'liquidationPrice', liqField: 'liqPx',
    taken: [['pos', 'position.assets'], ['liab', 'position.liability'], ['interest', 'position.interest'], ['mmr', 'mmr']],
    assumed: [['', 'mode'], ['', 'takerFee']], ignored: [['availPos']],
  },
  {
    name: 'Binance (GET /fapi/v2/positionRisk) with its brackets', file: 'binance-v2-short.json', options: 'binance-v2-short.options.json',
    product: 'Contract', mark: ['#cMarkPrice', '3,050'], liq: 'cLiquidationPrice', liqField: '[0].liquidationPrice',
    taken: [['[0].positionAmt', 'position.contracts'], ['[0].isolatedWallet', 'position.margin'], ['options.tiers', 'tiers']],
    assumed: [['', 'model']], ignored: [['[0].breakEvenPrice']],
  },
  {
    name: 'Bybit (GET /v5/position/list)', file: 'bybit-linear-long.json', product: 'Contract', mark: ['#cMarkPrice', '64,120.5'],
    liq: 'cLiquidationPrice', liqField: 'result.list[0].liqPrice',
    taken: [['result.list[0].size', 'position.contracts'], ['result.list[0].positionIM', 'position.margin']],
    assumed: [['', 'contract.type'], ['', 'model']], ignored: [['result.list[0].cumRealisedPnl']],
  },
];

for (const c of CASES) {
  test(`paste: ${c.name} evaluates and lists what was mapped`, { timeout: 60000 }, async () => {
    await withPage(async (page) => {
      await paste(page, example(c.file), c.options ? example(c.options) : '');
      assert.equal(await page.locator('#pasteError').isVisible(), false);
      assert.equal(await page.getAttribute(`#product${c.product}`, 'aria-selected'), 'true');
      assert.equal(await page.inputValue(c.mark[0]), c.mark[1]);
      for (const [status, list] of [['taken', c.taken], ['assumed', c.assumed], ['ignored', c.ignored]]) {
        const shown = await rows(page, status);
        for (const pair of list) has(shown, pair);
      }
      if (c.options) {
        // Binance's brackets came from the options: the inputs hold them.
        assert.equal(await page.inputValue('#cMmrSource'), 'brackets');
      }
      // The inputs give the liquidation price the paste's own report gave (both the core's, shown alike).
      assert.ok((await out(page, c.liq)).startsWith(await checked(page, c.liqField)), `${await out(page, c.liq)} vs the check`);
      assert.match(await page.locator('#toolStatus').innerText(), /Pasted .* position .* and evaluated it/);
      // No file of this project is named on screen.
      assert.doesNotMatch(await page.locator('#pasteAccount').innerText(), /\.md\b|domain\.md/);
    });
  });
}

test('paste: numbers in the inputs and the account follow the locale (de-DE)', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await paste(page, example('okx-swap-long.json'));
    assert.equal(await page.inputValue('#cMarkPrice'), '64.500');
    assert.match(await page.locator('#pasteAccount li[data-field="data[0].markPx"]').innerText(), /"64500" → markPrice = 64\.500/);
  }, { query: '?locale=de-DE' });
});

test('paste: a response of several positions takes the first isolated one and offers the others', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    const swap = JSON.parse(example('okx-swap-long.json'));
    const cross = { ...swap.data[0], instId: 'ETH-USDT-SWAP', mgnMode: 'cross' };
    await paste(page, JSON.stringify({ ...swap, data: [cross, swap.data[0]] }));
    assert.equal(await page.inputValue('#cMarkPrice'), '64,500');
    assert.ok(await page.locator('#pasteAccount li[data-field="data[1].avgPx"]').count() === 1, 'the account is of data[1]');
    const options = await page.$$eval('#pastePosition option', (os) => os.map((o) => [o.value, o.disabled, o.selected]));
    assert.deepEqual(options, [['0', true, false], ['1', false, true]]);
    assert.match(await page.locator('#pastePosition option[value="0"]').innerText(), /ETH-USDT-SWAP .* cross/);
  });
});

test('paste: a paste the core refuses is named by its field and changes nothing', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await page.fill('#markPrice', '95,000');
    // Left (a committed change), so that nothing after this is the edit's own update.
    await afterUpdate(page, () => page.locator('#markPrice').blur());
    assert.equal((await address(page)).searchParams.get('markPrice'), '95000');
    const before = { url: (await address(page)).href, liq: await out(page, 'liquidationPrice'), updates: await page.evaluate(() => document.documentElement.dataset.updates) };
    const bad = [
      ['{"code":"0","data":[{"instId"', /^The paste is not valid JSON/],
      ['{"foo": 1}', /^The paste is not a position entry of OKX .*Binance .*Bybit/],
      [example('okx-swap-long.json').replace('"isolated"', '"cross"'), /^data\[0\]\.mgnMode: /],
      [example('binance-v2-short.json'), /^options\.tiers: is required/],
    ];
    await page.click('#pasteOpen');
    for (const [text, message] of bad) {
      await page.fill('#pasteText', text);
      await page.fill('#pasteOptions', '');
      await page.click('#pasteApply');
      await page.waitForFunction(() => !document.getElementById('pasteError').hidden);
      assert.match(await page.locator('#pasteError').innerText(), message);
    }
    // Options that are not JSON: named as the options.
    await page.fill('#pasteText', example('okx-swap-long.json'));
    await page.fill('#pasteOptions', '{"takerFee": ');
    await page.click('#pasteApply');
    assert.match(await page.locator('#pasteError').innerText(), /^options: not valid JSON/);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.updates), before.updates);
    assert.equal((await address(page)).href, before.url);
    assert.equal(await page.getAttribute('#productSpot', 'aria-selected'), 'true');
    assert.equal(await page.inputValue('#markPrice'), '95,000');
    assert.equal(await out(page, 'liquidationPrice'), before.liq);
    assert.equal(await page.locator('#pasteAccount').isVisible(), false);
  });
});

test('paste in the embed: the position evaluates there too', { timeout: 60000 }, async () => {
  await withPage(async (page) => {
    await paste(page, example('bybit-linear-long.json'));
    assert.equal(await page.inputValue('#cMarkPrice'), '64,120.5');
    assert.ok((await out(page, 'cLiquidationPrice')).startsWith(await checked(page, 'result.list[0].liqPrice')));
  }, { url: `${h.base}embed.html?product=contract` });
});
