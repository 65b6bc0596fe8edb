// The liquidation workflow along a price path (domain.md §4): what happens to a spot-margin
// position as the mark moves — alert, alert cleared, orders cancelled, partial liquidation
// tier by tier (the position shrinks and carries on), full liquidation (the path ends there).
#pragma once
#include <optional>
#include <vector>

#include "isomargin/error.hpp"
#include "isomargin/liquidation.hpp"

namespace isomargin {

enum class PathEventKind { Alert, AlertCleared, OrdersCancelled, PartialLiquidation, FullLiquidation };

struct PathEvent {
  std::size_t index = 0;  // position in the price path
  double price = 0;
  PathEventKind kind = PathEventKind::Alert;
  std::optional<double> marginRatio;   // when the event happened
  std::optional<PartialStep> step;     // partial liquidation only
};

struct PathPoint {
  double price = 0;
  std::optional<double> marginRatio;  // after any liquidation at this price
  RiskState state = RiskState::Normal;
};

struct PathRun {
  std::vector<PathPoint> points;  // up to and including a full liquidation
  std::vector<PathEvent> events;
  SpotPosition final;             // after the partial steps
  bool fullyLiquidated = false;
};

// A price path: the prices themselves, or a straight move from `from` to `to` in `steps`.
struct PathInput {
  std::vector<double> prices;
  double from = 0, to = 0;
  int steps = 0;
};

// At most 100,001 prices, each in (0, 1e12]; errors name "path.…".
Check validate_path(const PathInput& in);

// The prices of a path input.
std::vector<double> path_prices(const PathInput& in);

// Evenly spaced prices from `from` to `to`, both included (steps ≥ 1 intervals).
std::vector<double> straight_path(double from, double to, int steps);

PathRun run_path(const SpotPosition& start, const std::vector<double>& prices, double takerFee,
                 const MmrRule& rule, const LiquidationRules& rules);

// The price where the margin ratio equals `ratio` (the alert at 300%, the liquidation at 100%):
// solve_price with k = 1 + ratio·((1 + mmr)(1 + f) − 1), since MM + fee = LV·(k − 1).
PriceLevel price_at_ratio(const SpotPosition& p, double mmr, double takerFee, double ratio);

}  // namespace isomargin
