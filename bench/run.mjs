// `npm run bench` (scripts/bench.sh): every benchmark in one run, each figure beside its goal
// (issue 14), written to bench/results/latest.json and to the generated tables at the top of
// docs/benchmarks.md. Each part runs as its own process, with the load average noted before it:
// the machine is shared, so a figure means little without it. Tests never assert these.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';

const root = new URL('../', import.meta.url);
const parts = [
  ['native', './build/native/bench/isomargin_bench', []],
  ['wasmNode', 'node', ['bench/wasm-bench.mjs']],
  ['sweepNode', 'node', ['bench/sweep-bench.mjs']],
  ['paste', 'node', ['bench/paste-bench.mjs']],
  ['page', 'node', ['bench/page-bench.mjs']],
  ['monteCarlo', 'node', ['bench/browser-bench.mjs']],
  ['worstCases', 'node', ['bench/worst-bench.mjs']],
  ['size', 'node', ['bench/size.mjs']],
];

// One JSON object, or one per line (worst-bench.mjs: a row per case, flagged when unexpected).
function parse(out) {
  try {
    return JSON.parse(out);
  } catch {
    const lines = out.trim().split('\n').filter(Boolean);
    return { rows: lines.map((l) => JSON.parse(l.replace(/\s+\(UNEXPECTED.*$/, ''))),
      unexpected: lines.filter((l) => l.includes('UNEXPECTED')).length };
  }
}
const load = () => loadavg().map((x) => +x.toFixed(2));
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const results = {
  date: new Date().toISOString(), commit: git('rev-parse', '--short', 'HEAD'),
  // Changes to what this run rewrites do not count.
  dirty: git('status', '--porcelain', '--untracked-files=no', '--', '.', ':!docs/benchmarks.md', ':!bench/results') !== '', cpu: cpus()[0]?.model, cores: cpus().length,
  node: process.version, parts: {},
};
const started = Date.now();
for (const [name, cmd, args] of parts) {
  const loadBefore = load();
  const t0 = Date.now();
  process.stdout.write(`${name} (load ${loadBefore.join(' ')}) … `);
  const out = execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  results.parts[name] = { loadBefore, seconds: (Date.now() - t0) / 1000, ...parse(out) };
  console.log(`${results.parts[name].seconds} s`);
}
results.seconds = (Date.now() - started) / 1000;

// Each figure with its goal: [what, measured, goal, met].
const { native, wasmNode, page, monteCarlo, worstCases, size } = results.parts;
const slowest = (k) => Math.max(...worstCases.rows.map((r) => r[k].wallMs));
const kb = (b) => `${(b / 1024).toFixed(1)} KiB`;
const mm = (s, unit) => `${s.min} / ${s.median} ${unit}`;
const ratio = (a, b) => +(a / b).toFixed(2);
const sweep = page.sweep;
const figures = [
  ['keystroke → frame, 1× (min / median)', mm(page.keystrokeMs, 'ms'), '≤ 8 ms median', page.keystrokeMs.median <= 8],
  ['keystroke → frame, 4× CPU throttling', mm(page.keystroke4xMs, 'ms'), '≤ 33 ms median', page.keystroke4xMs.median <= 33],
  ['first result after navigation (update / its frame, medians)', `${page.firstResultMs.median} / ${page.firstFrameMs.median} ms`, '≤ 250 ms median', page.firstResultMs.median <= 250],
  ['first load, gzip / brotli', `${kb(page.firstLoad.gzip)} / ${kb(page.firstLoad.brotli)}`, '≤ 100 KiB gzipped', page.firstLoad.gzip <= 100 * 1024],
  ['first-load module: wasm + glue + API, gzip / brotli', `${kb(size.totalGzip)} / ${kb(size.totalBrotli)}`, '≤ 50 KiB gzipped', size.totalGzip <= 50 * 1024],
  ['the full module (explanations, paste), on first use: wasm + glue, gzip / brotli', `${kb(size.full.totalGzip)} / ${kb(size.full.totalBrotli)}`, '—', null],
  ['spot sweep in Chromium, 1e5 prices, per price', `${mm(sweep.wasmNsPerPrice, 'ns')} (${(1e3 / sweep.wasmNsPerPrice.median).toFixed(1)} M/s)`, '≥ 20 M prices/s', sweep.wasmNsPerPrice.median <= 50],
  ['contract sweep in Chromium, per price', `${mm(sweep.contractNsPerPrice, 'ns')} (${(1e3 / sweep.contractNsPerPrice.median).toFixed(1)} M/s)`, '≥ 20 M prices/s', sweep.contractNsPerPrice.median <= 50],
  ['plain-JS port of the spot sweep, same page', `${mm(sweep.jsNsPerPrice, 'ns')}; identical output: ${sweep.identical ? 'yes' : `no (${sweep.differences} differ)`}`, 'identical', sweep.identical],
  ['spot sweep: wasm ÷ plain JS (medians)', `${ratio(sweep.wasmNsPerPrice.median, sweep.jsNsPerPrice.median)}×`, '≤ 1.0×', sweep.wasmNsPerPrice.median <= sweep.jsNsPerPrice.median],
  ['spot sweep: Chromium ÷ native codec sweep (`sweep_text`)', `${ratio(sweep.wasmNsPerPrice.median, native.sweepTextNsPerPrice)}× (native ${native.sweepTextNsPerPrice} ns)`, '≤ 1.5×', sweep.wasmNsPerPrice.median <= 1.5 * native.sweepTextNsPerPrice],
  ['native: one position at one price (core spot sweep; contract)', `${native.sweepNsPerPrice} ns; ${native.contractSweepNsPerPrice} ns`, '≤ 50 ns', native.sweepNsPerPrice <= 50],
  ['native `evaluate()` heap allocations (below / past the liquidation price)', `${native.evaluateAllocationsNormal} / ${native.evaluateAllocations}`, '0 on the common path', native.evaluateAllocationsNormal === 0],
  // The codec's sweep allocates a fixed number per sweep (the scenario's JSON, the columns): < 0.01 a price at 1e5.
  ['native sweep heap allocations per price at 1e5 prices (core spot; core contract; codec, a fixed number per sweep)', `${native.sweepAllocationsPerPrice}; ${native.contractSweepAllocationsPerPrice}; ${native.sweepTextAllocationsPerPrice}`, '0 per price', Math.max(native.sweepAllocationsPerPrice, native.contractSweepAllocationsPerPrice) < 0.001 && native.sweepTextAllocationsPerPrice < 0.01],
  ['native `evaluate()`: core; JSON text in/out', `${native.coreEvaluateNs} ns; ${(native.jsonEvaluateNs / 1000).toFixed(1)} µs`, '—', null],
  ['wasm `evaluate()` under node (the page\'s path)', `${(wasmNode.wasmEvaluateNs / 1000).toFixed(1)} µs`, '—', null],
  ['Monte Carlo 10,000 × 1,440 on the page: first click as the card opens', `${monteCarlo.pageFirstRunMs} ms`, '≤ 200 ms', monteCarlo.pageFirstRunMs <= 200],
  ['Monte Carlo on the page, warm (median)', `${monteCarlo.pageMs} ms (runs ${monteCarlo.pageMsRuns.join(', ')})`, '≤ 100 ms', monteCarlo.pageMs <= 100],
  ['the slowest scenarios the limits accept (bench/worst-cases.mjs): slowest wall time native; wasm under node', `${slowest('native')} ms; ${slowest('wasm')} ms (${worstCases.rows.length} cases, ${worstCases.unexpected} unexpected)`, '< 1 s native, < 3 s wasm', slowest('native') < 1000 && slowest('wasm') < 3000 && worstCases.unexpected === 0],
  ['Monte Carlo, one worker (median); native; wasm under node', `${monteCarlo.workerMs} ms; ${native.monteCarlo10000x1440Ms} ms; ${wasmNode.wasmMonteCarlo10000x1440Ms} ms`, '—', null],
];
results.figures = figures.map(([what, measured, goal, met]) => ({ what, measured, goal, met }));

mkdirSync(new URL('bench/results/', root), { recursive: true });
writeFileSync(new URL('bench/results/latest.json', root), `${JSON.stringify(results, null, 2)}\n`);

const mark = (met) => (met === null ? '' : met ? 'met' : '**not met**');
const table = [
  `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC on ${results.commit}${results.dirty ? ' (with uncommitted changes)' : ''}, `
    + `${results.cpu} × ${results.cores}, node ${results.node}, Chromium ${page.chromium}; `
    + `${results.seconds.toFixed(0)} s in all. Load average (1 min) before each part: `
    + Object.entries(results.parts).map(([k, v]) => `${k} ${v.loadBefore[0]}`).join(', ') + '.',
  '',
  '| figure | measured | goal | |',
  '|---|---|---|---|',
  ...figures.map(([what, measured, goal, met]) => `| ${what} | ${measured} | ${goal} | ${mark(met)} |`),
  '',
  'The first load, file by file (what the page asked for before its first result; the other products’ chunks and the full module come after):',
  '',
  '| file | bytes | gzip | brotli |',
  '|---|---:|---:|---:|',
  ...page.firstLoad.files.map((f) => `| \`${f.file}\` | ${f.bytes.toLocaleString('en')} | ${f.gzip.toLocaleString('en')} | ${f.brotli.toLocaleString('en')} |`),
].join('\n');
const docs = new URL('docs/benchmarks.md', root);
const text = readFileSync(docs, 'utf8');
const start = '<!-- npm run bench: start -->';
const end = '<!-- npm run bench: end -->';
if (!text.includes(start)) throw new Error(`docs/benchmarks.md has no ${start} marker`);
writeFileSync(docs, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`));

console.log(`\n${table}\n\nwrote bench/results/latest.json and docs/benchmarks.md (${results.seconds.toFixed(0)} s)`);
