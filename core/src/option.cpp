#include "isomargin/option.hpp"

#include <algorithm>

#include "isomargin/range.hpp"

namespace isomargin {

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
  return in_range(s.maintenanceMargin, "maintenanceMargin", 0, false, kMaxAmount);
}

OptionReport evaluate(const OptionScenario& in) {
  const OptionPosition& p = in.position;
  const double mark = in.markPrice, takerFee = in.takerFee, maintenanceMargin = in.maintenanceMargin;
  OptionReport r;
  const double units = p.contracts * p.multiplier * p.ctVal;
  const double s = sign(p.side);
  r.value = units * mark;
  r.pnl = s * (mark - p.averagePrice) * units;
  r.pnlRatio = s * (mark - p.averagePrice) / p.averagePrice;
  r.marginBalance = p.initialMargin + p.marginAdjustment;
  // The fee is capped at 12.5% of the options' value (low confidence, domain.md §3).
  r.liquidationFee = std::min(takerFee * units, 0.125 * mark * units);
  const double requirement = maintenanceMargin + r.liquidationFee;
  if (requirement > 0) r.marginRatio = r.marginBalance / requirement;
  return r;
}

}  // namespace isomargin
