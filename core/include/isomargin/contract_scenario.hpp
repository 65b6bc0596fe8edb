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
#include "isomargin/leverage.hpp"
#include "isomargin/path.hpp"
#include "isomargin/tiers.hpp"
#include "isomargin/warning.hpp"

namespace isomargin {

// The margin of a position as an exchange shows it, in place of leverage + added − removed.
// With a leverage as well, the margin above (below) the initial margin at that leverage counts
// as added (removed); without one, the leverage is the notional at entry ÷ the margin.
struct MarginInput {
  bool leverageGiven = true;
  std::optional<double> margin;         // no unrealised PnL: OKX margin, Binance isolatedWallet, Bybit positionIM
  std::optional<double> marginBalance;  // with the PnL at the mark: Binance isolatedMargin
};

// A size for the tier calculators: contracts (OKX tiers), a notional in the margin coin
// (brackets), or a stake (margin) for the highest leverage; `price` converts contracts and
// notionals into each other (default: the position's entry, then the mark).
struct TierQuery {
  enum class By { Contracts, Notional, Stake };
  By by = By::Contracts;
  double amount = 0;
  std::optional<double> price;
};

struct ContractScenario {
  ContractPosition position;  // entryPrice from `fills` when given
  std::vector<Fill> fills;    // sizes in contracts; entry = weighted (linear) or harmonic mean
  MarginInput margin;         // settled_position() turns it into leverage + added − removed
  // The exchange's maintenance margin amount at the mark (OKX mmr, Binance maintMargin, Bybit
  // positionMM): the rate mmr = MM ÷ notional at the mark when `mmrFromReported`, else checked.
  std::optional<double> reportedMaintenanceMargin;
  bool mmrFromReported = false;
  // false: no mark price, so no position report; the calculators alone (docs/scenario.md).
  bool atMark = true;
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
  bool cumDerived = false;  // brackets given without cum: derived by the recursion
  std::string tierSource;
  std::optional<double> maxLeverage;  // Hyperliquid: the asset's, mmr = 1/(2·max)
  // Reverse calculators.
  std::optional<double> exitPrice;               // PnL and ROE at an exit
  std::optional<double> targetRoe;               // the price that makes this ROE (1 = 100%)
  std::optional<double> wantedLiquidationPrice;  // the margin to add (negative: to remove)
  std::optional<double> maxOpenBalance;          // contracts this balance opens (Max Open)
  std::optional<TierQuery> tierFor;              // the tier or bracket that holds a size
  std::optional<TierQuery> maxLeverageFor;       // the highest leverage for a size or stake
  // Orders and modes (§2.3).
  PositionMode mode = PositionMode::OneWay;
  std::optional<ContractOrder> order;        // applied to the position; price 0 = the mark
  double pendingClose = 0;                   // hedge: contracts held by pending close orders
  std::optional<ContractPosition> opposite;  // hedge: the other side, judged alone
  MarginInput oppositeMargin;
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
  double maintenanceMargin = 0;  // at the mark (at entry for the at-entry models), no fee
  double marginUsed = 0;         // the margin this convention counts (Phemex: its own balance)
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

// The calculators that need no mark price (the whole of a calculators-only report).
struct ContractCalculations {
  std::optional<double> exitPnl, exitRoe;
  std::optional<PriceLevel> targetPrice;
  // On the tick grid toward the entry (never overstating the gain), as BitMEX shows 6,666.5.
  std::optional<double> targetAtTick;
  std::optional<double> maxOpenContracts;
  struct TierAnswer {
    TierQuery query;
    std::optional<double> price;  // the price that converted the query to the table's scale
    double amount = 0;  // on the table's scale: contracts (OKX tiers) or a notional
    TierLookup lookup;
  };
  std::optional<TierAnswer> tierFor;
  struct LeverageAnswer {
    TierQuery query;
    std::optional<double> price;
    MaxLeverage result;
    std::optional<double> notional;  // on the table's scale, at that leverage
  };
  std::optional<LeverageAnswer> maxLeverage;
};

struct ContractReport {
  double q = 0;  // base units (linear) or USD (inverse)
  double entryPrice = 0;
  double leverage = 1;  // as given, or notional at entry ÷ the margin shown
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
  ContractCalculations calculate;
  std::optional<double> availableToClose;  // hedge mode: contracts − pending close orders
  std::optional<OrderReport> order;
  std::optional<ConventionResult> opposite;
  Warnings warnings;
};

Check validate(const ContractScenario& s);
// The rates a convention applies to a position: the fixed mmr (and maintenance amount), its
// OKX tier, or its Binance bracket (re-selected at the liquidation price for Binance).
ContractRisk contract_risk(const ContractScenario& s, Convention c, const ContractPosition& p);

// The position after its fills and lot rounding, with its margin given as the exchange shows it
// turned into leverage + added − removed (MarginInput).
ContractPosition settled_position(const ContractScenario& s);
ContractPosition with_margin(ContractPosition p, const MarginInput& m, double mark);
// The scenario as every calculation sees it: the position settled and, with `mmrFromReported`,
// the fixed mmr = reported MM ÷ notional at the mark.
ContractScenario settled(const ContractScenario& s);

ContractReport evaluate(const ContractScenario& s);  // assumes validate() passed; atMark
// The calculators alone (atMark false; also part of evaluate()).
ContractCalculations calculate(const ContractScenario& s, const ContractPosition& settledPosition);
// The table's bands on the query's scale, and the amount on that scale; `price` as TierQuery says.
Bands query_bands(const ContractScenario& s, const ContractPosition& p, const TierQuery& q,
                  double& amount);
std::optional<double> query_price(const ContractScenario& s, const ContractPosition& p,
                                  const TierQuery& q);
// Whether the query is on the other scale than the table (OKX tiers: contracts; brackets:
// notional), so that a price must convert it.
bool converts(const ContractScenario& s, const TierQuery& q);

}  // namespace isomargin
