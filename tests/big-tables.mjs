// Large valid tables for issue 9's work cases, shared by the wasm tests, the fuzz seed corpus
// (tests/fuzz/seed-corpus.mjs) and bench/worst-cases.mjs; tests/test_work.cpp builds the same.

/** n spot or contract tiers 1,000 wide, mmr 1% rising by `step` a tier, imr 1% above it. */
export const tierRows = (n, step = 0.0008) => Array.from({ length: n }, (_, i) => ({ tier: i + 1, minSz: i * 1000,
  maxSz: (i + 1) * 1000, mmr: +(0.01 + i * step).toFixed(6), imr: +(0.02 + i * step).toFixed(6), maxLever: 10 }));

/** n Binance brackets 10,000 wide, mmr rising by 0.001% each, cum chained as §6 to 6 decimals (8,000 fit in 1 MiB). */
export function brackets(n) {
  const rows = [];
  for (let i = 0, cum = 0, prev = 0; i < n; i++) {
    const mmr = Math.round((0.004 + i * 1e-5) * 1e8) / 1e8;
    if (i > 0) cum = Math.round((cum + i * 10000 * (mmr - prev)) * 1e6) / 1e6;
    rows.push({ bracket: i + 1, notionalFloor: i * 10000, notionalCap: (i + 1) * 10000, maintMarginRatio: mmr, cum, initialLeverage: 10 });
    prev = mmr;
  }
  return rows;
}

/** A long at entry 100 borrowing `borrowed` quote (new mode borrows the notional) against 1,000 tiers: tier ⌈borrowed / 1000⌉. */
export const tieredLong = (borrowed, extra = {}) => ({ side: 'long', marginCoin: 'quote',
  order: { entryPrice: 100, size: borrowed / 100, leverage: 10 }, markPrice: 100, takerFee: 0.001, tiers: { rows: tierRows(1000) }, ...extra });
