#include "isomargin/option.hpp"

#include <algorithm>
#include <cmath>

#include "isomargin/range.hpp"

namespace isomargin {

namespace {

double units_of(const OptionPosition& p, double contracts) {
  return contracts * p.multiplier * p.ctVal;
}

// min(taker × mult × ctVal × n, 12.5% × mark × mult × ctVal × n): low confidence, domain.md §3.
double liquidation_fee(double takerFee, double mark, double units) {
  return std::min(takerFee * units, 0.125 * mark * units);
}

}  // namespace

Check validate_option_tiers(const OptionTierTable& rows, const std::string& path, bool marginFactors) {
  const char* rate = marginFactors ? ".marginFactor" : ".mmPerContract";
  auto rate_of = [&](const OptionTier& t) { return marginFactors ? t.marginFactor : t.mmPerContract; };
  if (rows.empty()) return FieldError{path, "tier table is empty"};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const OptionTier& t = rows[i];
    const std::string at = index_path(path, i);
    if (t.tier != static_cast<int>(i) + 1)
      return FieldError{at + ".tier", "tiers must be numbered 1, 2, 3 … in order; expected " +
                                          std::to_string(i + 1)};
    if (auto e = in_range(t.maxSz, at + ".maxSz", 0, true, kMaxAmount)) return e;
    if (i > 0 && t.maxSz <= rows[i - 1].maxSz)
      return FieldError{at + ".maxSz", "must be greater than the previous tier's maxSz (" +
                                           plain_number(rows[i - 1].maxSz) + ")"};
    if (auto e = in_range(rate_of(t), at + rate, 0, true, kMaxAmount)) return e;
    if (i > 0 && rate_of(t) < rate_of(rows[i - 1]))
      return FieldError{at + rate, "must not be lower than the previous tier's (" +
                                       plain_number(rate_of(rows[i - 1])) + ")"};
  }
  return std::nullopt;
}

Check validate(const OptionScenario& s) {
  const OptionPosition& p = s.position;
  if (auto e = in_range(p.contracts, "position.contracts", 0, true, kMaxAmount)) return e;
  if (auto e = in_range(p.averagePrice, "position.averagePrice", 0, true, kMaxPrice)) return e;
  if (auto e = in_range(p.multiplier, "position.multiplier", 0, true, kMaxAmount)) return e;
  if (auto e = in_range(p.ctVal, "position.ctVal", 0, true, kMaxAmount)) return e;
  if (auto e = in_range(p.initialMargin, "position.initialMargin", 0, false, kMaxAmount)) return e;
  if (auto e = in_range(p.marginAdjustment, "position.marginAdjustment", -kMaxAmount, false, kMaxAmount))
    return e;
  if (p.initialMargin + p.marginAdjustment < 0)
    return FieldError{"position.marginAdjustment", "would leave a negative margin balance"};
  if (auto e = in_range(s.markPrice, "markPrice", 0, true, kMaxPrice)) return e;
  if (auto e = in_range(s.takerFee, "takerFee", 0, false, 0.1)) return e;
  if (!s.marginGiven) {
    if (s.path) return FieldError{"position.initialMargin", "is required with path (the workflow judges the margin)"};
    return std::nullopt;
  }
  if (s.tiers.empty()) {
    if (auto e = in_range(s.maintenanceMargin, "maintenanceMargin", 0, false, kMaxAmount)) return e;
  } else {
    if (auto e = validate_option_tiers(s.tiers, "tiers.rows", s.okx.has_value())) return e;
    if (p.contracts > s.tiers.back().maxSz)
      return FieldError{"position.contracts", "is above the last tier's maxSz (" +
                                                  plain_number(s.tiers.back().maxSz) +
                                                  "): no maintenance margin is given for it"};
  }
  if (s.okx) {
    if (p.side == Side::Long) return FieldError{"okx", "applies to short options only (a long option carries no MM)"};
    if (s.tiers.empty()) return FieldError{"tiers", "OKX's formula needs the margin factor of each tier"};
    if (s.mmIncludesMark) return FieldError{"mmIncludesMark", "OKX's formula already includes the mark price"};
    if (auto e = in_range(s.okx->c, "okx.c", 0, true, 1)) return e;
  }
  if (auto e = in_range(s.alertRatio, "alertRatio", 1, true, 100)) return e;
  if (s.path)
    if (auto e = validate_path(*s.path)) return e;
  return std::nullopt;
}

std::optional<std::size_t> option_tier(const OptionTierTable& rows, double contracts) {
  // maxSz rises strictly (validate_option_tiers): the first maxSz >= contracts, by bisection.
  if (rows.empty() || !(contracts <= rows.back().maxSz)) return std::nullopt;
  const auto it = std::lower_bound(rows.begin(), rows.end(), contracts,
                                   [](const OptionTier& t, double n) { return t.maxSz < n; });
  return static_cast<std::size_t>(it - rows.begin());
}

namespace {

// The maintenance margin, the liquidation fee and the margin ratio at `mark`, with the tier row
// `i` already known (none without tiers): the liquidation loop knows it after every step.
void requirement_at(const OptionScenario& in, const OptionPosition& p, double mark,
                    std::optional<std::size_t> i, OptionReport& r) {
  const double units = units_of(p, p.contracts);
  r.maintenanceMargin = in.maintenanceMargin;
  if (i) {
    r.maintenanceMargin = p.contracts * in.tiers[*i].mmPerContract;
    if (in.okx) {  // per coin of the underlying, times the position's coins
      const double c = in.okx->put ? std::max(in.okx->c, in.okx->c * mark) : in.okx->c;
      r.maintenanceMargin = (c * in.tiers[*i].marginFactor + mark) * units;
    }
  }
  // A long option carries no MM: the codec warns that mmIncludesMark is not used on one.
  if (in.mmIncludesMark && p.side == Side::Short) r.maintenanceMargin += units * mark;
  r.liquidationFee = liquidation_fee(in.takerFee, mark, units);
  const double requirement = r.maintenanceMargin + r.liquidationFee;
  r.marginRatio.reset();
  if (requirement > 0) r.marginRatio = option_margin(p) / requirement;
}

std::optional<double> ratio_in(const OptionScenario& in, const OptionPosition& p, double mark,
                               std::optional<std::size_t> i) {
  OptionReport r;
  requirement_at(in, p, mark, i, r);
  return r.marginRatio;
}

// The row whose rate applies: above the table (validate() rejects it at the start) the last
// row's rate carries on.
std::optional<std::size_t> rate_row(const OptionScenario& in, double contracts) {
  if (in.tiers.empty()) return std::nullopt;
  return option_tier(in.tiers, contracts).value_or(in.tiers.size() - 1);
}

}  // namespace

OptionReport evaluate_at(const OptionScenario& in, const OptionPosition& p, double mark) {
  OptionReport r;
  const double units = units_of(p, p.contracts);
  const double s = sign(p.side);
  r.value = units * mark;
  r.pnl = s * (mark - p.averagePrice) * units;
  r.pnlRatio = s * (mark - p.averagePrice) / p.averagePrice;
  r.marginBalance = option_margin(p);
  const auto i = rate_row(in, p.contracts);
  if (i) r.tier = static_cast<int>(*i) + 1;
  requirement_at(in, p, mark, i, r);
  return r;
}

OptionReport evaluate(const OptionScenario& in) { return evaluate_at(in, in.position, in.markPrice); }

OptionLiquidationState option_liquidation_state(const OptionScenario& s, const OptionPosition& start,
                                                double mark) {
  OptionLiquidationState out;
  OptionPosition& p = out.after = start;
  // Looked up once: each step leaves the position on the lower tier's maxSz.
  std::optional<std::size_t> idx = s.tiers.empty() ? std::nullopt : option_tier(s.tiers, p.contracts);
  out.marginRatio = out.finalMarginRatio = ratio_in(s, p, mark, rate_row(s, p.contracts));
  if (!out.marginRatio) return out;  // no requirement: no ratio, no risk
  if (*out.marginRatio > 1) {
    out.state = *out.marginRatio < s.alertRatio ? RiskState::Alert : RiskState::Normal;
    return out;
  }
  out.ordersCancelled = true;  // no pending orders are modelled, so the ratio stays as it is
  if (idx) out.steps.reserve(*idx);  // at most one step per tier below: one allocation
  for (;;) {
    out.noTierToStepTo = s.tiers.empty();
    // Options: partial from tier 2, ONE tier per step (§4, §10 row 6).
    if (!idx || *idx < 1) {
      out.state = RiskState::FullLiquidation;  // taken over; the margin is lost (§10 row 9)
      return out;
    }
    const std::size_t target = *idx - 1;
    OptionStep step;
    step.tierBefore = static_cast<int>(*idx) + 1;
    step.tierAfter = static_cast<int>(target) + 1;
    step.contractsClosed = p.contracts - s.tiers[target].maxSz;
    const double closedUnits = units_of(p, step.contractsClosed);
    step.realizedPnl = sign(p.side) * (mark - p.averagePrice) * closedUnits;
    step.fee = liquidation_fee(s.takerFee, mark, closedUnits);
    // §10 row 9: after a partial liquidation the remaining margin stays in the position.
    step.marginAfter = option_margin(p) + step.realizedPnl - step.fee;
    p.contracts = s.tiers[target].maxSz;
    p.marginAdjustment = step.marginAfter - p.initialMargin;
    idx = target;
    out.finalMarginRatio = ratio_in(s, p, mark, idx);
    step.marginRatioAfter = out.finalMarginRatio.value_or(0);
    out.steps.push_back(step);
    if (out.finalMarginRatio && *out.finalMarginRatio > 1) {
      out.state = RiskState::PartialLiquidation;
      return out;
    }
  }
}

OptionPathRun run_option_path(const OptionScenario& s, const std::vector<double>& prices) {
  return walk_path<OptionPosition, OptionStep>(
      s.position, prices, s.alertRatio,
      [&](const OptionPosition& p, double price) { return option_liquidation_state(s, p, price); });
}

OptionWorkflow option_workflow(const OptionScenario& s) {
  OptionWorkflow w;
  w.atMark = option_liquidation_state(s, s.position, s.markPrice);
  if (s.path) w.timeline = run_option_path(s, path_prices(*s.path));
  return w;
}

std::vector<SweepRow> sweep_prices(const OptionScenario& s, const std::vector<double>& prices) {
  std::vector<SweepRow> rows;
  rows.reserve(prices.size());
  for (double price : prices) {
    const OptionLiquidationState st = option_liquidation_state(s, s.position, price);
    rows.push_back({price, evaluate_at(s, s.position, price).pnl, st.marginRatio, st.state});
  }
  return rows;
}

}  // namespace isomargin
