// Accessibility: axe-core (a devDependency, run in the page over CDP, so the page's CSP stays as it
// is) finds no violation in any view — each product, each calculator tab, sections open and closed,
// an error state, the import and paste panels — in light and dark, on a desktop and on a phone; the
// embed too. And the skip link to the results, and the polite live region announcing the state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, out, riskQuery, root, startHarness, toggleSection } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const AXE = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');

/** axe's violations on the page now, one line each: rule, impact, the first nodes. */
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).join(' | ')}`);
  });
  return found;
}

/** The views: each a name and the steps that reach it from the page's first load. */
const VIEWS = [
  ['spot, first load', '', async () => {}],
  ['spot, every section open', '', async (p) => {
    await p.selectOption('#form', 'order');
    for (const s of ['closeSection', 'preTradeSection', 'pathSection', 'probabilitySection']) await toggleSection(p, s);
  }],
  ['spot, an input in error', '', async (p) => { await p.fill('#markPrice', 'abc'); }],
  ['spot, an ambiguous number', '', async (p) => { await p.fill('#markPrice', '29.000'); }],
  ...['pnl', 'target', 'liquidation', 'maxopen', 'entry', 'order'].map((tab) => [`contract, ${tab} tab`, '?product=contract', async (p) => {
    await p.click(`#cTab-${tab}`);  // a tab evaluates on its click
  }]),
  ['contract, path open, hedge, brackets', '?product=contract', async (p) => {
    await p.selectOption('#cPositionMode', 'hedge');
    await p.selectOption('#cMmrSource', 'brackets');
    await toggleSection(p, 'cPathSection');
  }],
  ['contract, an input in error', '?product=contract', async (p) => { await p.fill('#cLeverage', '0'); }],
  ['option, path open', '?product=option', async (p) => { await toggleSection(p, 'oPathSection'); }],
  ['option, an input in error', '?product=option', async (p) => { await p.fill('#oContracts', '-1'); }],
  ['tools: import open with an error', '', async (p) => {
    await p.click('#importScenario');
    await p.fill('#importText', '{');
    await p.click('#importApply');
  }],
  ['tools: a pasted position and its account', '', async (p) => {
    await p.click('#pasteOpen');
    await p.fill('#pasteText', readFileSync(`${root}examples/paste/okx-swap-long.json`, 'utf8'));
    await p.click('#pasteApply');
    await p.waitForSelector('#pasteAccount:not([hidden])');
  }],
  ['tools: a paste the core refuses', '', async (p) => {
    await p.click('#pasteOpen');
    await p.fill('#pasteText', '{"instId": "BTC-USDT-SWAP"');
    await p.click('#pasteApply');
  }],
];
const SCREENS = [['desktop light', { width: 1280, height: 900 }], ['desktop dark', { width: 1280, height: 900, colorScheme: 'dark' }],
  ['phone', { width: 360, height: 740, hasTouch: true, isMobile: true }], ['phone dark', { width: 360, height: 740, colorScheme: 'dark', hasTouch: true, isMobile: true }]];

for (const [screen, options] of SCREENS) {
  test(`axe-core: no violation in any view, ${screen}`, { timeout: 180000 }, async () => {
    const found = [];
    for (const [name, query, reach] of VIEWS) {
      const { page, context, problems } = await openPage(h, { query, ...options });
      try {
        await reach(page);
        for (const v of await violations(page)) found.push(`${name}: ${v}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
    assert.deepEqual(found, []);
  });
}

test('axe-core: the embed, each product, light and dark, in a phone-sized frame and a desktop one', { timeout: 120000 }, async () => {
  const found = [];
  for (const product of ['spot', 'contract', 'option']) {
    for (const [theme, width] of [['light', 360], ['dark', 360], ['light', 1100]]) {
      const { page, context, problems } = await openPage(h, { url: `${h.base}embed.html?product=${product}&theme=${theme}`, width, height: 600 });
      try {
        for (const v of await violations(page)) found.push(`${product} ${theme} ${width}: ${v}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
  }
  assert.deepEqual(found, []);
});

test('a skip link leads to the results; the state is announced politely', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h, { query: riskQuery(), width: 360, height: 740 });
  try {
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    assert.equal(await skip.evaluate((e) => e === document.activeElement), true, 'the first Tab reaches the skip link');
    assert.match(await skip.innerText(), /Skip to the results/);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.closest('.summary') !== null), true, 'focus on the summary');
    const live = page.locator('[data-testid="stateSummary"]');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    await page.fill('#markPrice', '19,500');
    assert.match(await out(page, 'stateSummary'), /No action/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
