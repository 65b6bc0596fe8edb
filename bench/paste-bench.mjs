// A pasted exchange position through im.fromExchange (map, evaluate, check), per example of
// examples/paste/, against evaluate() of the scenario it makes: what the mapping adds.
// `node bench/paste-bench.mjs` after `npm run build`.
import { readFileSync } from 'node:fs';
import { loadIsomargin } from '../tests/wasm/load.mjs';
import { msPerCall } from './common.mjs';

const im = await loadIsomargin();
const dir = new URL('../examples/paste/', import.meta.url);
const read = (f) => readFileSync(new URL(f, dir), 'utf8');
const rows = {};
for (const f of ['okx-margin-short.json', 'okx-swap-long.json', 'binance-v3-short.json', 'bybit-linear-long.json']) {
  const text = read(f);
  const scenario = im.fromExchange(text).scenario;
  rows[f] = {
    fromExchangeUs: +(msPerCall(2000, () => im.fromExchange(text)) * 1000).toFixed(0),
    evaluateUs: +(msPerCall(2000, () => im.evaluate(scenario)) * 1000).toFixed(0),
  };
}
console.log(JSON.stringify(rows, null, 2));
