// One spot-margin scenario in, one report out: everything the CLI, the wasm module and the
// page show for a position. The codec (core/codec) maps JSON to these types; no JSON here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "isomargin/error.hpp"
#include "isomargin/liquidation.hpp"
#include "isomargin/open.hpp"
#include "isomargin/risk.hpp"
#include "isomargin/spot.hpp"
#include "isomargin/trade.hpp"

namespace isomargin {

// Unpaid interest for the order form: an accrued amount, or hourly rate × hours × principal.
struct InterestInput {
  std::optional<double> accrued;
  std::optional<double> hourlyRate;
  std::optional<double> hours;
};

struct SpotScenario {
  // Exactly one: the balances as the API reports them, or how the position was opened.
  std::optional<SpotPosition> position;
  std::optional<OpenOrder> order;
  std::optional<InterestInput> interest;  // order form only
  double markPrice = 0;
  std::optional<double> lastPrice;
  double takerFee = 0;
  MmrRule mmr;
  std::string tierSource;  // the table's name or "custom", for the report
  LiquidationRules rules;
  std::optional<PreTradeInput> preTrade;  // order form only
  std::optional<CloseOrder> close;        // price 0: close at the mark price
};

struct ModeRow {  // one line of the seed's opening tables
  Mode mode = Mode::New;
  MarginCoin marginCoin = MarginCoin::Quote;
  SpotPosition position;
  PriceLevel liquidation;
};

struct SpotReport {
  SpotPosition position;
  std::optional<double> leverage;
  std::optional<Tier> tier;
  double mmr = 0;
  RiskAtPrice atMark;
  PriceLevel liquidation;
  PriceLevel bankruptcy;
  std::optional<double> distanceToLiquidation;  // (liq − mark) / mark
  std::optional<double> pnlMark;  // margin coin; none in old mode without the margin
  std::optional<double> pnlLast;
  std::optional<double> pnlPercentMark;
  std::optional<double> pnlPercentLast;
  LiquidationState state;
  std::optional<PreTradeCheck> preTrade;
  std::optional<CloseResult> close;
  std::vector<ModeRow> comparison;    // order form: every mode and margin coin of this side
  std::vector<FieldError> warnings;   // allowed, but worth a look
};

// The position's balances: as given, or opened from the order with its interest.
SpotPosition position_of(const SpotScenario& s);

// The order's leverage, or a position's: notional at entry in the margin coin over the margin.
std::optional<double> position_leverage(const SpotScenario& s, const SpotPosition& p);

// Ranges and consistency, each error naming the scenario's JSON path.
Check validate(const SpotScenario& s);

// Assumes validate() passed.
SpotReport evaluate(const SpotScenario& s);

// validate() then evaluate().
Outcome<SpotReport> run(const SpotScenario& s);

}  // namespace isomargin
