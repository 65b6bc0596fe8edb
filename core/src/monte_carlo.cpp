#include "isomargin/monte_carlo.hpp"

#include <algorithm>

#include "random.hpp"

namespace isomargin {

MonteCarloResult monte_carlo(const SpotPosition& start, double mark, double takerFee,
                             const MmrRule& rule, const LiquidationRules& rules,
                             const MonteCarloInput& in) {
  MonteCarloResult out;
  out.firstLiquidation.assign(20, 0);
  const Ziggurat zig;  // this run's tables
  const double years = in.days / 365;
  const double dt = years / in.steps;
  const double mean = (in.drift - 0.5 * in.volatility * in.volatility) * dt;
  const double sd = in.volatility * std::sqrt(dt);
  int any = 0, full = 0;
  double loss = 0;
  for (int i = 0; i < in.paths; ++i) {
    SplitMix64 rng = path_stream(in.seed, i);
    SpotPosition p = start;
    // Walk the log price against the log of the current liquidation price: the ratio is ≤ 100%
    // exactly when the price is past it, so the engine only runs where it can act.
    PriceLevel level;
    double barrier = 0;
    auto aim = [&] {
      level = solve_price(book_of(p), liquidation_k(mmr_for(rule, p.principal), takerFee));
      if (level.kind == PriceLevel::Kind::At) barrier = std::log(level.price / mark);
    };
    aim();
    double x = 0;
    bool hit = false;
    for (int j = 0; j < in.steps && level.kind != PriceLevel::Kind::Never; ++j) {
      x += mean + sd * zig.normal(rng);
      if (level.kind == PriceLevel::Kind::At && (level.falls ? x > barrier : x < barrier)) continue;
      const double price = mark * std::exp(x);
      const LiquidationState s = liquidation_state(p, price, takerFee, rule, rules);
      if (!hit) {
        hit = true;
        ++any;
        ++out.firstLiquidation[std::min(19, j * 20 / in.steps)];
      }
      for (const PartialStep& step : s.steps) loss += step.fee;
      if (s.state == RiskState::FullLiquidation) {
        // What the position still held is lost at the bankruptcy price (§10 row 9).
        loss += std::max(0.0, risk_at(book_of(s.after), price, 0, 0).netAssets);
        ++full;
        break;
      }
      p = s.after;
      aim();
    }
  }
  out.anyLiquidation = static_cast<double>(any) / in.paths;
  out.fullLiquidation = static_cast<double>(full) / in.paths;
  out.standardError = std::sqrt(out.anyLiquidation * (1 - out.anyLiquidation) / in.paths);
  out.expectedLoss = loss / in.paths;
  return out;
}

}  // namespace isomargin
