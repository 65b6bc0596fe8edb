#include "isomargin/monte_carlo.hpp"

#include <algorithm>
#include <cmath>

#include "random.hpp"

namespace isomargin {

MonteCarloTally monte_carlo_tally(const SpotPosition& start, double mark, double takerFee,
                                  const MmrRule& rule, const LiquidationRules& rules,
                                  const MonteCarloInput& in) {
  MonteCarloTally out;
  out.paths = in.paths;
  out.firstPath = in.firstPath;
  out.pathCount = in.pathCount < 0 ? in.paths - in.firstPath : in.pathCount;
  const Ziggurat zig;  // this run's tables
  const double years = in.days / 365;
  const double dt = years / in.steps;
  const double mean = (in.drift - 0.5 * in.volatility * in.volatility) * dt;
  const double sd = in.volatility * std::sqrt(dt);
  for (int i = in.firstPath; i < in.firstPath + out.pathCount; ++i) {
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
    double x = 0, loss = 0;
    bool hit = false;
    // j = −1 is the mark itself: a position already liquidatable there is liquidated before the
    // first step, on every path (the closed form's 100%), not only on paths that stay past it.
    for (int j = -1; j < in.steps && level.kind != PriceLevel::Kind::Never; ++j) {
      if (j >= 0) x += mean + sd * zig.normal(rng);
      if (level.kind == PriceLevel::Kind::At && (level.falls ? x > barrier : x < barrier)) continue;
      const double price = mark * std::exp(x);
      const LiquidationState s = liquidation_state(p, price, takerFee, rule, rules);
      if (!hit) {
        hit = true;
        ++out.any;
        ++out.firstLiquidation[std::min(kMonteCarloBuckets - 1, std::max(0, j) * kMonteCarloBuckets / in.steps)];
      }
      for (const PartialStep& step : s.steps) loss += step.fee;
      if (s.state == RiskState::FullLiquidation) {
        // What the position still held is lost at the bankruptcy price (§10 row 9).
        loss += std::max(0.0, risk_at(book_of(s.after), price, 0, 0).netAssets);
        ++out.full;
        break;
      }
      p = s.after;
      aim();
    }
    if (loss != 0) out.loss.add(loss);
  }
  return out;
}

MonteCarloResult monte_carlo_result(MonteCarloTally tally) {
  MonteCarloResult out;
  const double n = tally.pathCount;
  if (n > 0) {
    out.anyLiquidation = tally.any / n;
    out.fullLiquidation = tally.full / n;
    out.standardError = std::sqrt(out.anyLiquidation * (1 - out.anyLiquidation) / n);
    out.expectedLoss = tally.loss.value() / n;
  }
  out.firstLiquidation = tally.firstLiquidation;
  out.tally = std::move(tally);
  return out;
}

MonteCarloResult monte_carlo(const SpotPosition& start, double mark, double takerFee,
                             const MmrRule& rule, const LiquidationRules& rules,
                             const MonteCarloInput& in) {
  return monte_carlo_result(monte_carlo_tally(start, mark, takerFee, rule, rules, in));
}

Outcome<MonteCarloTally> merge_tallies(const std::vector<MonteCarloTally>& parts) {
  if (parts.empty()) return FieldError{"$", "give at least one part"};
  std::vector<std::size_t> order(parts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return parts[a].firstPath < parts[b].firstPath; });
  MonteCarloTally out;
  out.paths = parts[0].paths;
  for (std::size_t i : order) {
    const MonteCarloTally& t = parts[i];
    const std::string at = index_path("", i);
    if (t.paths != out.paths) return FieldError{at + ".tally.paths", "differs from part [0]'s"};
    if (t.firstPath != out.pathCount)
      return FieldError{at + ".tally.firstPath",
                        "the parts must cover the paths once each: expected " + std::to_string(out.pathCount)};
    if (t.pathCount < 1 || t.pathCount > t.paths - t.firstPath)
      return FieldError{at + ".tally.pathCount", "must be from 1 to paths − firstPath"};
    if (t.any < 0 || t.any > t.pathCount || t.full < 0 || t.full > t.any)
      return FieldError{at + ".tally.full", "needs 0 ≤ full ≤ any ≤ pathCount"};
    if (t.firstLiquidation.size() != static_cast<std::size_t>(kMonteCarloBuckets))
      return FieldError{at + ".firstLiquidation", "must have 20 buckets"};
    long long hits = 0;
    for (std::size_t b = 0; b < t.firstLiquidation.size(); ++b) {
      if (t.firstLiquidation[b] < 0) return FieldError{index_path(at + ".firstLiquidation", b), "must be ≥ 0"};
      hits += t.firstLiquidation[b];
    }
    if (hits != t.any) return FieldError{at + ".firstLiquidation", "must add up to tally.any"};
    // Checked first, so the sums stay within the run's paths (an int).
    for (std::size_t b = 0; b < t.firstLiquidation.size(); ++b) out.firstLiquidation[b] += t.firstLiquidation[b];
    out.pathCount += t.pathCount;
    out.any += t.any;
    out.full += t.full;
    out.loss.add(t.loss);
  }
  if (out.pathCount != out.paths)
    return FieldError{"$", "the parts cover " + std::to_string(out.pathCount) + " of " +
                               std::to_string(out.paths) + " paths"};
  return out;
}

}  // namespace isomargin
