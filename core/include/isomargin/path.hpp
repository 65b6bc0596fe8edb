// The liquidation workflow along a price path (domain.md §4): what happens to a position as
// the mark moves — alert, alert cleared, orders cancelled, partial liquidation
// tier by tier (the position shrinks and carries on), full liquidation (the path ends there).
#pragma once
#include <optional>
#include <vector>

#include "isomargin/error.hpp"
#include "isomargin/liquidation.hpp"

namespace isomargin {

// One partial-liquidation order that closes contracts at the mark (swaps and futures step two
// tiers down, options one); `fee` is the product's liquidation fee on the closed part.
struct ClosingStep {
  int tierBefore = 0;
  int tierAfter = 0;
  double contractsClosed = 0;
  double fee = 0;
  double realizedPnl = 0;  // on the closed part; it stays in the position's margin
  double marginAfter = 0;
  double marginRatioAfter = 0;
};

enum class PathEventKind { Alert, AlertCleared, OrdersCancelled, PartialLiquidation, FullLiquidation };

template <class Step>
struct BasicPathEvent {
  std::size_t index = 0;  // position in the price path
  double price = 0;
  PathEventKind kind = PathEventKind::Alert;
  std::optional<double> marginRatio;  // when the event happened
  std::optional<Step> step;           // partial liquidation only
};

struct PathPoint {
  double price = 0;
  std::optional<double> marginRatio;  // after any liquidation at this price
  RiskState state = RiskState::Normal;
};

template <class Position, class Step>
struct BasicPathRun {
  std::vector<PathPoint> points;  // up to and including a full liquidation
  std::vector<BasicPathEvent<Step>> events;
  Position final;                 // after the partial steps
  bool fullyLiquidated = false;
};

// Walks the prices with `state_at(position, price)` — a spot or contract liquidation state with
// marginRatio, ordersCancelled, steps, after, finalMarginRatio and state — and records the same
// events for both: an alert when the ratio first falls below the alert ratio (cleared when it
// rises back), orders cancelled, each partial step (the path goes on with the smaller position)
// and a full liquidation, which ends the path.
template <class Position, class Step, class StateAt>
BasicPathRun<Position, Step> walk_path(const Position& start, const std::vector<double>& prices,
                                       double alertRatio, StateAt state_at) {
  BasicPathRun<Position, Step> run;
  run.final = start;
  bool alerted = false;
  for (std::size_t i = 0; i < prices.size(); ++i) {
    const double price = prices[i];
    const auto st = state_at(run.final, price);
    auto event = [&](PathEventKind kind, std::optional<double> ratio) {
      run.events.push_back({i, price, kind, ratio, std::nullopt});
    };
    const bool below = st.marginRatio && *st.marginRatio < alertRatio;
    if (below && !alerted) event(PathEventKind::Alert, st.marginRatio);
    if (!below && alerted) event(PathEventKind::AlertCleared, st.marginRatio);
    alerted = below;
    if (st.ordersCancelled) event(PathEventKind::OrdersCancelled, st.marginRatio);
    for (const Step& step : st.steps)
      run.events.push_back({i, price, PathEventKind::PartialLiquidation, step.marginRatioAfter, step});
    run.final = st.after;
    run.points.push_back({price, st.finalMarginRatio, st.state});
    if (st.state == RiskState::FullLiquidation) {
      event(PathEventKind::FullLiquidation, st.finalMarginRatio);
      run.fullyLiquidated = true;
      break;
    }
    if (st.state == RiskState::PartialLiquidation)
      alerted = st.finalMarginRatio && *st.finalMarginRatio < alertRatio;
  }
  return run;
}

using PathEvent = BasicPathEvent<PartialStep>;
using PathRun = BasicPathRun<SpotPosition, PartialStep>;

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
