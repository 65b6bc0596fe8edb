// The slowest scenarios the limits accept (docs/scenario.md, "Limits and the work budget"), and
// issue 9's reproducers, for bench/worst-bench.mjs. Each is { name, scenario, prices? } (prices:
// a batch sweep) or { name, merge } (Monte Carlo parts); `refused` marks what must be an error.
import { brackets, tierRows, tieredLong as spot } from '../tests/big-tables.mjs';

const range = (n, from, to) => Float64Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));

const perpetual = (extra) => ({ product: 'perpetual', side: 'long', model: 'binance', contract: { type: 'linear' },
  position: { contracts: 1000, entryPrice: 20000, leverage: 10 }, markPrice: 20000, ...extra });

// A Monte Carlo part of `pathCount` paths from `firstPath`, as a worker reports it.
const part = (paths, firstPath, pathCount) => ({ anyLiquidation: 0, fullLiquidation: 0, standardError: 0, expectedLoss: 0,
  firstLiquidation: new Array(20).fill(0), tally: { paths, firstPath, pathCount, any: 0, full: 0, lossParts: [0.1 * firstPath] } });

export function worstCases() {
  // Tier 112 (borrowed 111,100): with the mark, the path, 10,000 sweep points and 79,283 paths,
  // 89,285 starts × 112 = 9,999,920 partial steps, the budget's edge.
  const steps = { markPrice: 50, sweep: { from: 40, to: 60, points: 10000 }, path: { from: 200, to: 300, steps: 100000 },
    monteCarlo: { paths: 79283, steps: 252, volatility: 0.6, days: 30, seed: 7 } };
  return [
    { name: 'spot: partial steps at the budget (every start steps through 111 tiers)', scenario: spot(111100, steps) },
    { name: 'spot: Monte Carlo draws at the cap (100,000 × 200) with the longest path and sweep', scenario:
      { ...spot(100, { tiers: undefined, mmr: 0.03, order: { entryPrice: 100, size: 1, leverage: 2 } }),
        sweep: { from: 60, to: 200, points: 10000 }, path: { from: 100, to: 300, steps: 100000 },
        monteCarlo: { paths: 100000, steps: 200, volatility: 0.2, days: 1, seed: 7 } } },
    { name: 'spot: paths that survive, then fall through the tiers', scenario: spot(111100, { ...steps, markPrice: 100,
      path: { from: 100, to: 20, steps: 100000 }, monteCarlo: { ...steps.monteCarlo, volatility: 0.3, drift: -10, days: 3650 } }) },
    { name: 'batch sweep: 100,000 prices at tier 100, each stepping through 99 tiers', scenario: spot(99500), prices: range(100000, 40, 60) },
    { name: 'issue 9: 8,000 Binance brackets along a 100,000-step path (was 221 s)', scenario:
      perpetual({ tiers: { brackets: brackets(8000) }, path: { from: 20000, to: 15000, steps: 100000 } }) },
    { name: 'perpetual: 8,000 Binance brackets, a 100,001-price path never liquidated, every convention', scenario:
      perpetual({ compare: true, tiers: { brackets: brackets(8000) }, path: { from: 20000, to: 40000, steps: 100000 },
        calculate: { exitPrice: 21000, targetRoe: 0.5, liquidationPrice: 18000, maxOpenBalance: 1e6 } }) },
    { name: 'batch sweep: 100,000 prices, 8,000 Binance brackets', scenario: perpetual({ tiers: { brackets: brackets(8000) } }),
      prices: range(100000, 10000, 30000) },
    { name: 'batch sweep: 100,000 prices, OKX contract tiers at tier 100', prices: range(100000, 10000, 30000),
      scenario: perpetual({ model: 'okx', position: { contracts: 99500, entryPrice: 20000, leverage: 10 }, tiers: { rows: tierRows(1000) } }) },
    { name: 'batch sweep: 100,000 option marks at tier 100 of 1,000', prices: range(100000, 0.01, 0.5), scenario: {
      product: 'option', side: 'short', position: { contracts: 995, averagePrice: 0.05, initialMargin: 4 }, markPrice: 0.06,
      takerFee: 0.0003, tiers: { rows: Array.from({ length: 1000 }, (_, i) => ({ tier: i + 1, maxSz: (i + 1) * 10,
        mmPerContract: +(0.001 + i * 1e-5).toFixed(8) })) }, mmIncludesMark: true } },
    { name: 'issue 9: 1,000 tiers, 100,000 × 200 Monte Carlo at tier 900 (was 27.5 s)', refused: true,
      scenario: spot(899500, { monteCarlo: { paths: 100000, steps: 200, volatility: 0.6, days: 30, seed: 1 } }) },
    { name: 'issue 9: batch sweep of 1,000 prices at tier 900 (was 8 s in wasm)', scenario: spot(899500), prices: range(1000, 50, 149.9) },
    { name: 'issue 9: batch sweep of 100,000 prices at tier 900 (was ≈ 13 min in wasm)', refused: true, scenario: spot(899500),
      prices: new Float64Array(100000).fill(100) },
    { name: 'issue 9: 100,000 nested objects and a sibling key (crashed natively)', refused: true,
      text: `${'{"a":'.repeat(100000)}1${'}'.repeat(99999)},"b":1}` },
    { name: 'merge: 3,000 Monte Carlo parts (≈ 1 MiB)', merge: Array.from({ length: 3000 }, (_, i) => part(3000, i, 1)) },
  ];
}
