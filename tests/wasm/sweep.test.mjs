// The batch sweep through the wasm module: the shared vectors' sweeps (as tests/test_vectors.cpp
// runs them natively), typed arrays in and out, and bad prices named by index.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadIsomargin, vectors, mergePatch, pricesOf } from './load.mjs';
import { tieredLong } from '../big-tables.mjs';

const im = await loadIsomargin();
const states = im.states();

test('the catalog names the sweep states in the core\'s order', () => {
  assert.deepEqual(states, ['normal', 'alert', 'partial-liquidation', 'full-liquidation']);
});

for (const c of vectors.sweeps) {
  test(`sweep vector: ${c.name}`, () => {
    const r = im.sweep(c.scenario, Float64Array.from(c.prices));
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const { price, pnl, marginRatio, state } = r.sweep;
    assert.ok(pnl instanceof Float64Array && marginRatio instanceof Float64Array && state instanceof Uint8Array);
    assert.deepEqual([...price], c.prices);
    // The same view the native test builds: NaN as null, states by name.
    const view = {
      pnl: [...pnl].map((x) => (Number.isNaN(x) ? null : x)),
      marginRatio: [...marginRatio].map((x) => (Number.isNaN(x) ? null : x)),
      state: [...state].map((s) => states[s]),
    };
    for (const [path, want, tol] of c.expect) {
      const [, column, i] = path.match(/^(\w+)\[(\d+)\]$/);
      const got = view[column][Number(i)];
      if (tol === undefined) assert.deepEqual(got, want, `${path} (${c.source})`);
      else assert.ok(Math.abs(got - want) <= tol, `${path}: ${got} is not within ${tol} of ${want} (${c.source})`);
    }
  });
}

test('every bad sweep names its field, and the module keeps working', () => {
  for (const b of vectors.badSweeps) {
    const scenario = mergePatch(vectors.bases[b.base], b.patch ?? {});
    // Strings "NaN"/"Infinity" become the real numbers, as a page would pass them.
    for (const prices of [pricesOf(b.prices), Float64Array.from(pricesOf(b.prices))]) {
      const r = im.sweep(scenario, prices);
      assert.equal(r.ok, false, b.name);
      assert.equal(r.error.field, b.field, `${b.name}: ${r.error.message}`);
    }
    assert.equal(im.sweep(vectors.bases.position, [29000]).ok, true, `after ${b.name}`);
  }
});

test('prices of the wrong type or too many are errors, not crashes', () => {
  const s = vectors.bases.position;
  for (const bad of ['29000', 29000, { length: 3 }, null, undefined, new Float32Array(3)]) {
    assert.equal(im.sweep(s, bad).error.field, 'prices', String(bad));
  }
  assert.equal(im.sweep(s, ['x']).error.field, 'prices[0]');
  assert.equal(im.sweep(s, new Float64Array(100001).fill(29000)).error.field, 'prices');
  const big = im.sweep(s, new Float64Array(100000).fill(29000));
  assert.equal(big.ok, true);
  assert.equal(big.sweep.marginRatio.length, 100000);
  assert.equal(im.sweep('{', [1]).error.field, '$');
});

test('a sweep point agrees with evaluating the position at that mark', () => {
  const s = { ...vectors.bases.position, tiers: { preset: 'seed-illustrative-btc' }, mmr: undefined };
  const prices = [19500, 24000, 28711.02, 29000, 31000];
  const r = im.sweep(s, prices);
  assert.equal(r.ok, true, JSON.stringify(r.error));
  prices.forEach((p, i) => {
    const one = im.evaluate({ ...s, markPrice: p });
    assert.equal(one.ok, true);
    assert.equal(r.sweep.marginRatio[i], one.report.risk.marginRatio, `ratio at ${p}`);
    assert.equal(states[r.sweep.state[i]], one.report.state.name, `state at ${p}`);
  });
});

// Issue 9: 1,000 prices with a 1,000-row table at tier 900 took 8 s here (linear lookups inside
// the partial-liquidation loop), and its 100,000-price maximum about 13 minutes. The timeout is
// a hang guard far above the ~0.1 s this takes now, not a timing.
test('a 1,000-row tier table at tier 900: 1,000 prices sweep, 100,000 are over the work budget', { timeout: 60_000 }, () => {
  const s = tieredLong(899500);
  const r = im.sweep(s, Float64Array.from({ length: 1000 }, (_, i) => 50 + 0.1 * i));
  assert.equal(r.ok, true, JSON.stringify(r.error));
  assert.equal(states[r.sweep.state[0]], 'full-liquidation');
  const over = im.sweep(s, new Float64Array(100000).fill(100));
  assert.equal(over.ok, false);
  assert.equal(over.error.field, 'prices');
  assert.match(over.error.message, /work budget/);
});
