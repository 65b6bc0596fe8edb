// `isomargin paste` as a user runs it: every example under examples/paste/ maps (exit 0), its
// scenario validates under the schema and evaluates through `eval`; bad pastes exit 2 naming the
// field in JSON on stderr.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { vectors, pasteOf, optionsOf, cliPath } from '../wasm/load.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = cliPath;
const schema = JSON.parse(readFileSync(`${root}docs/scenario.schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const pastes = readdirSync(`${root}examples/paste`).filter((f) => f.endsWith('.json') && !f.endsWith('.options.json'));

function run(args, input) {
  return spawnSync(cli, args, { input, encoding: 'utf8', cwd: root });
}

// `paste -` with a row's options, if any, in a file of their own (stdin carries the paste).
const dir = mkdtempSync(join(tmpdir(), 'isomargin-paste-'));
after(() => rmSync(dir, { recursive: true }));
function pasteArgs(row, i) {
  const options = optionsOf(row);
  if (options === undefined) return ['paste', '-'];
  const file = join(dir, `options-${i}.json`);
  writeFileSync(file, typeof options === 'string' ? options : JSON.stringify(options));
  return ['paste', '-', '--options', file];
}

test('one example per exchange and product, each mapped with its account and checks', () => {
  assert.ok(pastes.length >= 5);
  for (const f of pastes) {
    const options = f.replace(/\.json$/, '.options.json');
    const args = ['paste', `examples/paste/${f}`];
    if (readdirSync(`${root}examples/paste`).includes(options)) args.push('--options', `examples/paste/${options}`);
    const r = run(args);
    assert.equal(r.status, 0, `${f}: ${r.stderr}`);
    const out = JSON.parse(r.stdout);
    assert.ok(['okx', 'binance', 'bybit'].includes(out.exchange), f);
    assert.ok(out.mapping.length > 0 && out.checks.length > 0, f);
    assert.equal(out.report, undefined, `${f}: the report comes with --eval`);
    assert.ok(validate(out.scenario), `${f}: ${JSON.stringify(validate.errors)}`);
    const evaluated = run([...args, '--eval']);
    assert.equal(JSON.parse(evaluated.stdout).report.product, out.product, f);
  }
});

test('--scenario prints the scenario alone, which eval takes', () => {
  const r = run(['paste', 'examples/paste/okx-swap-long.json', '--scenario']);
  assert.equal(r.status, 0, r.stderr);
  const scenario = JSON.parse(r.stdout);
  assert.equal(scenario.product, 'perpetual');
  const evaluated = run(['eval', '-'], r.stdout);
  assert.equal(evaluated.status, 0, evaluated.stderr);
  assert.ok(Math.abs(JSON.parse(evaluated.stdout).result.liquidationPrice.price - 57860.3717) < 1e-3);
});

test('every paste vector maps from stdin (its options from a file), its scenario valid under the schema', () => {
  vectors.pastes.forEach((row, i) => {
    const r = run(pasteArgs(row, i), pasteOf(row));
    assert.equal(r.status, 0, `${row.name}: ${r.stderr}`);
    assert.ok(validate(JSON.parse(r.stdout).scenario), `${row.name}: ${JSON.stringify(validate.errors)}`);
  });
});

test('bad pastes: exit 2, the field named in JSON on stderr, nothing on stdout', () => {
  vectors.badPastes.forEach((row, i) => {
    const r = run(pasteArgs(row, 1000 + i), pasteOf(row));
    assert.equal(r.status, 2, `${row.name}: exit ${r.status}`);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(r.stderr).error.field, row.field, row.name);
  });
});

test('bad usage and unreadable files exit 1', () => {
  assert.equal(run(['paste', 'no/such/file.json']).status, 1);
  assert.equal(run(['paste', 'examples/paste/okx-swap-long.json', '--options', 'no/such/options.json']).status, 1);
  assert.equal(run(['paste', 'examples/paste/okx-swap-long.json', '--frobnicate']).status, 1);
  assert.match(run(['--help']).stdout, /isomargin paste .*FILE\|-/);
  assert.match(run(['paste', '--help']).stdout, /--options FILE/);
});
