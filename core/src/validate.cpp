// Range and consistency checks for a spot-margin scenario. Each limit is wide enough for any
// real market (a price of 1e-10 to 1e12, amounts up to 1e15) and keeps every product finite.
#include <cmath>
#include <string>

#include "isomargin/budget.hpp"
#include "isomargin/scenario.hpp"
#include "isomargin/range.hpp"

namespace isomargin {

namespace {

constexpr double kMaxLeverage = 1000;
constexpr std::size_t kMaxFills = 1000;

Check finite(double x, const char* path) {
  if (!std::isfinite(x)) return FieldError{path, "must be a finite number"};
  return std::nullopt;
}
Check positive(double x, const char* path, double max) { return in_range(x, path, 0, true, max); }
Check non_negative(double x, const char* path, double max) { return in_range(x, path, 0, false, max); }
Check price(double x, const char* path) { return positive(x, path, kMaxPrice); }
Check amount(double x, const char* path) { return positive(x, path, kMaxAmount); }

Check combination(Side side, MarginCoin coin, Mode mode) {
  if (combination_exists(side, coin, mode)) return std::nullopt;
  return FieldError{"marginCoin", side == Side::Long
                                      ? "old mode has no quote-margin long: use new mode"
                                      : "old mode has no base-margin short: use new mode"};
}

Check validate_position(const SpotPosition& p) {
  if (auto e = combination(p.side, p.marginCoin, p.mode)) return e;
  if (auto e = amount(p.assets, "position.assets")) return e;
  if (p.principal < 0)
    return FieldError{"position.liability", "must be greater than 0: give |liab| (OKX's API "
                                            "reports the liability as a negative number)"};
  if (auto e = amount(p.principal, "position.liability")) return e;
  if (auto e = non_negative(p.interest, "position.interest", kMaxAmount)) return e;
  if (p.margin) {
    if (auto e = amount(*p.margin, "position.margin")) return e;
    if (p.mode == Mode::Old && margin_in_asset_coin(p) && *p.margin >= p.assets)
      return FieldError{"position.margin", "old mode counts the margin inside assets, so it must be "
                                           "less than position.assets"};
  } else if (p.mode == Mode::New) {
    return FieldError{"position.margin", "is required in new mode (the margin is held beside the "
                                         "assets)"};
  }
  if (p.entryPrice)
    if (auto e = price(*p.entryPrice, "position.entryPrice")) return e;
  if (p.initialMargin)
    if (auto e = amount(*p.initialMargin, "position.initialMargin")) return e;
  return std::nullopt;
}

Check validate_order(const OpenOrder& o) {
  if (auto e = combination(o.side, o.marginCoin, o.mode)) return e;
  if (o.fills.empty()) return FieldError{"order.fills", "needs at least one fill"};
  if (o.fills.size() > kMaxFills) return FieldError{"order.fills", "at most 1000 fills"};
  for (std::size_t i = 0; i < o.fills.size(); ++i) {
    // A single fill is written as order.entryPrice and order.size.
    const bool one = o.singleFill;
    const std::string at = index_path("order.fills", i);
    const std::string pricePath = one ? "order.entryPrice" : at + ".price";
    const std::string sizePath = one ? "order.size" : at + ".size";
    if (auto e = price(o.fills[i].price, pricePath.c_str())) return e;
    if (auto e = amount(o.fills[i].size, sizePath.c_str())) return e;
  }
  if (o.leverage.has_value() == o.margin.has_value())
    return FieldError{"order.leverage", "give exactly one of order.leverage and order.margin"};
  if (o.leverage) {
    if (auto e = finite(*o.leverage, "order.leverage")) return e;
    if (*o.leverage < 1) return FieldError{"order.leverage", "must be at least 1"};
    if (*o.leverage > kMaxLeverage) return FieldError{"order.leverage", "must be at most 1000"};
  } else {
    if (auto e = amount(*o.margin, "order.margin")) return e;
    if (order_leverage(o) < 1)
      return FieldError{"order.margin", "is more than the order's notional (leverage below 1)"};
  }
  return std::nullopt;
}

Check validate_interest(const InterestInput& in) {
  if (in.accrued) {
    if (in.hourlyRate || in.hours)
      return FieldError{"interest", "give interest.accrued or interest.hourlyRate with "
                                    "interest.hours, not both"};
    return non_negative(*in.accrued, "interest.accrued", kMaxAmount);
  }
  if (!in.hourlyRate) return FieldError{"interest.hourlyRate", "is required with interest.hours"};
  if (!in.hours) return FieldError{"interest.hours", "is required with interest.hourlyRate"};
  if (auto e = non_negative(*in.hourlyRate, "interest.hourlyRate", 0.01)) return e;
  return non_negative(*in.hours, "interest.hours", 1e6);
}

Check validate_rate(const MmrRule& rule, bool required) {
  if (rule.fixedMmr) {
    if (auto e = finite(*rule.fixedMmr, "mmr")) return e;
    if (*rule.fixedMmr <= 0 || *rule.fixedMmr >= 1)
      return FieldError{"mmr", "must be a rate between 0 and 1 (0.04 means 4%)"};
    return std::nullopt;
  }
  if (rule.tiers.empty() && !required) return std::nullopt;
  return validate_tiers(rule.tiers, "tiers.rows");
}

Check validate_rules(const SpotScenario& s) {
  // An order's opening balances need no rate; its liquidation price does.
  if (auto e = validate_rate(s.mmr, s.atMark)) return e;
  if (auto e = non_negative(s.takerFee, "takerFee", 0.1)) return e;
  if (auto e = finite(s.rules.alertRatio, "alertRatio")) return e;
  if (s.rules.alertRatio <= 1 || s.rules.alertRatio > 100)
    return FieldError{"alertRatio", "must be above 1 (100%) and at most 100"};
  return std::nullopt;
}

Check validate_probability(const ProbabilityInput& in) {
  if (auto e = in_range(in.volatility, "probability.volatility", 0, true, 10)) return e;
  if (auto e = in_range(in.drift, "probability.drift", -10, false, 10)) return e;
  return in_range(in.days, "probability.days", 0, true, 3650);
}

Check validate_trades(const SpotScenario& s, const SpotPosition& p) {
  if (s.preTrade && s.order) {
    const PreTradeInput& t = *s.preTrade;
    if (auto e = non_negative(t.availableBalance, "preTrade.availableBalance", kMaxAmount)) return e;
    if (auto e = non_negative(t.adjustedEquity, "preTrade.adjustedEquity", kMaxAmount)) return e;
    if (auto e = non_negative(t.pendingHoldEquity, "preTrade.pendingHoldEquity", kMaxAmount))
      return e;
  }
  if (s.close) {
    const CloseOrder& c = *s.close;
    if (c.price != 0)
      if (auto e = price(c.price, "close.price")) return e;
    if (!c.closeAll) {
      if (auto e = amount(c.size, "close.size")) return e;
      if (!c.reduceOnly && c.size > position_size(p) && !position_leverage(s, p))
        return FieldError{"close.size", "opening the reverse position needs the position's "
                                        "leverage: give position.margin and position.entryPrice, "
                                        "or set close.reduceOnly"};
    }
  }
  return std::nullopt;
}

}  // namespace

Check validate_path(const PathInput& in) {
  if (in.prices.empty()) {
    if (auto e = in_range(in.from, "path.from", 0, true, kMaxPrice)) return e;
    if (auto e = in_range(in.to, "path.to", 0, true, kMaxPrice)) return e;
    if (in.steps < 1 || in.steps > 100000)
      return FieldError{"path.steps", "must be a whole number from 1 to 100000"};
    return std::nullopt;
  }
  if (in.prices.size() > 100001) return FieldError{"path.prices", "at most 100001 prices"};
  for (std::size_t i = 0; i < in.prices.size(); ++i)
    if (auto e = in_range(in.prices[i], index_path("path.prices", i), 0, true, kMaxPrice)) return e;
  return std::nullopt;
}

Check validate(const SpotScenario& s) {
  if (s.position.has_value() == s.order.has_value())
    return FieldError{"position", "give exactly one of position (balances) and order (opening)"};
  // A position carries its own interest: the codec warns that `interest` is not used.
  if (s.position) {
    if (auto e = validate_position(*s.position)) return e;
  } else {
    if (auto e = validate_order(*s.order)) return e;
    if (s.interest)
      if (auto e = validate_interest(*s.interest)) return e;
  }
  if (!s.atMark) {
    // The opening calculation: no mark, so nothing that is judged at a price.
    if (s.position) return FieldError{"markPrice", "is required with a position (balances)"};
    const char* needsMark = s.close ? "close" : s.path ? "path" : s.probability ? "probability"
                            : s.sweep ? "sweep" : s.monteCarlo ? "monteCarlo" : nullptr;
    if (needsMark) return FieldError{"markPrice", std::string("is required with ") + needsMark};
  } else if (auto e = price(s.markPrice, "markPrice")) {
    return e;
  }
  if (s.lastPrice)
    if (auto e = price(*s.lastPrice, "lastPrice")) return e;
  if (auto e = validate_rules(s)) return e;
  const SpotPosition p = position_of(s);
  if (!s.mmr.fixedMmr && !s.mmr.tiers.empty() && !find_tier(s.mmr.tiers, p.principal))
    return FieldError{s.position ? "position.liability" : "order.size",
                      "the amount borrowed (" + plain_number(p.principal) +
                          ") is above the tier table's last tier (maxSz " +
                          plain_number(s.mmr.tiers.back().maxSz) + ")"};
  if (s.path)
    if (auto e = validate_path(*s.path)) return e;
  if (s.probability)
    if (auto e = validate_probability(*s.probability)) return e;
  if (s.monteCarlo) {
    const MonteCarloInput& m = *s.monteCarlo;
    if (m.paths < 1 || m.paths > kMaxMonteCarloPaths)
      return FieldError{"monteCarlo.paths", "must be a whole number from 1 to " + std::to_string(kMaxMonteCarloPaths)};
    if (m.steps < 1 || m.steps > kMaxMonteCarloSteps)
      return FieldError{"monteCarlo.steps", "must be a whole number from 1 to " + std::to_string(kMaxMonteCarloSteps)};
    if (static_cast<double>(m.paths) * m.steps > kMaxMonteCarloDraws)
      return FieldError{"monteCarlo.paths", "paths × steps must be at most 20,000,000"};
    if (m.firstPath < 0 || m.firstPath >= m.paths)
      return FieldError{"monteCarlo.firstPath", "must be a whole number from 0 to paths − 1"};
    if (m.pathCount != -1 && (m.pathCount < 1 || m.pathCount > m.paths - m.firstPath))
      return FieldError{"monteCarlo.pathCount", "must be a whole number from 1 to paths − firstPath"};
    if (auto e = in_range(m.volatility, "monteCarlo.volatility", 0, true, 10)) return e;
    if (auto e = in_range(m.drift, "monteCarlo.drift", -10, false, 10)) return e;
    if (auto e = in_range(m.days, "monteCarlo.days", 0, true, 3650)) return e;
  }
  if (s.sweep) {
    if (auto e = price(s.sweep->from, "sweep.from")) return e;
    if (auto e = price(s.sweep->to, "sweep.to")) return e;
    if (s.sweep->points < 2 || s.sweep->points > 10000)
      return FieldError{"sweep.points", "must be a whole number from 2 to 10000"};
  }
  if (auto e = validate_trades(s, p)) return e;
  // The mark, the path (its position only shrinks) and every sweep point and Monte Carlo path
  // start from the whole position; the whole run's paths count, so a split run is judged alike.
  const double points = s.sweep ? s.sweep->points : 0;
  const double paths = s.monteCarlo ? s.monteCarlo->paths : 0;
  return within_budget(1 + (s.path ? 1 : 0) + points + paths, steps_per_start(s),
                       paths >= points ? "monteCarlo.paths" : "sweep.points",
                       plain_number(1 + (s.path ? 1 : 0) + points + paths) + " starts from the whole position (the mark" +
                           (s.path ? ", the path, " : ", ") + plain_number(points) + " sweep points, " +
                           plain_number(paths) + " Monte Carlo paths)");
}

}  // namespace isomargin
