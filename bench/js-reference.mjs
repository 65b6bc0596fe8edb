// A plain-JS reference of the same formulas (domain.md §1.3, §1.4) for the seed risk example,
// to compare against the wasm core: the raw arithmetic is what a hand-written calculator
// would do; isomargin's evaluate() also validates, tiers, steps and encodes a full report.
export function riskAt({ quoteAssets, quoteLiability, baseAssets, baseLiability }, price, mmr, fee) {
  const liabilityValue = quoteLiability + baseLiability * price;
  const netAssets = quoteAssets - quoteLiability + (baseAssets - baseLiability) * price;
  const maintenanceMargin = liabilityValue * mmr;
  const liquidationFee = fee * (liabilityValue + maintenanceMargin);
  return { liabilityValue, netAssets, maintenanceMargin, liquidationFee,
    marginRatio: netAssets / (maintenanceMargin + liquidationFee) };
}

export function liquidationPrice({ quoteAssets, quoteLiability, baseAssets, baseLiability }, mmr, fee) {
  const k = (1 + mmr) * (1 + fee);
  return (quoteLiability * k - quoteAssets) / (baseAssets - baseLiability * k);
}
