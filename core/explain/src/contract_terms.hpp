// A perpetual or futures position in symbols (Q size, EP entry, P price, M margin, n contracts,
// lev leverage, mmr, f taker fee, amt maintenance amount) and each convention's liquidation
// price, margin ratio and margin for a wanted price in the two closed forms of docs/formulas.md:
// maintenance margin valued at the liquidation price, or at entry (MMe).
#pragma once
#include <string>

#include "entries.hpp"
#include "isomargin/contract_scenario.hpp"

namespace isomargin::explain {

struct ContractTerms {
  const ContractPosition& p;
  const Coins& c;

  bool linear() const { return p.contract.kind == ContractKind::Linear; }
  bool isLong() const { return p.side == Side::Long; }
  // Linear: Q in base, margin in quote. Inverse: Q in USD, margin in the coin.
  const std::string& sizeUnit() const { return linear() ? c.base : c.usd; }
  const std::string& marginUnit() const { return linear() ? c.quote : c.base; }

  // Q, EP, n, ctVal, mult, lev, IM, added, removed, M (the isolated margin), P, PnL at `price`.
  Syms syms(double price) const;
  // What a convention counts: its M (Phemex: the assigned balance), mmr, f, amt, MMe.
  Syms risk(Convention conv, const ContractRisk& r) const;

  std::string notional(const char* price) const;  // Q × P, or Q ÷ P
  std::string pnl(const char* price) const;       // in the margin coin
  std::string bankruptcy() const;
  std::string liquidation(Convention conv, const ContractRisk& r) const;
  std::string marginRatio(Convention conv, const ContractRisk& r) const;
  std::string marginToAdd(Convention conv, const ContractRisk& r) const;  // for the price `wanted`

 private:
  std::string rate_sym(Convention conv) const;
  const char* term(const ContractRisk& r, const char* text) const;
};

// The convention's published page.
const char* convention_source(Convention conv, ContractKind kind);

}  // namespace isomargin::explain
