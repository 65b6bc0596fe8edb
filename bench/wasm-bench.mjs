// Evaluations per second: the wasm module under node (scenario object in, report out, the
// same path the page takes) against the plain-JS reference arithmetic.
// `node bench/wasm-bench.mjs` after `npm run build`.
import { performance } from 'node:perf_hooks';
import { loadIsomargin } from '../tests/wasm/load.mjs';
import { riskAt, liquidationPrice } from './js-reference.mjs';
import { msPerCall, seedScenario } from './common.mjs';

const im = await loadIsomargin();
const scenario = seedScenario();
const time = (n, f) => msPerCall(n, f) * 1e6;  // ns per call

let sink = 0;
const wasmNs = time(20000, (i) => {
  scenario.markPrice = 19500 + (i % 1000) * 10;
  sink += im.evaluate(scenario).report.risk.netAssets;
});
const book = { quoteAssets: 3299800, quoteLiability: 0, baseAssets: 0, baseLiability: 110.5 };
const jsNs = time(2000000, (i) => {
  const r = riskAt(book, 19500 + (i % 1000) * 10, 0.04, 0.0001);
  sink += r.marginRatio + liquidationPrice(book, 0.04, 0.0001);
});
// The Monte Carlo goal, through the same evaluate() a worker would call.
const t0 = performance.now();
const mc = im.evaluate({ ...scenario, markPrice: 19500,
  monteCarlo: { paths: 10000, steps: 1440, seed: 1, volatility: 0.6, days: 1 } });
const mcMs = performance.now() - t0;
console.log(JSON.stringify({ wasmEvaluateNs: Math.round(wasmNs), jsReferenceArithmeticNs: +jsNs.toFixed(1),
  wasmMonteCarlo10000x1440Ms: Math.round(mcMs), sink: sink > 0 && mc.ok }));
