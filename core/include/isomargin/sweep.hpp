// One position at many prices, for a chart: the floating PnL, the margin ratio and the
// workflow's state at each price. Nothing changes the position between prices; a price path
// does that (path.hpp).
#pragma once
#include <cstddef>
#include <optional>

#include "isomargin/liquidation.hpp"

namespace isomargin {

struct SweepRow {
  double price = 0;
  std::optional<double> pnl;          // none: old mode without the margin (no PnL base)
  std::optional<double> marginRatio;  // none: nothing owed, so no ratio
  RiskState state = RiskState::Normal;
};

// The most prices one sweep takes: a chart needs hundreds; more is a mistake, not a chart.
constexpr std::size_t kMaxSweepPrices = 100000;

}  // namespace isomargin
