#include "contract_terms.hpp"

#include "sources.hpp"

namespace isomargin::explain {

const char* convention_source(Convention conv, ContractKind kind) {
  const bool linear = kind == ContractKind::Linear;
  switch (conv) {
    case Convention::Okx:
    case Convention::OkxCalculatorDoc: return source::kOkxCalculator;
    case Convention::Binance: return linear ? source::kBinanceLinear : source::kBinanceInverse;
    case Convention::Bybit: return linear ? source::kBybitLinear : source::kBybitInverse;
    case Convention::BitMex: return source::kBitmex;
    case Convention::Gate: return source::kGate;
    case Convention::Hyperliquid: return source::kHyperliquid;
    case Convention::Phemex: return source::kPhemex;
    case Convention::SimpleInverse: return source::kSimpleInverse;
  }
  return source::kOkxCalculator;
}

Syms ContractTerms::syms(double price) const {
  const double q = size_q(p);
  return {{"Q", amount(q, sizeUnit())},
          {"EP", amount(p.entryPrice, c.quote)},
          {"n", amount(p.contracts, c.contracts)},
          {"ctVal", amount(p.contract.ctVal, sizeUnit())},
          {"mult", plain(p.contract.multiplier)},
          {"lev", plain(p.leverage)},
          {"IM", amount(contract_initial_margin(p.contract.kind, q, p.entryPrice, p.leverage), marginUnit())},
          {"added", amount(p.marginAdded, marginUnit())},
          {"removed", amount(p.marginRemoved, marginUnit())},
          {"M", amount(isolated_margin(p), marginUnit())},
          {"P", amount(price, c.quote)},
          {"PnL", amount(contract_pnl(p.contract.kind, p.side, q, p.entryPrice, price), marginUnit())}};
}

Syms ContractTerms::risk(Convention conv, const ContractRisk& r) const {
  const bool amt = r.maintenanceAmount != 0;
  return {{"M", amount(counted_margin(conv, p, r.takerFee), marginUnit())},
          {"mmr", rate(r.mmr)},
          {"f", rate(r.takerFee)},
          {"amt", amount(r.maintenanceAmount, marginUnit())},
          {"MMe", expr(linear() ? (amt ? "Q × EP × mmr − amt" : "Q × EP × mmr") : (amt ? "Q ÷ EP × mmr − amt" : "Q ÷ EP × mmr"))}};
}

// The rate added to the maintenance margin: the fee, with the sign OKX's calculator help
// prints for inverse contracts (domain.md §10 row 5).
std::string ContractTerms::rate_sym(Convention conv) const {
  if (!info(conv).usesFee) return "mmr";
  return conv == Convention::OkxCalculatorDoc && !linear() ? "(mmr − f)" : "(mmr + f)";
}

const char* ContractTerms::term(const ContractRisk& r, const char* text) const {
  return r.maintenanceAmount != 0 ? text : "";
}

std::string ContractTerms::notional(const char* price) const {
  return std::string(linear() ? "Q × " : "Q ÷ ") + price;
}

std::string ContractTerms::pnl(const char* price) const {
  const std::string x = price;
  if (linear()) return isLong() ? "Q × (" + x + " − EP)" : "Q × (EP − " + x + ")";
  return isLong() ? "Q × (1 ÷ EP − 1 ÷ " + x + ")" : "Q × (1 ÷ " + x + " − 1 ÷ EP)";
}

std::string ContractTerms::bankruptcy() const {
  if (linear()) return isLong() ? "EP − M ÷ Q" : "EP + M ÷ Q";
  return isLong() ? "Q ÷ (Q ÷ EP + M)" : "Q ÷ (Q ÷ EP − M)";
}

std::string ContractTerms::liquidation(Convention conv, const ContractRisk& r) const {
  if (info(conv).mmAtEntry) {  // liquidated when the loss reaches M less the MM at entry
    if (linear()) return isLong() ? "EP − (M − MMe) ÷ Q" : "EP + (M − MMe) ÷ Q";
    return isLong() ? "Q ÷ (Q ÷ EP + (M − MMe))" : "Q ÷ (Q ÷ EP − (M − MMe))";
  }
  // Liquidated when M + PnL(P) = notional(P) × (mmr + f) − amt.
  const std::string k = rate_sym(conv);
  if (linear())
    return isLong() ? std::string("(Q × EP − M") + term(r, " − amt") + ") ÷ (Q × (1 − " + k + "))"
                    : std::string("(Q × EP + M") + term(r, " + amt") + ") ÷ (Q × (1 + " + k + "))";
  return isLong() ? "Q × (1 + " + k + ") ÷ (M + Q ÷ EP" + term(r, " + amt") + ")"
                  : "Q × (1 − " + k + ") ÷ (Q ÷ EP − M" + term(r, " − amt") + ")";
}

std::string ContractTerms::marginRatio(Convention conv, const ContractRisk& r) const {
  return "(M + PnL) ÷ (" + notional(info(conv).mmAtEntry ? "EP" : "P") + " × " + rate_sym(conv) + term(r, " − amt") + ")";
}

std::string ContractTerms::marginToAdd(Convention conv, const ContractRisk& r) const {
  if (info(conv).mmAtEntry) {
    if (linear()) return isLong() ? "MMe + (EP − wanted) × Q − M" : "MMe + (wanted − EP) × Q − M";
    return isLong() ? "MMe + Q × (1 ÷ wanted − 1 ÷ EP) − M" : "MMe + Q × (1 ÷ EP − 1 ÷ wanted) − M";
  }
  const std::string k = rate_sym(conv), a = term(r, " − amt");
  if (linear())
    return isLong() ? "Q × EP" + a + " − wanted × Q × (1 − " + k + ") − M" : "wanted × Q × (1 + " + k + ") − Q × EP" + a + " − M";
  return isLong() ? "Q × (1 + " + k + ") ÷ wanted − Q ÷ EP" + a + " − M" : "Q ÷ EP − Q × (1 − " + k + ") ÷ wanted" + a + " − M";
}

}  // namespace isomargin::explain
