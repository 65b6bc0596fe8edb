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
// The same with its explanations, and a perpetual under all nine conventions, with and without.
const explained = { ...seedScenario(), explain: true };
const wasmExplainedNs = time(5000, (i) => {
  explained.markPrice = 19500 + (i % 1000) * 10;
  sink += im.evaluate(explained).report.explanations.length;
});
const compare = { product: 'perpetual', pair: 'BTC/USDT', side: 'long', model: 'okx', compare: true,
  contract: { type: 'linear', ctVal: 0.01 }, position: { contracts: 100, entryPrice: 100000, leverage: 10 },
  markPrice: 99000, lastPrice: 99100, takerFee: 0.0005, mmr: 0.004,
  calculate: { exitPrice: 110000, targetRoe: 1, liquidationPrice: 85000 } };
const compareNs = time(5000, () => { sink += im.evaluate(compare).report.size; });
const compareExplainedNs = time(2000, () => { sink += im.evaluate({ ...compare, explain: true }).report.explanations.length; });
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
console.log(JSON.stringify({ wasmEvaluateNs: Math.round(wasmNs), wasmEvaluateExplainedNs: Math.round(wasmExplainedNs),
  wasmCompareNs: Math.round(compareNs), wasmCompareExplainedNs: Math.round(compareExplainedNs),
  jsReferenceArithmeticNs: +jsNs.toFixed(1),
  wasmMonteCarlo10000x1440Ms: Math.round(mcMs), sink: sink > 0 && mc.ok }));
