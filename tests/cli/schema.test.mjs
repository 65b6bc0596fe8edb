// docs/scenario.schema.json says what the codec accepts: every example and vector case
// validates against it, and the bad inputs that are shape errors fail it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { vectors, mergePatch } from '../wasm/load.mjs';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('docs/scenario.schema.json', root), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

test('every example scenario is valid under the schema', () => {
  for (const f of readdirSync(new URL('examples/', root)).filter((x) => x.endsWith('.json'))) {
    const s = JSON.parse(readFileSync(new URL(`examples/${f}`, root), 'utf8'));
    assert.ok(validate(s), `${f}: ${JSON.stringify(validate.errors)}`);
  }
});

test('every vector case is valid under the schema', () => {
  for (const c of vectors.cases) assert.ok(validate(c.scenario), `${c.name}: ${JSON.stringify(validate.errors)}`);
});

test('"explain" is a boolean of every product; a report\'s explanations match $defs/explanation', async () => {
  for (const base of ['order', 'perpetual', 'option']) {
    assert.ok(validate({ ...vectors.bases[base], explain: true }), base);
    assert.equal(validate({ ...vectors.bases[base], explain: 'yes' }), false, base);
  }
  const { loadIsomargin } = await import('../wasm/load.mjs');
  const im = await loadIsomargin();
  const entry = new Ajv2020({ strict: false }).compile({ ...schema.$defs.explanation, $defs: schema.$defs });
  for (const c of vectors.cases)
    for (const x of im.evaluate({ ...c.scenario, explain: true }).report.explanations)
      assert.ok(entry(x), `${c.name}: ${JSON.stringify(entry.errors)}`);
});

test('shape errors among the bad inputs fail the schema too', () => {
  // Cases the core rejects for consistency (old-mode margin inside assets, tier contiguity,
  // borrowed above the table, …) are beyond what a schema can say.
  const beyondSchema = new Set([
    'tiers out of order', 'overlapping tiers', 'gap between tiers', 'mmr descending',
    'imr not above mmr', 'first tier not at 0', 'borrowed above the last tier',
    'old mode, quote-margin long', 'old mode margin not inside assets', 'new mode without margin',
    'margin larger than notional', 'leverage and margin both', 'preset without a quote table (long)',
    'interest rate without hours', 'over-close without leverage', 'perpetual: gate has no inverse contracts',
    'perpetual: removing all the margin', 'perpetual: bracket cum inconsistent',
    'perpetual: pending close above the size',
    'perpetual: less than one lot', 'option: margin removed below zero', 'monte carlo: too much work',
    'option tiers: maxSz not rising', 'option tiers: numbered out of order',
    'option tiers: mm per contract falling', 'option tiers: contracts above the last tier',
    'option okx: on a long', 'option okx: a row with mmPerContract',
    'option okx: margin factor falling', 'option okx: with mmIncludesMark',
    'monte carlo: a range starting past the last path', 'monte carlo: a range running past the last path',
    // Issue 13: agreement of two inputs, what each calculator needs, and tier-table consistency.
    'perpetual: marginBalance leaves no margin after the PnL', 'perpetual: marginBalance disagrees with margin + PnL',
    'perpetual: maintenanceMargin as large as the notional', 'perpetual: the PnL tab without contracts',
    'perpetual: a target-ROE query without the entry', 'perpetual: a target-ROE query without a side',
    'perpetual: marginBalance without a mark price', 'perpetual: tierFor with a fixed mmr',
    'perpetual: a notional query on contract tiers without a price', 'perpetual: tier rows a real gap (2,002 after 2,000)',
    'perpetual: tier rows overlapping (1,999 after 2,000)',
    'perpetual: a fractional bound is no whole-contract gap (2,001.5 after 2,000.5)',
    'perpetual: brackets with cum in some only',
    'spot tiers stay contiguous: one above the previous maxSz is a gap for borrowed amounts',
    'perpetual: a margin shown so small that its leverage is above 1000',
    // The work budget counts the position's tier, which only the core knows.
    'work budget: 100,000 Monte Carlo paths × tier 110 (11,000,110 partial steps at most)',
    'work budget: a split run\'s part is judged by the whole run', 'work budget: 10,000 sweep points and 81,000 paths × tier 110',
  ]);
  let checked = 0;
  for (const b of vectors.badInput) {
    if ('text' in b || beyondSchema.has(b.name)) continue;
    checked++;
    assert.equal(validate(mergePatch(vectors.bases[b.base], b.patch)), false, b.name);
  }
  assert.ok(checked >= 25, `only ${checked} shape cases checked`);
});
