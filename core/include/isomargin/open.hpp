// Opening a spot-margin position from an order: what it borrows, holds and posts (§1.2).
#pragma once
#include <optional>
#include <vector>

#include "isomargin/spot.hpp"

namespace isomargin {

struct Fill {
  double price = 0;
  double size = 0;  // base
};

struct OpenOrder {
  Side side = Side::Long;
  MarginCoin marginCoin = MarginCoin::Quote;
  Mode mode = Mode::New;
  std::vector<Fill> fills;          // one or more fills; entry = weighted average (§1.2 rule 4)
  std::optional<double> leverage;   // exactly one of leverage and margin
  std::optional<double> margin;     // in the margin coin
  double interest = 0;              // unpaid interest, liability coin
  bool singleFill = false;          // written as entryPrice + size: errors name those fields
};

// avgPx = Σ q·p / Σ q.
double average_entry(const std::vector<Fill>& fills);
double total_size(const std::vector<Fill>& fills);

// Initial margin in the margin coin for a size at a price: base margin size/lev, quote
// margin size·price/lev (§1.2 rule 2).
double initial_margin(MarginCoin coin, double size, double price, double leverage);

// Leverage implied by a margin: the notional in the margin coin over the margin.
double leverage_for(MarginCoin coin, double size, double price, double margin);

double order_leverage(const OpenOrder& o);

// The whole notional is borrowed whichever coin the margin is in (§1.2 rule 1); old mode puts
// the margin inside the assets (rule 3). Opening fees are not deducted, as in OKX's tables.
SpotPosition open_position(const OpenOrder& o);

}  // namespace isomargin
