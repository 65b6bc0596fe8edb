// Reading a tier table the way a trader asks it: which tier or bracket holds a size, the highest
// leverage a size or a stake allows (freqtrade's get_max_leverage, docs/formulas.md), and the
// maintenance amounts of Binance brackets published without `cum` (domain.md §6).
#pragma once
#include <optional>
#include <vector>

#include "isomargin/tiers.hpp"

namespace isomargin {

// One row of an OKX tier table or a Binance bracket table on one scale: contracts, or a notional
// in the margin coin. OKX rows hold (previous maxSz, maxSz]; Binance rows [floor, cap).
struct Band {
  int tier = 0;
  double from = 0;  // the previous row's upper bound (0 for the first row)
  double to = 0;
  double publishedFrom = 0;  // OKX minSz as published (1,001 after 1,000); Binance = from
  bool upperInclusive = true;
  double mmr = 0;
  double imr = 0;  // OKX imr; Binance 1/initialLeverage (its IMR is 1/leverage)
  double maxLeverage = 0;
  std::optional<double> cum;  // brackets only
};
using Bands = std::vector<Band>;

// OKX tiers by contracts, scaled by `perContract` (1: contracts; the notional of one contract:
// a notional scale); Binance brackets by notional.
Bands bands_of(const TierTable& tiers, double perContract);
Bands bands_of(const BracketTable& brackets);

struct TierLookup {
  std::optional<std::size_t> index;  // none: above the last row
  // Between maxSz(k−1) and a published minSz(k) = maxSz(k−1) + 1 (a fractional size): in row k.
  bool inGap = false;
};
TierLookup tier_for(const Bands& bands, double amount);

struct MaxLeverage {
  std::optional<double> leverage;    // none: above the table (a stake: even 1x does not fit)
  std::optional<std::size_t> index;  // the row that sets it
  bool capped = false;  // set by that row's upper bound ÷ stake, below its max leverage
};
// The max leverage of the row that holds the notional.
MaxLeverage max_leverage_for_notional(const Bands& bands, double notional);
// freqtrade's get_max_leverage(stake): a zero stake gets row 1's maximum; otherwise the first row
// whose next row's floor ÷ its max leverage is above the stake gives min(upper bound ÷ stake,
// max leverage); the last row gives the same, and a stake above its upper bound (more than 1x
// can place) gets none.
MaxLeverage max_leverage_for_stake(const Bands& bands, double stake);

// cum_1 = 0, cum_n = floor_n·(mmr_n − mmr_{n−1}) + cum_{n−1}: what validate_brackets checks.
void derive_cum(BracketTable& rows);

}  // namespace isomargin
