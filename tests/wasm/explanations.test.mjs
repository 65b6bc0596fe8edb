// The explanations through the wasm module, as tests/test_explanations.cpp checks them
// natively: for every vector case, each explanation's value is the report's value at its
// quantity path, and its substituted line evaluates to that value within 1e-13 per
// exactly printed number and within the case's tolerance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadIsomargin, vectors, atPath } from './load.mjs';
import { evaluateSubstituted, tokens } from './substituted.mjs';

const im = await loadIsomargin();

test('the evaluator reads the grammar and nothing else', () => {
  const v = (s) => evaluateSubstituted(s).value;
  assert.ok(Math.abs(v('110.5 BTC × 29,000 USDT × 4%') - 128180) < 1e-9);
  assert.ok(Math.abs(v('max(0, −(3 − 5)) + min(1,000, 2)') - 4) < 1e-12);
  assert.ok(Math.abs(v('N(0) + ln(exp(2)) + √(9)') - 5.5) < 1e-12);
  for (const [x, want] of [[-1, 0.15865525393145707], [-3.5, 2.3262907903552504e-4], [-6, 9.865876450377012e-10], [2, 0.9772498680518208], [-9, 1.1285884059538422e-19]])
    assert.ok(Math.abs(v(`N(${x < 0 ? '−' : ''}${Math.abs(x)})`) - want) <= 1e-15 + 1e-13 * want, `N(${x})`);
  for (const bad of ['', '(1 + 2', '1 +', '× 2', '1 - 2', 'BTC', '1 2', 'min(1)', 'ln(−1)', '2 ÷ ()'])
    assert.equal(evaluateSubstituted(bad), null, bad);
});

for (const c of vectors.cases) {
  test(`explanations: ${c.name}`, () => {
    const r = im.evaluate({ ...c.scenario, explain: true });
    assert.equal(r.ok, true, JSON.stringify(r.error));
    const list = r.report.explanations;
    assert.ok(Array.isArray(list));
    const plain = im.evaluate(c.scenario).report;
    const { explanations, ...rest } = r.report;
    assert.deepEqual(rest, plain, 'asking for explanations changes nothing else');
    const tolerance = new Map(c.expect.filter((e) => e.length === 3).map((e) => [e[0], e[2]]));
    for (const x of list) {
      const where = `${x.quantity} = ${x.substituted}`;
      for (const key of ['label', 'formula', 'substituted', 'unit', 'source']) assert.equal(typeof x[key], 'string', where);
      assert.ok(x.source.length > 0, where);
      for (const key of ['label', 'source', 'note', 'formula'])  // text a page shows: no repo file, no "seed"
        assert.ok(!/\.(md|json|cpp|hpp)\b|\bseed\b|docs\/|tests\/|core\//.test(x[key] ?? ''), `${key}: ${where}`);
      const got = atPath(r.report, x.quantity);
      assert.notEqual(got, undefined, `${x.quantity} is not in the report`);
      assert.equal(got, x.value, where);
      const ev = evaluateSubstituted(x.substituted);
      assert.ok(ev, `does not parse: ${where}`);
      // The same line in parts, for a page to print in its reader's locale: the same numbers,
      // and the texts between them, so that put back together it reads as the same line.
      const parts = x.substitutedParts;
      assert.ok(Array.isArray(parts) && parts.every((p) => typeof p === 'string' || (Number.isFinite(p) && p >= 0)), where);
      assert.deepEqual(parts.filter((p) => typeof p === 'number'), tokens(x.substituted).filter((t) => 'num' in t).map((t) => t.num), where);
      assert.deepEqual(evaluateSubstituted(parts.map(String).join('')), ev, where);
      if (typeof x.value === 'number') {
        assert.ok(Math.abs(ev.value - x.value) <= 2 * ev.error, `${where}: ${ev.value} vs ${x.value} (± ${ev.error})`);
        if (tolerance.has(x.quantity)) assert.ok(Math.abs(ev.value - x.value) <= tolerance.get(x.quantity), where);
      } else {
        assert.ok(!Number.isFinite(ev.value) || ev.value <= 0, `a missing price evaluates to a price: ${where}`);
        assert.ok(x.note, where);
      }
    }
  });
}

test('the maintenance margin of the risk example: 110.5 BTC × 29,000 USDT × 4% = 128,180', () => {
  const r = im.evaluate({ ...vectors.bases.position, explain: true });
  const mm = r.report.explanations.find((x) => x.quantity === 'risk.maintenanceMargin');
  assert.equal(mm.substituted, '110.5 BTC × 29,000 USDT × 4%');
  assert.ok(Math.abs(mm.value - 128180) < 1e-6);
  assert.equal(im.evaluate({ ...vectors.bases.position, explain: 1 }).error.field, 'explain');
});

test('explanations at the edges of the ranges never abort the module and still evaluate', () => {
  const scale = (v, k) => (typeof v === 'number' ? v * k : v && typeof v === 'object'
    ? (Array.isArray(v) ? v.map((x) => scale(x, k)) : Object.fromEntries(Object.entries(v).map(([a, b]) =>
      [a, ['leverage', 'takerFee', 'mmr', 'tier', 'contracts', 'multiplier', 'alertRatio', 'steps', 'points'].includes(a) ? b : scale(b, k)])))
    : v);
  let explained = 0;
  for (const c of vectors.cases)
    for (const k of [1e-9, 1e-5, 1e5, 1e9]) {
      const r = im.evaluate({ ...scale(c.scenario, k), explain: true });
      assert.equal(typeof r.ok, 'boolean');
      if (!r.ok) continue;
      for (const x of r.report.explanations) {
        const ev = evaluateSubstituted(x.substituted);
        assert.ok(ev, `${c.name} × ${k}: ${x.quantity} = ${x.substituted}`);
        if (typeof x.value === 'number' && Number.isFinite(ev.value))
          assert.ok(Math.abs(ev.value - x.value) <= 2 * ev.error + 1e-300, `${c.name} × ${k}: ${x.quantity} = ${x.substituted}`);
        explained++;
      }
    }
  assert.ok(explained > 1000, `${explained}`);
  assert.equal(im.evaluate({ ...vectors.bases.order, explain: true }).ok, true);
});
