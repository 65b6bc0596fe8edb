// A Monte Carlo run split across workers, as the page does it: each share of the paths is one
// evaluate() with monteCarlo.firstPath/pathCount, and the core's mergeMonteCarlo joins the
// shares into exactly the unsplit run's numbers.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadIsomargin } from './load.mjs';

let im;
before(async () => { im = await loadIsomargin(); });

// The seed's short at 19,500 with the illustrative tiers: partial steps and full liquidations.
const scenario = (monteCarlo) => ({
  pair: 'BTC/USDT', side: 'short', marginCoin: 'quote', mode: 'old',
  position: { assets: 3299800, liability: 110, interest: 0.5 }, markPrice: 19500, takerFee: 0.0001,
  tiers: { preset: 'seed-illustrative-btc' },
  monteCarlo: { paths: 2501, steps: 240, seed: 5, volatility: 0.9, days: 30, ...monteCarlo },
});

test('k shares merged by the core equal the single run exactly, k = 1…4', () => {
  const one = im.evaluate(scenario({}));
  assert.ok(one.ok, JSON.stringify(one.error));
  const whole = one.report.monteCarlo;
  assert.ok(whole.tally.full > 0 && whole.expectedLoss > 0, 'the case exercises losses');
  assert.deepEqual(im.mergeMonteCarlo([whole]), { ok: true, monteCarlo: whole });
  for (const k of [2, 3, 4]) {
    const parts = [];
    for (let w = 0; w < k; w++) {
      const firstPath = Math.floor((w * 2501) / k);
      const r = im.evaluate(scenario({ firstPath, pathCount: Math.floor(((w + 1) * 2501) / k) - firstPath }));
      assert.ok(r.ok);
      parts.push(r.report.monteCarlo);
    }
    const merged = im.mergeMonteCarlo(parts.reverse());
    assert.ok(merged.ok, JSON.stringify(merged.error));
    assert.deepEqual(merged.monteCarlo, whole, `${k} shares`);
  }
});

test('mergeMonteCarlo names what is wrong and never throws', () => {
  const part = (firstPath, pathCount) => im.evaluate(scenario({ firstPath, pathCount })).report.monteCarlo;
  const a = part(0, 1000), b = part(1000, 1501);
  const cases = [
    [[a], '$', /cover 1000 of 2501/],
    [[a, a, b], '[1].tally.firstPath', /once each/],
    [[a, { ...b, tally: { ...b.tally, any: -1 } }], '[1].tally.any', /whole number/],
    [[a, { ...b, tally: { ...b.tally, lossParts: [NaN] } }], '[1].tally.lossParts[0]', /finite/],
    // Two parts that overflow a double: before issue 9 the exact sum never settled (a hang).
    [[a, { ...b, tally: { ...b.tally, lossParts: [1e308, 1e308] } }], '[1].tally.lossParts[0]', /at most 1e\+300/],
    [[a, { ...b, firstLiquidation: b.firstLiquidation.slice(1) }], '[1].firstLiquidation', /20 buckets/],
    [[a, { ...b, extra: 1 }], '[1].extra', /./],
    [[], '$', /at least one/],
    [{}, '$', /array/],
    [[null], '[0]', /object/],
  ];
  for (const [parts, field, message] of cases) {
    const r = im.mergeMonteCarlo(parts);
    assert.equal(r.ok, false, field);
    assert.equal(r.error.field, field);
    assert.match(r.error.message, message);
  }
  const cyclic = [];
  cyclic.push(cyclic);
  assert.equal(im.mergeMonteCarlo(cyclic).ok, false);
  assert.ok(im.mergeMonteCarlo([a, b]).ok, 'still answering');
});
