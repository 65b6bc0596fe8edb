// The live guide (guide.html): the six opening rows, the over-close, the workflow along a path and
// the risk example, every number from the core; one input edited in each block recomputes that
// block (its data-updates hook) and no other; each block alone in embed.html?block= and in the
// element's block attribute; axe-core finds nothing in it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { brokenNumbers, openPage, root, startHarness } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const AXE = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');
const ready = (p) => p.waitForFunction(() => document.querySelectorAll('[data-block][data-updates]').length === 4);

/** The cells of a table, a row per array, without the "why?" controls. */
const cells = (page, sel) => page.locator(`${sel} tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) =>
  [...c.childNodes].filter((n) => !(n instanceof Element && (n.matches('button.why') || n.matches('.why-panel')))).map((n) => n.textContent).join('').trim())));

/** Types into a block's input and waits for that block's next evaluation. */
async function edit(page, block, key, text) {
  const box = page.locator(`[data-block="${block}"]`);
  const before = Number(await box.getAttribute('data-updates'));
  await page.fill(`#g-${block}-${key}`, text);
  await page.waitForFunction(([b, n]) => Number(document.querySelector(`[data-block="${b}"]`).dataset.updates) > n, [block, before]);
}

const updates = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-block]')].map((b) => [b.dataset.block, b.dataset.updates])));

test('guide.html: the six opening rows, the over-close, the workflow and the risk example, from the core', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h, { query: 'guide.html', ready });
  try {
    assert.deepEqual(await cells(page, '[data-testid="opening-long"]'), [
      ['Base coin (BTC) as margin, old mode', '1.1 BTC', '100,000.00 USDT', '0.1 BTC'],
      ['Base coin (BTC) as margin, new mode', '1 BTC', '100,000.00 USDT', '0.1 BTC'],
      ['Quote coin (USDT) as margin, new mode', '1 BTC', '100,000.00 USDT', '10,000.00 USDT'],
    ]);
    assert.deepEqual(await cells(page, '[data-testid="opening-short"]'), [
      ['Quote coin (USDT) as margin, old mode', '110,000.00 USDT', '1 BTC', '10,000.00 USDT'],
      ['Base coin (BTC) as margin, new mode', '100,000.00 USDT', '1 BTC', '0.1 BTC'],
      ['Quote coin (USDT) as margin, new mode', '100,000.00 USDT', '1 BTC', '10,000.00 USDT'],
    ]);
    const text = (id) => page.locator(`[data-testid="${id}"]`).innerText();
    assert.equal(await text('gCloseReturned'), '35,000.00 USDT');
    assert.equal(await text('gReverseLiability'), '1 BTC');
    assert.equal(await text('gReverseMargin'), '12,500.00 USDT');
    const events = await page.locator('[data-testid="gTimeline"] > li').evaluateAll((ls) => ls.map((l) => l.dataset.kind));
    assert.deepEqual(events, ['alert', 'orders-cancelled', 'partial-liquidation', 'orders-cancelled', 'full-liquidation']);
    assert.match(await text('gTimeline'), /26,700\.00 USDT — Alert.*295\.34%/);
    assert.match(await text('gTimeline'), /28,800\.00 USDT — Partial liquidation: the position steps down a tier: 10 BTC bought back, tier 2 → 1, ratio after 134\.71%/);
    const risk = await text('gRiskNumbers');
    assert.match(risk, /MM = L × P × mmr\s+= 110\.5 BTC × 29,000 USDT × 4% = 128,180\.00 USDT/);
    assert.match(risk, /= 0\.01% × \(3,204,500 USDT \+ 128,180 USDT\) = 333\.27 USDT/);
    assert.match(risk, /= 95,300 USDT ÷ \(128,180 USDT \+ 333\.268 USDT\) = 74\.16%/);
    assert.match(risk, /Partial step 1: size bought back\s+size = principal − maxSz\s+= 110 BTC − 100 BTC = 10 BTC/);
    assert.match(await text('gRiskState'), /74\.16%: the position is partly liquidated/);
    // A why? in a table opens the core's explanation of that row.
    await page.click('#why-opening-long-0');
    assert.match(await page.locator('#why-opening-long-0-panel').innerText(), /1\.1 BTC/);
    assert.deepEqual(await brokenNumbers(page), []);
    await page.evaluate(AXE);
    const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`));
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('guide.html: one input edited in each block recomputes that block and leaves the others', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h, { query: 'guide.html', ready });
  try {
    const text = (id) => page.locator(`[data-testid="${id}"]`).innerText();
    let seen = await updates(page);
    await edit(page, 'opening', 'leverage', '5');
    assert.deepEqual(await cells(page, '[data-testid="opening-long"]').then((r) => r[0]), ['Base coin (BTC) as margin, old mode', '1.2 BTC', '100,000.00 USDT', '0.2 BTC']);
    const after1 = await updates(page);
    assert.deepEqual({ ...after1, opening: seen.opening }, seen, 'only the opening block recomputed');
    seen = after1;
    await edit(page, 'close', 'price', '120,000');
    assert.equal(await text('gCloseReturned'), '30,000.00 USDT');
    assert.equal(await text('gReverseMargin'), '12,000.00 USDT');
    await edit(page, 'workflow', 'prices', '19,500 26,700');
    assert.deepEqual(await page.locator('[data-testid="gTimeline"] > li').evaluateAll((ls) => ls.map((l) => l.dataset.kind)), ['alert']);
    await edit(page, 'risk', 'mark', '19,500');
    assert.match(await text('gRiskNumbers'), /= 110\.5 BTC × 19,500 USDT × 4% = 86,190\.00 USDT/);
    assert.match(await text('gRiskState'), /1325\.07%: nothing happens/);
    // A bad input says so in its block; the numbers shown are marked as not current.
    await edit(page, 'risk', 'mark', 'abc');
    assert.match(await page.locator('[data-block="risk"] [role="alert"]').innerText(), /Mark price: not a number/);
    assert.deepEqual(await brokenNumbers(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('each block embeds alone: embed.html?block=risk and <isomargin-calculator block="close">', { timeout: 60000 }, async () => {
  const one = (p) => p.waitForFunction(() => document.querySelector('[data-block][data-updates]'));
  const embed = await openPage(h, { query: 'embed.html?block=risk', ready: one });
  try {
    assert.equal(await embed.page.locator('[data-block]').count(), 1);
    assert.equal(await embed.page.locator('#calc').count(), 0, 'no calculator beside the block');
    assert.match(await embed.page.locator('[data-testid="gRiskNumbers"]').innerText(), /128,180\.00 USDT/);
    await edit(embed.page, 'risk', 'fee', '0.05');
    assert.match(await embed.page.locator('[data-testid="gRiskNumbers"]').innerText(), /0\.05% × \(3,204,500 USDT \+ 128,180 USDT\)/);
    assert.match(await embed.page.getAttribute('#openFull', 'href'), /guide\.html#riskBlock$/);
    assert.deepEqual(embed.problems, []);
  } finally {
    await embed.context.close();
  }
  const element = await openPage(h, { query: 'embed.html', ready: () => Promise.resolve() });
  try {
    const { page } = element;
    await page.evaluate(async () => {
      await import('./isomargin-calculator.js');
      const el = document.createElement('isomargin-calculator');
      el.setAttribute('block', 'close');
      el.id = 'closeBlock';
      document.body.append(el);
    });
    const block = page.locator('#closeBlock').locator('[data-block="close"]');
    await page.waitForFunction(() => document.getElementById('closeBlock').shadowRoot.querySelector('[data-block][data-updates]'));
    assert.equal(await page.locator('#closeBlock').locator('[data-testid="gReverseMargin"]').innerText(), '12,500.00 USDT');
    await page.locator('#closeBlock').locator('#g-close-size').fill('3');
    await page.waitForFunction(() => Number(document.getElementById('closeBlock').shadowRoot.querySelector('[data-block]').dataset.updates) > 1);
    assert.equal(await page.locator('#closeBlock').locator('[data-testid="gReverseMargin"]').innerText(), '25,000.00 USDT');
    assert.ok(await block.isVisible());
    assert.deepEqual(element.problems, []);
  } finally {
    await element.context.close();
  }
});
