// Monte Carlo through the full engine: many seeded GBM price paths from the mark, each walked
// with the liquidation workflow (tiers, partial steps, fees, full liquidation; §4), reporting
// how often a position is liquidated at all and in full, and what it loses.
#pragma once
#include <vector>

#include "isomargin/liquidation.hpp"

namespace isomargin {

struct MonteCarloInput {
  int paths = 0;
  int steps = 0;                   // per path, evenly over the horizon
  unsigned long long seed = 1;
  double volatility = 0, drift = 0, days = 0;  // annualised; horizon in days
};

struct MonteCarloResult {
  double anyLiquidation = 0;   // share of paths with a partial or full liquidation
  double fullLiquidation = 0;  // share of paths ending in a full liquidation
  double standardError = 0;    // of anyLiquidation
  double expectedLoss = 0;     // quote: fees of partial steps + equity lost in full liquidations
  std::vector<int> firstLiquidation;  // 20 buckets over the horizon: when paths were first hit
};

MonteCarloResult monte_carlo(const SpotPosition& start, double mark, double takerFee,
                             const MmrRule& rule, const LiquidationRules& rules,
                             const MonteCarloInput& in);

}  // namespace isomargin
