// The two shipped modules (wasm/CMakeLists.txt): the first load's (isomargin-core.wasm, no
// explanations, no paste) and the full one. Every vector and bad input gives the same answer from
// both; what only the full module does says so in the first-load one until loadFull() brings it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadIsomargin, wasmBytes, vectors, badScenario, pasteOf, optionsOf, pricesOf } from './load.mjs';

const lean = await loadIsomargin({ full: false });
const full = await loadIsomargin({ full: true });

test('the first-load module answers every vector and bad input exactly as the full one', () => {
  assert.equal(lean.full, false);
  assert.equal(full.full, true);
  for (const c of vectors.cases) assert.deepEqual(lean.evaluate(c.scenario), full.evaluate(c.scenario), c.name);
  for (const b of vectors.badInput) assert.deepEqual(lean.evaluate(badScenario(b)), full.evaluate(badScenario(b)), b.name);
  assert.ok(vectors.sweeps.length > 0);
  for (const s of vectors.sweeps) assert.deepEqual(lean.sweep(s.scenario, pricesOf(s.prices)), full.sweep(s.scenario, pricesOf(s.prices)), s.name);
  assert.deepEqual(lean.presets(), full.presets());
});

test('before loadFull: explain and fromExchange are errors that say how to get them; after it, the full answers', async () => {
  const { load } = await import('../../dist/wasm/isomargin.js');
  const im = await load({ wasmBinary: wasmBytes(false) });
  const scenario = { ...vectors.bases.position, explain: true };
  const r = im.evaluate(scenario);
  assert.equal(r.ok, false);
  assert.equal(r.error.field, 'explain');
  assert.match(r.error.message, /full module.*loadFull\(\)/);
  // A wrong explain value is still that error, not the "not loaded" one.
  assert.doesNotMatch(im.evaluate({ ...vectors.bases.position, explain: 3 }).error.message, /loadFull/);
  const paste = vectors.pastes[0];
  const p = im.fromExchange(pasteOf(paste), optionsOf(paste));
  assert.equal(p.ok, false);
  assert.equal(p.error.field, '$');
  assert.match(p.error.message, /^fromExchange is in the full module/);

  const [a, b] = [im.loadFull({ wasmBinary: wasmBytes(true) }), im.loadFull()];
  assert.equal(a, b, 'one load for both calls');
  assert.equal(await a, im);
  assert.equal(im.full, true);
  assert.equal(im.module instanceof WebAssembly.Module, true);
  assert.deepEqual(im.evaluate(scenario), full.evaluate(scenario));
  assert.ok(im.evaluate(scenario).report.explanations.length > 0);
  const mapped = im.fromExchange(pasteOf(paste), optionsOf(paste));
  assert.equal(mapped.ok, true, JSON.stringify(mapped.error));
  assert.deepEqual(mapped, full.fromExchange(pasteOf(paste), optionsOf(paste)));
});

test('loadFull that fails rejects, and a later call tries again', async () => {
  const { load } = await import('../../dist/wasm/isomargin.js');
  const im = await load({ wasmBinary: wasmBytes(false) });
  await assert.rejects(im.loadFull({ wasmBinary: new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]) }));
  assert.equal(im.full, false);
  await im.loadFull({ wasmBinary: wasmBytes(true) });
  assert.equal(im.full, true);
});

test('the package under node loads the full module by default, the first-load one when asked', async () => {
  const { load } = await import('../../dist/wasm/isomargin-node.js');
  const im = await load();
  assert.equal(im.full, true);
  const light = await load({ full: false });
  assert.equal(light.full, false);
  await light.loadFull();
  assert.equal(light.full, true);
  assert.ok(light.evaluate({ ...vectors.bases.position, explain: true }).ok);
});
