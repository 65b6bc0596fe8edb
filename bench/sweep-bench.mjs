// A chart's worth of prices through the wasm module under node: the batch sweep (one call, a
// Float64Array in, typed arrays out) against the same points asked one evaluate() at a time,
// and against the JSON `sweep` field. `node bench/sweep-bench.mjs` after `npm run build`.
import { loadIsomargin } from '../tests/wasm/load.mjs';
import { msPerCall as time, seedScenario } from './common.mjs';

const im = await loadIsomargin();
const scenario = seedScenario();

const out = {};
let sink = 0;
for (const points of [121, 10000]) {
  const prices = new Float64Array(points);
  for (let i = 0; i < points; i++) prices[i] = 20000 + (15000 * i) / (points - 1);
  const runs = points > 1000 ? 20 : 500;
  out[`batchSweep${points}Ms`] = +time(runs, () => { sink += im.sweep(scenario, prices).sweep.marginRatio[0]; }).toFixed(3);
  out[`jsonSweep${points}Ms`] = +time(runs, () => {
    sink += im.evaluate({ ...scenario, sweep: { from: 20000, to: 35000, points } }).report.sweep.marginRatio[0];
  }).toFixed(3);
  out[`perPointEvaluate${points}Ms`] = +time(points > 1000 ? 2 : 20, () => {
    for (const p of prices) sink += im.evaluate({ ...scenario, markPrice: p }).report.risk.netAssets;
  }).toFixed(3);
}
console.log(JSON.stringify({ ...out, sink: Number.isFinite(sink) }));
