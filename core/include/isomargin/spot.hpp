// A spot-margin position in isolated mode (OKX instType MARGIN), domain.md §1.
#pragma once
#include <optional>

namespace isomargin {

enum class Side { Long, Short };
enum class MarginCoin { Base, Quote };
// Old mode: the margin sits inside `assets` (long/base and short/quote only).
// New mode: the margin is held beside the assets, in either coin (§1.1).
enum class Mode { Old, New };

inline double sign(Side s) { return s == Side::Long ? 1.0 : -1.0; }
inline Side opposite(Side s) { return s == Side::Long ? Side::Short : Side::Long; }

// The position as OKX's Get Positions API reports it. Long: assets in base, liability in
// quote. Short: assets in quote, liability in base. Liability = principal + unpaid interest
// (§1.8, §10 row 1).
struct SpotPosition {
  Side side = Side::Long;
  MarginCoin marginCoin = MarginCoin::Quote;
  Mode mode = Mode::New;
  double assets = 0;
  double principal = 0;  // borrowed, in the liability coin; selects the tier (§10 row 4)
  double interest = 0;   // unpaid, in the liability coin
  std::optional<double> margin;         // margin coin; optional in old mode (inside assets)
  std::optional<double> entryPrice;     // average open price, for display and leverage
  std::optional<double> initialMargin;  // PnL% base; defaults to margin

  double liability() const { return principal + interest; }
};

// Old mode existed only for long/base and short/quote (§1.2 rule 3).
inline bool combination_exists(Side side, MarginCoin coin, Mode mode) {
  if (mode == Mode::New) return true;
  return (side == Side::Long) == (coin == MarginCoin::Base);
}

inline bool margin_in_asset_coin(const SpotPosition& p) {
  return (p.side == Side::Long) == (p.marginCoin == MarginCoin::Base);
}

// The general two-currency view of OKX's Quick Margin page (§1.3): quote assets and
// liability, base assets and liability, with the margin counted in the coin it is held in.
struct Book {
  double quoteAssets = 0;
  double quoteLiability = 0;
  double baseAssets = 0;
  double baseLiability = 0;
};

Book book_of(const SpotPosition& p);

// Assets not counting the margin: old mode keeps the margin inside them.
double assets_ex_margin(const SpotPosition& p);

// Position size in base: a long holds it, a short owes it.
double position_size(const SpotPosition& p);

}  // namespace isomargin
