// The shared vectors file against the wasm module under node: the same cases and tolerances
// as tests/test_vectors.cpp runs natively.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadIsomargin, vectors, atPath, badScenario } from './load.mjs';

const im = await loadIsomargin();

for (const c of vectors.cases) {
  test(`vector: ${c.name}`, () => {
    const r = im.evaluate(c.scenario);
    assert.equal(r.ok, true, JSON.stringify(r.error));
    for (const [path, want, tol] of c.expect) {
      const got = atPath(r.report, path);
      if (tol === undefined) {
        assert.deepEqual(got, want, `${path} (${c.source})`);
      } else {
        assert.equal(typeof got, 'number', `${path} is not a number`);
        assert.ok(Math.abs(got - want) <= tol, `${path}: ${got} is not within ${tol} of ${want} (${c.source})`);
      }
    }
  });
}

test('bad input: at least 40 cases, each names its field; the module keeps working', () => {
  assert.ok(vectors.badInput.length >= 40);
  for (const b of vectors.badInput) {
    const r = im.evaluate(badScenario(b));
    assert.equal(r.ok, false, b.name);
    assert.equal(r.error.field, b.field, `${b.name}: ${r.error.message}`);
    assert.ok(r.error.message.length > 0);
    // Still alive and still right after every error.
    const again = im.evaluate(vectors.bases.position);
    assert.equal(again.ok, true, `after ${b.name}`);
  }
});

test('values JSON cannot carry are errors, not crashes', () => {
  const cyclic = { ...vectors.bases.order };
  cyclic.self = cyclic;
  assert.equal(im.evaluate(cyclic).error.field, '$');
  assert.equal(im.evaluate({ ...vectors.bases.order, markPrice: 10n }).error.field, '$');
  assert.equal(im.evaluate(undefined).error.field, '$');
  assert.equal(im.evaluate(null).error.field, '$');
  assert.equal(im.evaluate('').error.field, '$');
  assert.equal(im.evaluate('x'.repeat(2_000_000)).error.field, '$');
});

test('random garbage never aborts the module', () => {
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pieces = ['{', '}', '[', ']', '"side"', ':', ',', '"long"', '1e308', '-0', 'null', 'true', '"markPrice"', '0.5', '"\\u0000"', '"order"'];
  for (let i = 0; i < 2000; i++) {
    let s = '';
    const n = 1 + Math.floor(rand() * 30);
    for (let j = 0; j < n; j++) s += pieces[Math.floor(rand() * pieces.length)];
    const r = im.evaluate(s);
    assert.equal(typeof r.ok, 'boolean');
  }
  assert.equal(im.evaluate(vectors.bases.order).ok, true);
});

test('presets list the June-2023 OKX table and the illustrative seed table', () => {
  const names = im.presets().map((p) => p.name);
  assert.deepEqual(names, ['okx-btc-usdt-margin-2023-06', 'seed-illustrative-btc']);
  const okx = im.presets()[0];
  assert.equal(okx.base[1].mmr, 0.0625);
  assert.equal(okx.quote[2].maxSz, 3e6);
});

test('the catalog lists the contract tier presets and the nine conventions', () => {
  assert.deepEqual(im.contractPresets().map((p) => p.name), ['okx-1inchusdt-swap-2022-03', 'okx-adausdt-swap-2023-05']);
  const models = im.models();
  assert.equal(models.length, 9);
  assert.deepEqual(models.filter((m) => m.mmAtEntry).map((m) => m.name), ['bybit', 'bitmex', 'simple-inverse']);
});

test('load({ module }): a second instance from the first one\'s compiled module answers the same; a wrong module is an error, not a hang', async () => {
  const { load } = await import('../../dist/wasm/isomargin.js');
  const first = await loadIsomargin();
  assert.ok(first.module instanceof WebAssembly.Module);
  const second = await load({ module: first.module, full: true });
  assert.notEqual(second, first);
  for (const c of vectors.cases.slice(0, 10)) assert.deepEqual(second.evaluate(c.scenario), first.evaluate(c.scenario), c.name);
  await assert.rejects(load({ module: 5 }), /module must be a WebAssembly.Module/);
  // The full module under the first-load module's glue: their imports differ, so it is refused.
  await assert.rejects(load({ module: first.module }));
  // A module of another program: it lacks the core's imports and exports.
  const other = await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  await assert.rejects(load({ module: other }));
});
