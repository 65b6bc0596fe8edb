// A spot-margin position in symbols (domain notation: A assets, L liability, M margin, P price,
// mmr, f taker fee, k = (1 + mmr)(1 + f)) and the formulas written in them: OKX's six forms of
// the liquidation price, the net assets, the liability value, the margin ratio and the PnL.
#pragma once
#include <string>

#include "entries.hpp"
#include "isomargin/liquidation.hpp"
#include "isomargin/scenario.hpp"

namespace isomargin::explain {

struct SpotTerms {
  const SpotPosition& p;
  const Coins& c;

  bool isLong() const { return p.side == Side::Long; }
  // New mode holds the margin beside the assets, in the asset coin or in the liability coin.
  bool marginWithAssets() const { return p.mode == Mode::New && p.margin.value_or(0) != 0 && margin_in_asset_coin(p); }
  bool marginWithLiability() const {
    return p.mode == Mode::New && p.margin.value_or(0) != 0 && !margin_in_asset_coin(p);
  }
  // A, L, M, P, mmr, f, k, principal, interest at `price`.
  Syms syms(double price, double mmr, double fee) const;

  std::string level(bool withK) const;  // where equity meets k × L (k = 1: bankruptcy)
  std::string net() const;              // (QA − QL) + (BA − BL)·P
  std::string lv() const;               // the liability in quote
  std::string ratio() const;            // net ÷ (LV × (k − 1)), i.e. net ÷ (MM + fee)
  std::string pnl() const;              // in the margin coin; old mode takes M out of A
};

// The balances an order opens (§1.2), under the current scope: "assets", "liability",
// "margin"; with `full` also "entryPrice", "principal", "interest".
void opened(Entries& e, const OpenOrder& o, const SpotPosition& p, const std::optional<InterestInput>& interest,
            const Coins& c, bool full);

// Every mode and margin coin of the order's side, under "comparison[i]" (liquidation prices with a rate).
void comparison_entries(Entries& e, const SpotScenario& s, const std::vector<ModeRow>& rows,
                        std::optional<double> mmr, double mark, const Coins& c);

// "liquidationPrice.price" (under the scope): k = (1 + mmr)(1 + f), or why there is none.
void liquidation_entry(Entries& e, const SpotTerms& t, const Syms& syms, const PriceLevel& l, double mark);

// Why a price level is missing or already reached, for its note.
std::string level_note(const PriceLevel& l, double mark, const std::string& quote);

// One sign convention for every distance, said in words: (liq − mark) ÷ mark.
std::string distance_note(const PriceLevel& l, double mark);

}  // namespace isomargin::explain
