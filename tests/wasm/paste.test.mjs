// The vectors file's pastes through im.fromExchange, with the same rows and tolerances as
// tests/test_pastes.cpp runs natively; bad pastes name their field and the module keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadIsomargin, vectors, atPath, pasteOf, optionsOf } from './load.mjs';

const im = await loadIsomargin();

function near(got, want, tol, what) {
  assert.equal(typeof got, 'number', `${what} is not a number`);
  assert.ok(Math.abs(got - want) <= tol, `${what}: ${got} is not within ${tol} of ${want}`);
}

for (const row of vectors.pastes) {
  test(`paste: ${row.name}`, () => {
    const r = im.fromExchange(pasteOf(row), optionsOf(row));
    assert.equal(r.ok, true, JSON.stringify(r.error));
    for (const [path, want, tol] of row.expect) {
      if (tol === undefined) assert.deepEqual(atPath(r, path), want, `${path} (${row.source})`);
      else near(atPath(r, path), want, tol, path);
    }
    for (const [field, status, to] of row.mapping) {
      const found = field === null
        ? r.mapping.find((m) => m.field === null && m.to === to)
        : r.mapping.find((m) => m.field === field);
      assert.ok(found, `no mapping row for ${field ?? to}`);
      assert.equal(found.status, status, `${field ?? to}`);
      if (to !== null) assert.equal(found.to, to, `${field}`);
    }
    for (const [field, ours, tol, agrees] of row.checks) {
      const found = r.checks.find((c) => c.field === field);
      assert.ok(found, `no check of ${field}`);
      if (ours === null) assert.equal(found.isomargin, null);
      else near(found.isomargin, ours, tol, field);
      assert.equal(found.agrees, agrees, `${field} agrees`);
    }
  });
}

test('a paste given as parsed JSON maps as its text does', () => {
  const row = vectors.pastes.find((p) => p.file === 'examples/paste/okx-swap-long.json');
  const fromText = im.fromExchange(pasteOf(row));
  const fromObject = im.fromExchange(JSON.parse(pasteOf(row)));
  assert.deepEqual(fromObject, fromText);
  // The scenario made is a scenario evaluate() takes, giving the same report.
  assert.deepEqual(im.evaluate(fromText.scenario).report, fromText.report);
});

test('bad pastes: each names its field; the module keeps working', () => {
  assert.ok(vectors.badPastes.length >= 30);
  const good = vectors.pastes[0];
  for (const row of vectors.badPastes) {
    const r = im.fromExchange(pasteOf(row), optionsOf(row));
    assert.equal(r.ok, false, row.name);
    assert.equal(r.error.field, row.field, `${row.name}: ${r.error.message}`);
    assert.ok(r.error.message.length > 0);
    assert.equal(im.fromExchange(pasteOf(good), optionsOf(good)).ok, true, `after ${row.name}`);
  }
});

test('what JSON cannot carry is an error, not a crash', () => {
  const cyclic = { instId: 'BTC-USDT-SWAP' };
  cyclic.self = cyclic;
  assert.equal(im.fromExchange(cyclic).error.field, '$');
  assert.equal(im.fromExchange('x'.repeat(2_000_000)).error.field, '$');
  // NaN crosses as the string "NaN", which the core names.
  assert.equal(im.fromExchange(pasteOf(vectors.pastes[0]), { takerFee: NaN }).error.field, 'options.takerFee');
  const withBigInt = im.fromExchange('{}', { index: 1n });
  assert.equal(withBigInt.error.field, 'options');
});

test('random fragments of exchange responses never abort the module', () => {
  let seed = 777;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pieces = ['{', '}', '[', ']', ',', ':', '"code"', '"0"', '"data"', '"instType"', '"SWAP"', '"MARGIN"',
    '"mgnMode"', '"isolated"', '"pos"', '"-1"', '""', '"positionAmt"', '"retCode"', '0', '"result"', '"list"',
    '"side"', '"Buy"', '"avgPrice"', '"1e308"', 'null', 'true', '"\\u0000"', '"posCcy"', '"liab"'];
  for (let i = 0; i < 2000; i++) {
    let s = '';
    const n = 1 + Math.floor(rand() * 40);
    for (let j = 0; j < n; j++) s += pieces[Math.floor(rand() * pieces.length)];
    assert.equal(typeof im.fromExchange(s).ok, 'boolean');
  }
  assert.equal(im.fromExchange(pasteOf(vectors.pastes[0])).ok, true);
});

test('every field of every example, given each wrong value, is an answer: a result or an error naming a field', () => {
  const wrong = [null, true, 1e308, -1, 0, '', 'abc', '-0', 'NaN', 'Infinity', [], {}, '1e400', '0.000'];
  let errors = 0;
  for (const row of vectors.pastes.filter((p) => p.file)) {
    const pasted = JSON.parse(pasteOf(row));
    const entryOf = (root) => (Array.isArray(root) ? root[0] : root.data?.[0] ?? root.result?.list?.[0] ?? root);
    for (const key of Object.keys(entryOf(pasted))) {
      for (const value of wrong) {
        const copy = structuredClone(pasted);
        entryOf(copy)[key] = value;
        const r = im.fromExchange(copy, optionsOf(row));
        assert.equal(typeof r.ok, 'boolean');
        if (!r.ok) {
          errors++;
          assert.ok(typeof r.error.field === 'string' && r.error.field.length > 0 && r.error.message.length > 0,
            `${row.file} ${key}=${JSON.stringify(value)}: ${JSON.stringify(r.error)}`);
        } else {
          assert.ok(r.mapping.length > 0 && r.report, `${row.file} ${key}=${JSON.stringify(value)}`);
        }
      }
    }
  }
  assert.ok(errors > 100);
  assert.equal(im.fromExchange(pasteOf(vectors.pastes[0])).ok, true);
});
