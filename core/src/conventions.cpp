#include "isomargin/conventions.hpp"

#include <cmath>
#include <iterator>

namespace isomargin {

namespace {

// Constant data: info() reads it at every price of a sweep, so it must not build a vector.
constexpr ConventionInfo kConventions[] = {
    {Convention::Okx, "okx", "OKX", true, true, false, true},
    {Convention::OkxCalculatorDoc, "okx-calculator-doc", "OKX calculator help (fee sign)", true,
     true, false, true},
    {Convention::Binance, "binance", "Binance USDS-M / COIN-M", true, true, false, false},
    {Convention::Bybit, "bybit", "Bybit", true, true, true, false},
    {Convention::BitMex, "bitmex", "BitMEX", true, true, true, false},
    {Convention::Gate, "gate", "Gate", true, false, false, true},
    {Convention::Hyperliquid, "hyperliquid", "Hyperliquid", true, false, false, false},
    {Convention::Phemex, "phemex", "Phemex USDT-M", true, false, false, true},
    {Convention::SimpleInverse, "simple-inverse", "Simple inverse (OctoBot, BTCMEX)", false,
     true, true, false},
};

}  // namespace

std::vector<ConventionInfo> conventions() { return {std::begin(kConventions), std::end(kConventions)}; }

std::optional<ConventionInfo> find_convention(const std::string& name) {
  for (const ConventionInfo& c : kConventions)
    if (name == c.name) return c;
  return std::nullopt;
}

ConventionInfo info(Convention c) {
  for (const ConventionInfo& i : kConventions)
    if (i.convention == c) return i;
  return kConventions[0];
}

double counted_margin(Convention c, const ContractPosition& p, double takerFee) {
  if (c != Convention::Phemex) return isolated_margin(p);
  const double ov = contract_notional(p.contract.kind, size_q(p), p.entryPrice);
  return ov / p.leverage + (ov - ov / p.leverage) * takerFee + p.marginAdded - p.marginRemoved;
}

const char* counted_margin_reason(Convention c) {
  return c == Convention::Phemex ? "Phemex counts its assigned position balance OV/L + (OV − OV/L) × "
                                   "taker fee + added − removed, not the isolated margin shown"
                                 : nullptr;
}

namespace {

// A candidate price from a numerator and denominator, or none when it is not a positive
// finite number. Long positions are liquidated by a fall, shorts by a rise.
PriceLevel level_from(double num, double den, Side side) {
  PriceLevel l;
  l.falls = side == Side::Long;
  const double p = num / den;
  if (den != 0 && std::isfinite(p) && p > 0) {
    l.kind = PriceLevel::Kind::At;
    l.price = p;
  } else {
    l.kind = PriceLevel::Kind::Never;
  }
  return l;
}

// The rate added to the maintenance margin: the fee, with the sign OKX's calculator help
// prints for inverse contracts (its linear form agrees with the margin ratio).
double fee_rate(Convention c, ContractKind kind, double takerFee) {
  if (!info(c).usesFee) return 0;
  const bool flipped = c == Convention::OkxCalculatorDoc && kind == ContractKind::Inverse;
  return flipped ? -takerFee : takerFee;
}

}  // namespace

PriceLevel contract_liquidation(Convention c, const ContractPosition& p, const ContractRisk& r) {
  const double s = sign(p.side);
  const double q = size_q(p);
  const double m = counted_margin(c, p, r.takerFee);
  const double ep = p.entryPrice;
  const double amt = r.maintenanceAmount;
  const bool linear = p.contract.kind == ContractKind::Linear;
  if (info(c).mmAtEntry) {
    // Liquidated when s·PnL reaches −(M − MM_entry): MM fixed at entry (Bybit, BitMEX).
    const double mmEntry = contract_notional(p.contract.kind, q, ep) * r.mmr - amt;
    const double cushion = m - mmEntry;
    if (linear) return level_from(q * ep - s * cushion, q, p.side);  // EP − s·cushion/Q
    return level_from(q, q / ep + s * cushion, p.side);              // 1/P = 1/EP + s·cushion/Q
  }
  // Liquidated when M + PnL(P) = notional(P)·(mmr + fee) − amount.
  const double rate = r.mmr + fee_rate(c, p.contract.kind, r.takerFee);
  if (linear) return level_from(s * q * ep - m - amt, q * (s - rate), p.side);
  return level_from(q * (s + rate), m + s * q / ep + amt, p.side);
}

PriceLevel contract_bankruptcy(const ContractPosition& p) {
  const double s = sign(p.side);
  const double q = size_q(p);
  const double m = isolated_margin(p);
  if (p.contract.kind == ContractKind::Linear) return level_from(q * p.entryPrice - s * m, q, p.side);
  return level_from(q, q / p.entryPrice + s * m, p.side);
}

double contract_maintenance_margin(Convention c, const ContractPosition& p, const ContractRisk& r,
                                   double mark) {
  const double valuedAt = info(c).mmAtEntry ? p.entryPrice : mark;
  return contract_notional(p.contract.kind, size_q(p), valuedAt) * r.mmr - r.maintenanceAmount;
}

std::optional<double> contract_margin_ratio(Convention c, const ContractPosition& p,
                                            const ContractRisk& r, double mark) {
  const double q = size_q(p);
  const ContractKind kind = p.contract.kind;
  const double equity = counted_margin(c, p, r.takerFee) + contract_pnl(kind, p.side, q, p.entryPrice, mark);
  const double valuedAt = info(c).mmAtEntry ? p.entryPrice : mark;
  const double requirement = contract_maintenance_margin(c, p, r, mark) +
                             contract_notional(kind, q, valuedAt) * fee_rate(c, kind, r.takerFee);
  if (!(requirement > 0)) return std::nullopt;
  return equity / requirement;
}

}  // namespace isomargin
