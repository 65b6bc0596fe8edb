#include "spot_terms.hpp"

namespace isomargin::explain {

Syms SpotTerms::syms(double price, double mmr, double fee) const {
  return {{"A", amount(p.assets, c.asset(p.side))},
          {"L", amount(p.liability(), c.owed(p.side))},
          {"M", amount(p.margin.value_or(0), c.of(p.marginCoin))},
          {"P", amount(price, c.quote)},
          {"mmr", rate(mmr)},
          {"f", rate(fee)},
          {"k", expr("(1 + mmr) × (1 + f)")},
          {"principal", amount(p.principal, c.owed(p.side))},
          {"interest", amount(p.interest, c.owed(p.side))}};
}

std::string SpotTerms::level(bool withK) const {
  // Long: (L·k − M) ÷ (A + M); short: (A + M) ÷ (L·k − M), each M only where new mode holds it.
  const std::string lk = withK ? "L × k" : "L";
  const std::string owed = marginWithLiability() ? "(" + lk + " − M)" : lk;
  const std::string held = marginWithAssets() ? "(A + M)" : "A";
  if (isLong()) return owed + " ÷ " + held;
  return held + " ÷ " + (owed == "L × k" ? "(L × k)" : owed);
}

std::string SpotTerms::net() const {
  if (isLong()) return marginWithAssets() ? "(A + M) × P − L" : marginWithLiability() ? "A × P + M − L" : "A × P − L";
  return marginWithAssets() ? "A + M − L × P" : marginWithLiability() ? "A − (L − M) × P" : "A − L × P";
}

std::string SpotTerms::lv() const { return isLong() ? "L" : "L × P"; }

std::string SpotTerms::ratio() const { return "(" + net() + ") ÷ (" + lv() + " × (k − 1))"; }

std::string SpotTerms::pnl() const {
  const std::string a = p.mode == Mode::Old && p.margin ? "A − M" : "A";
  const bool quote = p.marginCoin == MarginCoin::Quote;
  if (isLong()) return quote ? a + " × P − L" : a + " − L ÷ P";
  return quote ? a + " − L × P" : a + " ÷ P − L";
}

}  // namespace isomargin::explain
