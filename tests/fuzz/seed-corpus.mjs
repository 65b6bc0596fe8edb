// (Re)writes the seed files of the fuzz corpus (tests/fuzz/corpus/NAME/seed-*) from the examples
// and tests/vectors.json, plus issue 9's reproducers (repro-*, the inputs that crashed, hung or
// reached undefined behaviour before). Files a fuzzer found are kept as found-*; this script
// leaves those alone. Needs the native CLI: `bash scripts/build.sh native && node tests/fuzz/seed-corpus.mjs`
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { vectors, mergePatch, badText, pricesOf, pasteOf, optionsOf } from '../wasm/load.mjs';
import { brackets, tieredLong } from '../big-tables.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = (name) => `${root}tests/fuzz/corpus/${name}/`;
// Files are named after their vector (not its index), so a row added to the vectors adds a file.
const taken = new Set();
const slug = (s) => {
  const base = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 70);
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
};
for (const name of ['evaluate', 'sweep', 'merge', 'paste']) {
  mkdirSync(dir(name), { recursive: true });
  for (const f of readdirSync(dir(name))) if (/^(seed|repro)-/.test(f)) rmSync(dir(name) + f);
}
const put = (name, file, bytes) => writeFileSync(dir(name) + file, bytes);

// evaluate: the text the CLI and evaluate() read.
for (const f of readdirSync(`${root}examples`).filter((x) => x.endsWith('.json')))
  put('evaluate', `seed-example-${f}`, readFileSync(`${root}examples/${f}`));
vectors.cases.forEach((c) => put('evaluate', `seed-case-${slug(c.name)}.json`, JSON.stringify(c.scenario)));
vectors.badInput.forEach((b) => put('evaluate', `seed-bad-${slug(b.name)}.json`,
  'text' in b ? badText(b) : JSON.stringify(mergePatch(vectors.bases[b.base], b.patch))));

// sweep: the scenario, a NUL, the prices as little-endian doubles (fuzz_sweep.cpp). A long list
// is stored as one price repeated: its count is what such a case is about.
const sweepInput = (scenario, prices) => Buffer.concat([Buffer.from(JSON.stringify(scenario)), Buffer.from([0]),
  Buffer.from(Float64Array.from(prices.length > 20000 ? prices.map(() => prices[0]) : prices).buffer)]);
vectors.sweeps.forEach((c) => put('sweep', `seed-sweep-${slug(c.name)}.bin`, sweepInput(c.scenario, pricesOf(c.prices))));
vectors.badSweeps.forEach((b) => put('sweep', `seed-bad-${slug(b.name)}.bin`,
  sweepInput(mergePatch(vectors.bases[b.base], b.patch ?? {}), pricesOf(b.prices))));

// paste: the pasted text, a NUL, the options JSON (fuzz_paste.cpp), from every paste vector.
for (const p of [...vectors.pastes, ...vectors.badPastes]) {
  const o = optionsOf(p);
  const options = o === undefined || typeof o === 'string' ? o : JSON.stringify(o);
  const paste = Buffer.from(pasteOf(p));
  put('paste', `seed-${slug(p.name)}.bin`, options === undefined ? paste : Buffer.concat([paste, Buffer.from([0]), Buffer.from(options)]));
}

// merge: the parts of a split run, as the page's workers report them.
const cli = `${root}build/native/cli/isomargin`;
const mc = (monteCarlo) => {
  const scenario = { ...vectors.bases.position, markPrice: 19500, mmr: undefined, tiers: { preset: 'seed-illustrative-btc' },
    monteCarlo: { paths: 301, steps: 40, seed: 5, volatility: 0.9, days: 30, ...monteCarlo } };
  const r = spawnSync(cli, ['eval', '-'], { input: JSON.stringify(scenario), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cli}: ${r.stderr}`);
  return JSON.parse(r.stdout).monteCarlo;
};
const a = mc({ firstPath: 0, pathCount: 150 }), b = mc({ firstPath: 150, pathCount: 151 });
put('merge', 'seed-whole.json', JSON.stringify([mc({})]));
put('merge', 'seed-two-parts.json', JSON.stringify([a, b]));
put('merge', 'seed-two-parts-reversed.json', JSON.stringify([b, a]));
put('merge', 'seed-one-part-missing.json', JSON.stringify([a]));
put('merge', 'seed-overlapping.json', JSON.stringify([a, a, b]));

// Issue 9's reproducers beyond the vectors' bad inputs: the work that took minutes, and the
// merge that never returned.
const tier900 = tieredLong(899500);
put('evaluate', 'repro-tiers-1000-monte-carlo-100000x200.json',
  JSON.stringify({ ...tier900, monteCarlo: { paths: 100000, steps: 200, volatility: 0.6, days: 30, seed: 1 } }));
put('evaluate', 'repro-binance-8000-brackets-path-100000.json', JSON.stringify({ product: 'perpetual', side: 'long',
  model: 'binance', contract: { type: 'linear' }, position: { contracts: 1000, entryPrice: 20000, leverage: 10 },
  markPrice: 20000, tiers: { brackets: brackets(8000) }, path: { from: 20000, to: 15000, steps: 100000 } }));
put('sweep', 'repro-tiers-1000-sweep-1000.bin', sweepInput(tier900, Array.from({ length: 1000 }, (_, i) => 50 + 0.1 * i)));
put('sweep', 'repro-tiers-1000-sweep-100000.bin', sweepInput(tier900, new Array(100000).fill(100)));
const overflow = structuredClone(a);
overflow.tally.lossParts = [1e308, 1e308];
put('merge', 'repro-loss-parts-overflow.json', JSON.stringify([overflow]));
put('merge', 'repro-nested-100000.json', '['.repeat(100000) + ']'.repeat(100000));
