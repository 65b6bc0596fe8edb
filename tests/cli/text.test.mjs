// The command line for a person: `eval --format text [--explain]`, the help of every
// subcommand, --version, and `presets` pretty-printed or as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vectors, mergePatch, cliPath } from '../wasm/load.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = cliPath;
const run = (args, input) => spawnSync(cli, args, { input, encoding: 'utf8', cwd: root });

// The row of a label, and the lines under it up to the next row.
function row(out, label) {
  const lines = out.split('\n');
  const i = lines.findIndex((l) => l.startsWith(`  ${label}  `));
  assert.ok(i >= 0, `no row "${label}"`);
  let j = i + 1;
  while (j < lines.length && lines[j].startsWith('      ')) j++;
  return { line: lines[i], below: lines.slice(i + 1, j) };
}

test('the risk example as text with its explanations: 128,180.00, 333.27 and 74.16%, each with its formula', () => {
  const r = run(['eval', '--format', 'text', '--explain', 'examples/seed-risk.json']);
  assert.equal(r.status, 0, r.stderr);
  const mm = row(r.stdout, 'maintenance margin');
  assert.match(mm.line, /128,180\.00 USDT$/);
  assert.deepEqual(mm.below.slice(0, 2).map((l) => l.trim()), ['MM = L × P × mmr  [3]', '= 110.5 BTC × 29,000 USDT × 4%']);
  const fee = row(r.stdout, 'liquidation fee');
  assert.match(fee.line, /333\.27 USDT$/);
  assert.equal(fee.below[0].trim().replace(/\s+\[\d+\]$/, ''), 'fee = f × (LV + MM)');
  assert.equal(fee.below[1].trim(), '= 0.01% × (3,204,500 USDT + 128,180 USDT)');
  const mr = row(r.stdout, 'margin ratio');
  assert.match(mr.line, /74\.16%$/);
  assert.equal(mr.below[0].trim().replace(/\s+\[\d+\]$/, ''), 'MR = net ÷ (MM + fee)');
  assert.equal(mr.below[1].trim(), '= 95,300 USDT ÷ (128,180 USDT + 333.268 USDT)');
  // The state in words, the liquidation price's trigger, and the sources by address.
  assert.match(r.stdout, /^state: full liquidation: at 74\.16% \(100% or below\)/m);
  assert.match(row(r.stdout, 'liquidation price').line, /28,711\.02 USDT {2}at or above, reached at the mark$/);
  assert.match(r.stdout, /\nsources\n {2}\[1\] OKX: .*https:\/\/www\.okx\.com\//);
});

test('text without --explain: aligned label / value / unit rows, rounded for display, no formulas', () => {
  const r = run(['eval', '--format', 'text', 'examples/seed-risk-partial.json']);
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /^ {6}/m);
  const rows = r.stdout.split('\nwarnings\n')[0].split('\n').filter((l) => /^ {2}\S/.test(l));
  assert.ok(rows.length >= 15);
  // Every value ends in the same column (its unit after it), and none is unrounded.
  const end = rows[0].search(/\d(?= USDT$)/) + 1;
  for (const l of rows) assert.ok(l[end - 1] !== ' ' && (l.length === end || l[end] === ' '), l);
  assert.doesNotMatch(r.stdout, /\d\.\d{7,}/);
  assert.match(r.stdout, /^state: partial liquidation: at 74\.16% \(100% or below\) pending orders are cancelled, then 1 partial step bring the ratio to 108\.59%/m);
  assert.match(row(r.stdout, 'partial step 1: size bought back').line, /10\.00 BTC$/);
});

test('every example and every vector case reads as text, explained, with no NaN', () => {
  for (const f of readdirSync(`${root}examples`).filter((x) => x.endsWith('.json'))) {
    const r = run(['eval', '--format', 'text', '--explain', `examples/${f}`]);
    assert.equal(r.status, 0, `${f}: ${r.stderr}`);
    assert.doesNotMatch(r.stdout, /NaN|Infinity/, f);
  }
  for (const c of vectors.cases) {
    const r = run(['eval', '--format', 'text', '--explain', '-'], JSON.stringify(c.scenario));
    assert.equal(r.status, 0, `${c.name}: ${r.stderr}`);
    assert.doesNotMatch(r.stdout, /NaN|Infinity/, c.name);
    assert.match(r.stdout, /^(spot margin|perpetual|futures|option), isolated · /, c.name);
  }
});

test('a liquidation price that does not exist is said so in words', () => {
  const c = vectors.cases.find((x) => x.name.startsWith('short with base margin at least'));
  const r = run(['eval', '--format', 'text', '-'], JSON.stringify(c.scenario));
  assert.match(row(r.stdout, 'liquidation price').line, / none$/);
});

test('bad input as text: exit 2 and one line naming the field', () => {
  for (const b of vectors.badInput.slice(0, 10)) {
    const text = 'text' in b ? b.text : JSON.stringify(mergePatch(vectors.bases[b.base], b.patch));
    const r = run(['eval', '--format', 'text', '-'], text);
    assert.equal(r.status, 2, b.name);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`^isomargin: ${b.field === '$' ? 'the scenario' : b.field.replace(/[[\].]/g, '\\$&')}: .+\\n$`), b.name);
  }
});

test('--explain with JSON adds the explanations; JSON stays the default', () => {
  const plain = JSON.parse(run(['eval', 'examples/seed-risk.json']).stdout);
  assert.equal(plain.explanations, undefined);
  const explained = JSON.parse(run(['eval', '--explain', 'examples/seed-risk.json']).stdout);
  assert.ok(explained.explanations.some((x) => x.quantity === 'risk.maintenanceMargin'));
});

test('--help covers all three products and every subcommand; --version prints the version', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  for (const word of ['spot margin', 'perpetual', 'futures', 'option', 'eval', 'presets', '--format', '--explain', '--version'])
    assert.ok(help.stdout.includes(word), word);
  const evalHelp = run(['eval', '--help']);
  assert.equal(evalHelp.status, 0);
  assert.match(evalHelp.stdout, /--format text/);
  assert.match(evalHelp.stdout, /--explain/);
  const presetsHelp = run(['presets', '--help']);
  assert.equal(presetsHelp.status, 0);
  assert.match(presetsHelp.stdout, /--format text/);
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  assert.equal(run(['--version']).stdout, `isomargin ${version}\n`);
  assert.equal(run(['eval', '--format', 'xml', 'examples/seed-risk.json']).status, 1);
  assert.equal(run(['eval', '--frobnicate', 'examples/seed-risk.json']).status, 1);
  assert.equal(run(['presets', 'extra']).status, 1);
});

test('presets: pretty-printed JSON, or names and labels as text', () => {
  const json = run(['presets']);
  assert.equal(json.status, 0);
  assert.match(json.stdout, /^\{\n {2}"states": \[/);
  const catalog = JSON.parse(json.stdout);
  const text = run(['presets', '--format', 'text']);
  assert.equal(text.status, 0);
  for (const p of [...catalog.marginTiers, ...catalog.contractTiers, ...catalog.models])
    assert.match(text.stdout, new RegExp(`^ {2}${p.name} +${p.label.replace(/[()/.+]/g, '\\$&')}`, 'm'), p.name);
});
