// Explanations on the page: every result tile and table row has a "why?" (a button with
// aria-expanded, keyboard operable) that shows the core's formula and the same with the user's
// numbers; "explain every number" opens them all; the core is asked for explanations only while
// one is open; axe-core finds no violation in the opened explanations; each input has help.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterUpdate, openPage, root, startHarness, withPage } from './harness.mjs';
import { serveHost } from './hosts.mjs';

let h;
let host;
before(async () => {
  h = await startHarness();
  const origins = () => ({ calc: h.base.replace(/\/$/, ''), host: host.origin, third: host.origin });
  host = await serveHost((page, o) => `default-src 'self'; script-src 'self' ${o.calc} 'wasm-unsafe-eval'; connect-src 'self' ${o.calc}; style-src 'self'`, origins);
}, { timeout: 60000 });
after(async () => {
  await new Promise((resolve) => host?.server.close(resolve));
  await h?.stop();
});

const AXE = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

/** axe's violations inside `selectors` (injected over CDP: the page's CSP stays as it is). */
async function violations(page, selectors) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  return page.evaluate(async (include) => {
    const r = await window.axe.run({ include: include.map((s) => [s]) }, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, selectors);
}

const panelText = (page, key) => page.locator(`#why-${key}-panel`).innerText();

test('the risk example: the maintenance margin\'s why? shows 110.5 BTC × 29,000 USDT × 4% = 128,180.00 USDT', { timeout: 60000 }, async () => {
  await withPage(h, async (page) => {
    const button = page.locator('#why-maintenanceMargin');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#why-maintenanceMargin-panel').isHidden(), true);
    assert.equal(await page.locator('.why-entry').count(), 0, 'nothing explained before a why? is opened');
    await afterUpdate(page, () => button.click());
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const text = await panelText(page, 'maintenanceMargin');
    assert.match(text, /MM = L × P × mmr/);
    assert.match(text, /= 110\.5 BTC × 29,000 USDT × 4% = 128,180\.00 USDT/);
    assert.match(text, /L = principal \+ interest/);
    assert.equal(await page.locator('#why-maintenanceMargin-panel .why-source a').getAttribute('href'), 'https://www.okx.com/help-center/6997123251341');
    // The explanations came with the core's full module, fetched for this first "why?" and only once.
    const full = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /isomargin-full\.wasm$/.test(n)).length);
    assert.equal(await full(), 1);
    // The keyboard: Enter opens the fee's, Space closes it again.
    await page.focus('#why-liquidationFee');
    await afterUpdate(page, () => page.keyboard.press('Enter'));
    assert.equal(await page.getAttribute('#why-liquidationFee', 'aria-expanded'), 'true');
    assert.match(await panelText(page, 'liquidationFee'), /0\.01% × \(3,204,500 USDT \+ 128,180 USDT\) = 333\.27 USDT/);
    await afterUpdate(page, () => page.keyboard.press('Space'));
    assert.equal(await page.getAttribute('#why-liquidationFee', 'aria-expanded'), 'false');
    assert.equal(await page.locator('#why-liquidationFee-panel').isHidden(), true);
    // An open explanation follows the numbers: a new mark, a new substituted line.
    await page.fill('#markPrice', '19,500');
    assert.match(await panelText(page, 'maintenanceMargin'), /= 110\.5 BTC × 19,500 USDT × 4% = 86,190\.00 USDT/);
    await page.click('#why-marginRatio');
    assert.match(await panelText(page, 'marginRatio'), /= 1325\.07%/);
    assert.equal(await full(), 1, 'the full module is fetched once');
  }, { query: '?example=risk' });
});

/** Results that carry no "why?": they repeat an input or are not a number the core explains. */
const UNEXPLAINED = {
  spot: ['Size filled', 'Shortfall the margin could not cover', 'Entry price', 'Margin drawn from the account'],
  contract: ['Convention', 'Filled', 'Not executed', 'Contracts', 'Entry price'],
  option: [],
};

/** Every visible result (tile, key-value row, table row, step, event) without a why?, by its label. */
const unexplained = (page, box) => page.evaluate((id) => {
  const results = document.getElementById(id);
  const shown = (e) => e.checkVisibility();
  const label = (e) => (e.querySelector('.kpi-label, th, td') ?? e).firstChild?.textContent?.trim() ?? '';
  // The core explains a path's events, not each of its points (the options' table of marks).
  const items = [...results.querySelectorAll('.kpi, table.kv tbody tr, .grid-table tbody tr:not(.why-row), ol.steps li')]
    .filter((e) => shown(e) && !e.closest('#mcCard, [data-testid="oPathPoints"]') && !e.classList.contains('ok'));
  // The last line of a state says how it ends (no number of its own).
  return items.filter((e) => !e.querySelector('button.why') && !/^(Ends as|Still at|No partial|fixed mmr|At or below 100%|Margin ratio .* (at or above|below) the alert)/.test(e.textContent.trim()))
    .map(label);
}, box);

const RICH = {
  spot: '?example=over-close&path=1&probability=1',
  contract: '?example=compare&cPositionMode=hedge&cOppContracts=50&cOppEntry=100000&cOppLeverage=10&cTab=order&cOrderContracts=10&cOrderSide=sell&cPath=1',
  option: '?example=option-partial&oPath=1',
};

for (const [product, query] of Object.entries(RICH)) {
  test(`${product}: every result has a why?, explain every number opens them all with the core's formulas, and axe finds nothing in them`, { timeout: 90000 }, async () => {
    await withPage(h, async (page) => {
      const box = `${product}Results`;
      assert.deepEqual((await unexplained(page, box)).filter((l) => !UNEXPLAINED[product].includes(l)), []);
      await afterUpdate(page, () => page.check('#explainAll'));
      const state = await page.evaluate((id) => {
        const buttons = [...document.querySelectorAll(`#${id} button.why`)].filter((b) => b.checkVisibility());
        return {
          buttons: buttons.length,
          closed: buttons.filter((b) => b.getAttribute('aria-expanded') !== 'true').map((b) => b.id),
          entries: document.querySelectorAll(`#${id} .why-panel:not([hidden]) .why-entry`).length,
          // A panel whose result shows a number must explain it.
          empty: buttons.filter((b) => {
            const panel = document.getElementById(b.getAttribute('aria-controls'));
            const host = b.closest('.kpi, tr, li');
            const value = host?.querySelector('[data-testid]')?.textContent ?? host?.textContent ?? '';
            // A zero maintenance amount is no number the core explains.
            return /[1-9]/.test(value) && !/—/.test(value) && panel.querySelector('.why-entry') === null;
          }).map((b) => b.id),
        };
      }, box);
      assert.ok(state.buttons >= 10, `${state.buttons} why? buttons`);
      assert.deepEqual(state.closed, []);
      assert.deepEqual(state.empty, []);
      assert.ok(state.entries >= state.buttons, `${state.entries} explanations for ${state.buttons} results`);
      // Every formula shown is the core's: a symbol line and a substituted line under it.
      const lines = await page.locator(`#${box} .why-panel:not([hidden]) .why-line`).count();
      assert.equal(lines, state.entries);
      assert.deepEqual(await violations(page, [`#${box} .why-panel:not([hidden])`, `#${box} button.why`, '.helpbar']), []);
      // Off again: the panels close and the next evaluation asks for no explanation.
      await afterUpdate(page, () => page.uncheck('#explainAll'));
      assert.equal(await page.locator(`#${box} .why-panel:not([hidden])`).count(), 0);
    }, { query, height: 1400 });
  });
}

test('help for the inputs: a ? beside the label opens plain words and the exchange\'s help page; the glossary lists every term', { timeout: 60000 }, async () => {
  await withPage(h, async (page) => {
    const button = page.locator('#mmr ~ button.help, label[for="mmr"] + button.help').first();
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.match(await page.locator('#help-mmr').innerText(), /share of the position’s value that must stay covered/);
    assert.match(await page.locator('#help-mmr a').getAttribute('href'), /^https:\/\/www\.okx\.com\//);
    // The input keeps its label as its name.
    assert.equal(await page.evaluate(() => document.getElementById('mmr').labels[0].textContent.trim()), 'Fixed mmr %');
    await page.click('#spotGlossary summary');
    const terms = await page.locator('#spotGlossary dt').allInnerTexts();
    for (const t of ['Bankruptcy price', 'Old and new mode', 'Tier', 'Contract value (ctVal) and multiplier', 'Convention']) assert.ok(terms.includes(t), t);
    assert.match(await page.locator('#spotGlossary').innerText(), /MM valued at/);
    assert.deepEqual(await violations(page, ['#spotGlossary', '#help-mmr', 'button.help']), []);
  });
});

test('the element asks the core for explanations only while a why? is open', { timeout: 60000 }, async () => {
  const ready = (p) => p.waitForFunction(() => document.getElementById('spot')?.report?.risk);
  const { page, context, problems } = await openPage(h, { url: `${host.origin}/element.html`, ready });
  try {
    const report = () => page.evaluate(() => document.getElementById('spot').report);
    assert.equal((await report()).explanations, undefined);
    const updates = () => page.evaluate(() => Number(document.getElementById('spot').dataset.updates));
    const n = await updates();
    await page.locator('#spot').locator('#why-marginRatio').click();
    await page.waitForFunction((k) => Number(document.getElementById('spot').dataset.updates) > k, n);
    const r = await report();
    assert.ok(r.explanations.some((e) => e.quantity === 'risk.marginRatio'));
    assert.match(await page.locator('#spot').locator('#why-marginRatio-panel').innerText(), /= 95,300 USDT ÷ \(128,180 USDT \+ 333\.268 USDT\) = 74\.16%/);
    await page.locator('#spot').locator('#why-marginRatio').click();
    await page.waitForFunction((k) => Number(document.getElementById('spot').dataset.updates) > k + 1, n);
    assert.equal((await report()).explanations, undefined);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
