// Margin ratio, maintenance margin, liquidation and bankruptcy prices of a spot-margin
// position, all from the general two-currency form (§1.3, §1.4).
#pragma once
#include <optional>

#include "isomargin/spot.hpp"

namespace isomargin {

struct RiskAtPrice {
  double liabilityValue = 0;     // QL + BL·P, quote
  double netAssets = 0;          // (QA − QL) + (BA − BL)·P, quote
  double maintenanceMargin = 0;  // LV·mmr, quote
  double liquidationFee = 0;     // f·(LV + MM), quote (§1.4, §10 row 2)
  std::optional<double> marginRatio;  // net / (MM + fee); none without a liability
};

RiskAtPrice risk_at(const Book& b, double price, double mmr, double takerFee);

// A price where equity reaches a threshold, or why there is none. OKX shows "--" for none.
struct PriceLevel {
  enum class Kind {
    At,      // liquidated once the mark reaches `price` in direction `falls`
    Never,   // no positive price reaches the threshold
    Always,  // every positive price is past the threshold
  };
  Kind kind = Kind::Never;
  double price = 0;
  bool falls = true;  // true: at or below price; false: at or above
};

// Solves QA + BA·P = k·(QL + BL·P) for P: liq = (QL·k − QA) / (BA − BL·k).
// k = (1 + mmr)(1 + f) gives the estimated liquidation price; k = 1 the bankruptcy price.
PriceLevel solve_price(const Book& b, double k);

inline double liquidation_k(double mmr, double takerFee) { return (1 + mmr) * (1 + takerFee); }

// Is `mark` at or past the level (already liquidatable / bankrupt)? A mark within a relative
// kReachedTolerance of the price counts as reached. The liquidation state at a price is judged
// by this same call on the position's liquidation level, so a price computed a rounding away
// from the mark (93,102.99999999999 for 93,103) cannot split the state from reachedAtMark.
constexpr double kReachedTolerance = 1e-12;
bool reached(const PriceLevel& level, double mark);

// Floating PnL in the margin coin (§1.5), mark or last price.
double floating_pnl(const SpotPosition& p, double price);

// Old-mode PnL needs the margin, which the assets include.
inline bool has_pnl(const SpotPosition& p) { return p.mode != Mode::Old || p.margin.has_value(); }

// The rate whose maintenance margin at `price` is `mm` (quote): MM = LV·mmr read backwards, for
// an exchange's MM amount (OKX's `mmr` of a MARGIN position). None without a liability.
std::optional<double> mmr_for_maintenance_margin(const Book& b, double price, double mm);

}  // namespace isomargin
