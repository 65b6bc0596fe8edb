// An isolated options position (domain.md §3, OKX via a third-party rewrite). Option prices are
// in the underlying coin per unit, as OKX quotes them. Short-option maintenance margin formulas
// were not found in any source, so MM is an input; the liquidation fee formula comes from a
// Q&A page and is marked low-confidence in the docs.
#pragma once
#include <optional>

#include "isomargin/error.hpp"
#include "isomargin/spot.hpp"

namespace isomargin {

struct OptionPosition {
  Side side = Side::Long;
  double contracts = 0;    // total, n
  double averagePrice = 0; // average open price of the option
  double multiplier = 1;
  double ctVal = 1;
  double initialMargin = 0;
  double marginAdjustment = 0;  // added (+) or removed (−) by hand
};

struct OptionReport {
  double value = 0;       // n × mark × multiplier × ctVal
  double pnl = 0;         // s × (mark − avg) × n × multiplier × ctVal
  double pnlRatio = 0;    // s × (mark − avg) / avg
  double marginBalance = 0;  // initial margin + adjustments
  double liquidationFee = 0; // min(taker × mult × ctVal × n, 12.5% × mark × mult × ctVal × n)
  std::optional<double> marginRatio;  // margin balance / (MM + liquidation fee)
};

struct OptionScenario {
  OptionPosition position;
  double markPrice = 0;
  double takerFee = 0;
  double maintenanceMargin = 0;  // an input (see above)
};

Check validate(const OptionScenario& s);
OptionReport evaluate(const OptionScenario& s);  // assumes validate() passed

}  // namespace isomargin
