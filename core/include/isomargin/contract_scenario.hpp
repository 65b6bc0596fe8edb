// One perpetual or futures position in isolated margin, under one convention or all of them
// side by side, with the reverse calculators exchange calculators offer (domain.md §9).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "isomargin/contract.hpp"
#include "isomargin/contract_trade.hpp"
#include "isomargin/conventions.hpp"
#include "isomargin/error.hpp"
#include "isomargin/path.hpp"
#include "isomargin/tiers.hpp"

namespace isomargin {

struct ContractScenario {
  ContractPosition position;  // entryPrice from `fills` when given
  std::vector<Fill> fills;    // sizes in contracts; entry = weighted (linear) or harmonic mean
  Convention convention = Convention::Okx;
  bool compare = false;       // every convention that supports this contract kind
  double markPrice = 0;
  std::optional<double> lastPrice;
  double takerFee = 0;
  // The maintenance margin rate: fixed (with an optional maintenance amount), OKX tiers by
  // contracts, or Binance brackets by notional.
  std::optional<double> fixedMmr;
  double maintenanceAmount = 0;
  TierTable tiers;
  BracketTable brackets;
  std::string tierSource;
  std::optional<double> maxLeverage;  // Hyperliquid: the asset's, mmr = 1/(2·max)
  // Reverse calculators.
  std::optional<double> exitPrice;               // PnL and ROE at an exit
  std::optional<double> targetRoe;               // the price that makes this ROE (1 = 100%)
  std::optional<double> wantedLiquidationPrice;  // the margin to add (negative: to remove)
  std::optional<double> maxOpenBalance;          // contracts this balance opens (Max Open)
  // Orders and modes (§2.3).
  PositionMode mode = PositionMode::OneWay;
  std::optional<ContractOrder> order;        // applied to the position; price 0 = the mark
  double pendingClose = 0;                   // hedge: contracts held by pending close orders
  std::optional<ContractPosition> opposite;  // hedge: the other side, judged alone
  // The liquidation workflow (§4): at the mark, and along a price path.
  double alertRatio = 3.0;
  std::optional<PathInput> path;
};

struct ConventionResult {
  Convention convention = Convention::Okx;
  ContractRisk risk;
  std::optional<int> tier;  // tier or bracket number used
  PriceLevel liquidation;
  // On the tick grid toward the mark (a long's up, a short's down): never later than exact.
  std::optional<double> liquidationAtTick;
  std::optional<double> marginRatio;  // equity / maintenance requirement at the mark
  std::optional<double> marginToAdd;  // for the wanted liquidation price
  std::optional<double> vsChosen;     // comparison rows: this price − the chosen model's
};

// Across the compared conventions that find a price: the lowest, the highest, and the gap.
struct ComparisonSpread {
  std::optional<Convention> lowest, highest;
  std::optional<double> spread;
};

struct OrderReport {
  OrderOutcome outcome;
  std::optional<ConventionResult> after;  // the position after the order, same convention
};

struct ContractReport {
  double q = 0;  // base units (linear) or USD (inverse)
  double entryPrice = 0;
  double notionalAtMark = 0;
  double initialMargin = 0;
  double margin = 0;  // isolated margin balance
  double pnlMark = 0;
  double pnlRatioMark = 0;  // PnL / initial margin
  std::optional<double> pnlLast, pnlRatioLast;
  ConventionResult main;
  PriceLevel bankruptcy;
  std::optional<double> distanceToLiquidation;  // (liq − mark) / mark
  std::vector<ConventionResult> comparison;
  ComparisonSpread spread;
  std::optional<double> exitPnl, exitRoe;
  std::optional<PriceLevel> targetPrice;
  // On the tick grid toward the entry (never overstating the gain), as BitMEX shows 6,666.5.
  std::optional<double> targetAtTick;
  std::optional<double> maxOpenContracts;
  std::optional<double> availableToClose;  // hedge mode: contracts − pending close orders
  std::optional<OrderReport> order;
  std::optional<ConventionResult> opposite;
  std::vector<FieldError> warnings;
};

Check validate(const ContractScenario& s);
// The rates a convention applies to a position: the fixed mmr (and maintenance amount), its
// OKX tier, or its Binance bracket (re-selected at the liquidation price for Binance).
ContractRisk contract_risk(const ContractScenario& s, Convention c, const ContractPosition& p);

// The position after its fills and lot rounding.
ContractPosition settled_position(const ContractScenario& s);
ContractReport evaluate(const ContractScenario& s);  // assumes validate() passed

}  // namespace isomargin
