// How each exchange turns an isolated contract position into a liquidation price and a margin
// ratio (domain.md §2.2, §6, §7, §8, §8a, §10 rows 5, 10, 11). They differ in two ways only:
// where the maintenance margin is valued (at the liquidation price, or at entry) and what is
// added to it (a close fee in the rate, a maintenance amount taken off). Every convention here
// is one of two closed forms with its own parameters.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "isomargin/contract.hpp"
#include "isomargin/risk.hpp"

namespace isomargin {

enum class Convention {
  Okx,               // MM + fee at the liquidation price (§2.2)
  OkxCalculatorDoc,  // OKX calculator help's inverse form, fee sign flipped (§2.2, §10 row 5)
  Binance,           // MM at the liquidation price less `cum`, no fee; bracket re-selected (§6)
  Bybit,             // MM valued at entry, less the deduction (§7); legacy = no deduction
  BitMex,            // MM valued at entry (§8)
  Gate,              // fee added to the mmr, at the liquidation price (§8a), linear only
  Hyperliquid,       // mmr = 1/(2·max leverage), at the liquidation price (§8a), linear only
  Phemex,            // close fee folded into the assigned balance (§8a), linear only
  SimpleInverse,     // EP·L/(L ± 1 ∓ mmr·L) (§8a), inverse only
};

struct ConventionInfo {
  Convention convention;
  const char* name;    // as written in a scenario
  const char* label;   // as shown to a person
  bool linear;         // supports linear contracts
  bool inverse;        // supports inverse contracts
  bool mmAtEntry;      // maintenance margin valued at entry, not at the liquidation price
  bool usesFee;        // the taker fee enters the maintenance requirement
};

std::vector<ConventionInfo> conventions();
std::optional<ConventionInfo> find_convention(const std::string& name);
ConventionInfo info(Convention c);

// What a convention needs beyond the position.
struct ContractRisk {
  double mmr = 0;                // the tier's maintenance margin rate
  double maintenanceAmount = 0;  // Binance `cum`, Bybit deduction, Phemex mmAmt
  double takerFee = 0;
};

// The margin a convention counts: the isolated margin balance, except Phemex's assigned
// position balance OV/L + (OV − OV/L)·f (+ added − removed).
double counted_margin(Convention c, const ContractPosition& p, double takerFee);
// Why a convention counts another margin than the isolated margin shown, or null when it does not.
const char* counted_margin_reason(Convention c);

// The maintenance margin amount at the mark, in the settlement coin: notional × mmr − amount,
// the notional valued at the mark, or at entry for the conventions that fix MM there (Bybit,
// BitMEX, simple inverse). No fee: the margin ratio adds the fee rate on the same notional.
double contract_maintenance_margin(Convention c, const ContractPosition& p, const ContractRisk& r,
                                   double mark);

// The estimated liquidation price under a convention, or none / every price (§8a: a price ≤ 0
// or a zero denominator is "none"; never a negative or infinite number).
PriceLevel contract_liquidation(Convention c, const ContractPosition& p, const ContractRisk& r);

// Where equity reaches 0 (no fee, §10 row 10): linear EP − s·M/Q; inverse Q/(M/… ) forms.
PriceLevel contract_bankruptcy(const ContractPosition& p);

// Equity over the convention's maintenance requirement at the mark (liquidation at ≤ 100%).
std::optional<double> contract_margin_ratio(Convention c, const ContractPosition& p,
                                            const ContractRisk& r, double mark);

}  // namespace isomargin
