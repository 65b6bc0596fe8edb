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
  return walk_path<SpotPosition, PartialStep>(start, prices, rules.alertRatio,
                                              [&](const SpotPosition& p, double price) {
                                                return liquidation_state(p, price, takerFee, rule, rules);
                                              });
}

}  // namespace isomargin
