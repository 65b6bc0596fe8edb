// The native CLI as a user runs it: exit 0 with a JSON report, exit 2 with
// {"error": {"field", "message"}} on stderr for every bad input of the shared vectors file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vectors, mergePatch, badText, cliPath } from '../wasm/load.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = cliPath;

function run(args, input) {
  return spawnSync(cli, args, { input, encoding: 'utf8', cwd: root });
}

test('--help prints usage and exits 0', () => {
  const r = run(['--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /isomargin eval .*FILE\|-/);
});

test('bad usage and an unreadable file exit 1', () => {
  assert.equal(run(['frobnicate']).status, 1);
  assert.equal(run(['eval', 'no/such/file.json']).status, 1);
});

test('every example scenario evaluates', () => {
  const files = readdirSync(`${root}examples`).filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 5);
  for (const f of files) {
    const r = run(['eval', `examples/${f}`]);
    assert.equal(r.status, 0, `${f}: ${r.stderr}`);
    const report = JSON.parse(r.stdout);
    assert.ok(['spot-margin', 'perpetual', 'futures', 'option'].includes(report.product));
  }
});

test('the seed risk example from a file: 128,180 / 333.27 / 74.16%', () => {
  const r = run(['eval', 'examples/seed-risk.json']);
  const report = JSON.parse(r.stdout);
  assert.ok(Math.abs(report.risk.maintenanceMargin - 128180) <= 0.5);
  assert.ok(Math.abs(report.risk.liquidationFee - 333.27) <= 0.005);
  assert.ok(Math.abs(report.risk.marginRatio - 0.7416) <= 0.00005);
});

test('every vector case evaluates through stdin', () => {
  for (const c of vectors.cases) {
    const r = run(['eval', '-'], JSON.stringify(c.scenario));
    assert.equal(r.status, 0, `${c.name}: ${r.stderr}`);
  }
});

test('bad input: exit 2, the field named in JSON on stderr, nothing on stdout', () => {
  assert.ok(vectors.badInput.length >= 40);
  for (const b of vectors.badInput) {
    const text = 'text' in b ? badText(b) : JSON.stringify(mergePatch(vectors.bases[b.base], b.patch));
    const r = run(['eval', '-'], text);
    assert.equal(r.status, 2, `${b.name}: exit ${r.status}, ${r.stderr}`);
    assert.equal(r.stdout, '');
    const err = JSON.parse(r.stderr).error;
    assert.equal(err.field, b.field, `${b.name}: ${err.message}`);
    assert.ok(err.message.length > 0);
  }
});

test('presets lists the shipped tier tables and the conventions', () => {
  const r = run(['presets']);
  assert.equal(r.status, 0);
  const catalog = JSON.parse(r.stdout);
  assert.ok(catalog.marginTiers.map((p) => p.name).includes('okx-btc-usdt-margin-2023-06'));
  assert.ok(catalog.contractTiers.map((p) => p.name).includes('okx-1inchusdt-swap-2022-03'));
  assert.equal(catalog.models.length, 9);
});
