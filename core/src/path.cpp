#include "isomargin/path.hpp"

namespace isomargin {

std::vector<double> straight_path(double from, double to, int steps) {
  std::vector<double> prices;
  for (int i = 0; i <= steps; ++i) prices.push_back(from + (to - from) * i / steps);
  return prices;
}

std::vector<double> path_prices(const PathInput& in) {
  return in.prices.empty() ? straight_path(in.from, in.to, in.steps) : in.prices;
}

PriceLevel price_at_ratio(const SpotPosition& p, double mmr, double takerFee, double ratio) {
  return solve_price(book_of(p), 1 + ratio * (liquidation_k(mmr, takerFee) - 1));
}

PathRun run_path(const SpotPosition& start, const std::vector<double>& prices, double takerFee,
                 const MmrRule& rule, const LiquidationRules& rules) {
  PathRun run;
  run.final = start;
  bool alerted = false;
  for (std::size_t i = 0; i < prices.size(); ++i) {
    const double price = prices[i];
    const LiquidationState s = liquidation_state(run.final, price, takerFee, rule, rules);
    auto event = [&](PathEventKind kind, std::optional<double> ratio) {
      run.events.push_back({i, price, kind, ratio, std::nullopt});
    };
    const bool belowAlert = s.marginRatio && *s.marginRatio < rules.alertRatio;
    if (belowAlert && !alerted) event(PathEventKind::Alert, s.marginRatio);
    if (!belowAlert && alerted) event(PathEventKind::AlertCleared, s.marginRatio);
    alerted = belowAlert;
    if (s.ordersCancelled) event(PathEventKind::OrdersCancelled, s.marginRatio);
    // The steps taken at this price change the position that the rest of the path sees.
    for (const PartialStep& step : s.steps)
      run.events.push_back({i, price, PathEventKind::PartialLiquidation, step.marginRatioAfter, step});
    run.final = s.after;
    run.points.push_back({price, s.finalMarginRatio, s.state});
    if (s.state == RiskState::FullLiquidation) {
      event(PathEventKind::FullLiquidation, s.finalMarginRatio);
      run.fullyLiquidated = true;
      break;
    }
    if (s.state == RiskState::PartialLiquidation) alerted = *s.finalMarginRatio < rules.alertRatio;
  }
  return run;
}

}  // namespace isomargin
