// No internal references on screen: no view of the page, the embed or the guide names a file of
// this repository, the project's source text ("the seed"), or a third-party site as a source —
// read with every section, explanation, help text and glossary open, in each product.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { afterUpdate, openPage, startHarness, toggleSection } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const FORBIDDEN = [
  /\b[\w./-]+\.(md|json|cpp|hpp|mjs|ts)\b/i,        // a file of the repository
  /\b(docs|core|tests|shared|examples|wasm|web)\/[\w.-]/i,
  /\bthe seed\b|\bseed('s|-illustrative| example| text)/i,
  /365shuku|btcc\.site|open-lib|woaiqun|amorrr|prjmp|s146\.com|freqtrade|octobot|nautilus|wikibit|ukcamo|shuxipo|binance-register/i,
];

/** Every text of the page (its shadow roots too) and every link's address, with whatever is forbidden in them. */
const scan = (page) => page.evaluate((sources) => {
  const res = sources.map((s) => new RegExp(s[0], s[1]));
  const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
  const found = [];
  for (const r of roots) {
    const text = r === document ? document.body.innerText : [...r.children].map((c) => c.innerText ?? '').join('\n');
    for (const line of text.split('\n')) for (const re of res) if (re.test(line)) found.push(line.trim().slice(0, 160));
    for (const a of r.querySelectorAll('a[href]')) for (const re of res.slice(3)) if (re.test(a.href)) found.push(a.href);
    for (const o of r.querySelectorAll('option, [aria-label]')) {
      const t = o instanceof HTMLOptionElement ? o.textContent : o.getAttribute('aria-label');
      for (const re of res) if (re.test(t)) found.push(t.trim().slice(0, 160));
    }
  }
  return found;
}, FORBIDDEN.map((re) => [re.source, re.flags]));

/** Opens everything a view can show: sections, help, glossary, the examples menu, every explanation. */
async function openAll(page, sections) {
  for (const s of sections) await toggleSection(page, s);
  for (const b of await page.locator('button.help:visible').all()) await b.click();
  for (const d of await page.locator('details.glossary:visible, details.examples:visible').all()) await d.evaluate((e) => { e.open = true; });
  if (await page.locator('#explainAll').count()) await afterUpdate(page, () => page.check('#explainAll'));
}

const VIEWS = [
  ['spot', '?example=risk-tiers', ['closeSection', 'pathSection', 'probabilitySection']],
  ['spot, order form', '?preTrade=1', ['closeSection', 'pathSection']],
  ['contract', '?example=compare&cPositionMode=hedge&cTab=maxlev&cMmrSource=preset&cLevAmount=100', ['cPathSection']],
  ['contract, inverse', '?product=contract&cType=inverse&cModel=simple-inverse', []],
  ['option', '?example=option-partial', ['oPathSection']],
  ['embed, spot', 'embed.html?example=risk', []],
  ['embed, contract', 'embed.html?product=contract', []],
  ['embed, option', 'embed.html?product=option', []],
];

for (const [name, query, sections] of VIEWS) {
  test(`no internal reference on screen: ${name}`, { timeout: 90000 }, async () => {
    const { page, context, problems } = await openPage(h, { query, height: 1400 });
    try {
      await openAll(page, sections);
      assert.deepEqual(await scan(page), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('no internal reference on screen: the guide with every explanation open, and a block in the embed', { timeout: 90000 }, async () => {
  const ready = (p) => p.waitForFunction(() => document.querySelectorAll('[data-block][data-updates]').length === 4);
  const { page, context, problems } = await openPage(h, { query: 'guide.html', ready });
  try {
    for (const b of await page.locator('button.why').all()) await b.click();
    assert.equal(await page.locator('button.why[aria-expanded="false"]').count(), 0);
    assert.deepEqual(await scan(page), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
  const embed = await openPage(h, { query: 'embed.html?block=workflow', ready: (p) => p.waitForFunction(() => document.querySelector('[data-block][data-updates]')) });
  try {
    for (const b of await embed.page.locator('button.why').all()) await b.click();
    assert.deepEqual(await scan(embed.page), []);
    assert.deepEqual(embed.problems, []);
  } finally {
    await embed.context.close();
  }
});
