// Monte Carlo through the full engine: many seeded GBM price paths from the mark, each walked
// with the liquidation workflow (tiers, partial steps, fees, full liquidation; §4), reporting
// how often a position is liquidated at all and in full, and what it loses.
//
// Every path has its own random stream, so a run can be split into ranges of paths (one per
// worker): each range reports its raw tally, and merge_tallies() adds them up exactly — the
// counts are integers and the loss is an exact sum — so any split gives the single run's answer.
#pragma once
#include <vector>

#include "isomargin/error.hpp"
#include "isomargin/exact_sum.hpp"
#include "isomargin/liquidation.hpp"

namespace isomargin {

struct MonteCarloInput {
  int paths = 0;
  int steps = 0;                   // per path, evenly over the horizon
  unsigned long long seed = 1;
  double volatility = 0, drift = 0, days = 0;  // annualised; horizon in days
  int firstPath = 0;   // run paths [firstPath, firstPath + pathCount) of the `paths`
  int pathCount = -1;  // −1: to the last path
};

constexpr int kMonteCarloBuckets = 20;
// A run's limits (validate): paths, steps per path, and paths × steps, which bounds the draws.
constexpr int kMaxMonteCarloPaths = 100000;
constexpr int kMaxMonteCarloSteps = 10000;
constexpr double kMaxMonteCarloDraws = 2e7;

// The raw counts of a range of paths, [firstPath, firstPath + pathCount) out of `paths`.
struct MonteCarloTally {
  int paths = 0, firstPath = 0, pathCount = 0;
  int any = 0;   // paths with a partial or full liquidation
  int full = 0;  // paths ending in a full liquidation
  ExactSum loss;  // quote: fees of partial steps + equity lost in full liquidations
  std::vector<int> firstLiquidation = std::vector<int>(kMonteCarloBuckets, 0);
};

struct MonteCarloResult {
  double anyLiquidation = 0;   // share of the tallied paths with a partial or full liquidation
  double fullLiquidation = 0;  // share of the tallied paths ending in a full liquidation
  double standardError = 0;    // of anyLiquidation
  double expectedLoss = 0;     // quote, per path
  std::vector<int> firstLiquidation;  // 20 buckets over the horizon: when paths were first hit
  MonteCarloTally tally;
};

// Assumes the input passed validate() (a range inside [0, paths)).
MonteCarloTally monte_carlo_tally(const SpotPosition& start, double mark, double takerFee,
                                  const MmrRule& rule, const LiquidationRules& rules,
                                  const MonteCarloInput& in);

MonteCarloResult monte_carlo_result(MonteCarloTally tally);

MonteCarloResult monte_carlo(const SpotPosition& start, double mark, double takerFee,
                             const MmrRule& rule, const LiquidationRules& rules,
                             const MonteCarloInput& in);

// One tally of the whole run from tallies of ranges that cover [0, paths) once each (in any
// order); an error names the offending part as "[i]…".
Outcome<MonteCarloTally> merge_tallies(const std::vector<MonteCarloTally>& parts);

}  // namespace isomargin
