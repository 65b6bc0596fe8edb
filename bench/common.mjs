// What the node benchmarks share: the seed's short with the illustrative tiers (domain.md §5),
// and a timer.
import { performance } from 'node:perf_hooks';

export const seedScenario = () => ({
  pair: 'BTC/USDT', side: 'short', marginCoin: 'quote', mode: 'old',
  position: { assets: 3299800, liability: 110, interest: 0.5 },
  markPrice: 29000, takerFee: 0.0001, tiers: { preset: 'seed-illustrative-btc' },
});

/** Milliseconds per call of f(i), after `warm` calls to warm up. */
export function msPerCall(n, f, warm = Math.min(n, 1000)) {
  for (let i = 0; i < warm; i++) f(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f(i);
  return (performance.now() - t0) / n;
}
