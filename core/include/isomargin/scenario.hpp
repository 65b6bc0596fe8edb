// One spot-margin scenario in, one report out: everything the CLI, the wasm module and the
// page show for a position. The codec (core/codec) maps JSON to these types; no JSON here.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "isomargin/error.hpp"
#include "isomargin/liquidation.hpp"
#include "isomargin/monte_carlo.hpp"
#include "isomargin/open.hpp"
#include "isomargin/path.hpp"
#include "isomargin/risk.hpp"
#include "isomargin/spot.hpp"
#include "isomargin/sweep.hpp"
#include "isomargin/trade.hpp"
#include "isomargin/warning.hpp"

namespace isomargin {

// Unpaid interest for the order form: an accrued amount, or hourly rate × hours × principal.
struct InterestInput {
  std::optional<double> accrued;
  std::optional<double> hourlyRate;
  std::optional<double> hours;
};

// For the chance of touching the liquidation price (GBM; probability.hpp).
struct ProbabilityInput {
  double volatility = 0;  // annualised, 0.6 = 60%
  double drift = 0;       // annualised
  double days = 0;        // horizon
};

// Evaluate the same position at many prices (for a chart): from, to, and how many points.
struct SweepInput {
  double from = 0, to = 0;
  int points = 0;
};

struct SpotScenario {
  // Exactly one: the balances as the API reports them, or how the position was opened.
  std::optional<SpotPosition> position;
  std::optional<OpenOrder> order;
  std::optional<InterestInput> interest;  // order form only
  // false: an order without a mark price, the opening calculation alone (opening_report).
  bool atMark = true;
  double markPrice = 0;
  std::optional<double> lastPrice;
  double takerFee = 0;
  MmrRule mmr;
  std::string tierSource;  // the table's name or "custom", for the report
  LiquidationRules rules;
  std::optional<PreTradeInput> preTrade;  // order form only
  std::optional<CloseOrder> close;        // price 0: close at the mark price
  std::optional<PathInput> path;          // the liquidation workflow along a price path
  std::optional<ProbabilityInput> probability;
  std::optional<SweepInput> sweep;
  std::optional<MonteCarloInput> monteCarlo;
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
  PriceLevel alertPrice;  // where the margin ratio crosses the alert ratio
  std::optional<double> distanceToLiquidation;  // (liq − mark) / mark
  std::optional<double> pnlMark;  // margin coin; none in old mode without the margin
  std::optional<double> pnlLast;
  std::optional<double> pnlPercentMark;
  std::optional<double> pnlPercentLast;
  LiquidationState state;
  std::optional<PreTradeCheck> preTrade;
  std::optional<CloseResult> close;
  std::vector<ModeRow> comparison;    // order form: every mode and margin coin of this side
  std::optional<PathRun> timeline;
  std::optional<double> touchProbability;  // of the liquidation price within the horizon
  std::vector<SweepRow> sweep;
  std::optional<MonteCarloResult> monteCarlo;
  Warnings warnings;   // allowed, but worth a look
};

// An order without a mark price: what opening it creates (the seed's opening tables), and with
// a rate its liquidation price, which needs no mark.
struct OpeningReport {
  SpotPosition position;
  double leverage = 0;
  std::optional<Tier> tier;
  std::optional<double> mmr;           // none without mmr or tiers
  std::optional<PriceLevel> liquidation;
  PriceLevel bankruptcy;
  std::vector<ModeRow> comparison;     // liquidation prices only with a rate
  std::optional<PreTradeCheck> preTrade;
  Warnings warnings;
};
OpeningReport opening_report(const SpotScenario& s);  // assumes validate() passed; !atMark

// The position's balances: as given, or opened from the order with its interest.
SpotPosition position_of(const SpotScenario& s);

// The order's leverage, or a position's: notional at entry in the margin coin over the margin.
std::optional<double> position_leverage(const SpotScenario& s, const SpotPosition& p);

// Ranges and consistency, each error naming the scenario's JSON path.
Check validate(const SpotScenario& s);

// Assumes validate() passed.
SpotReport evaluate(const SpotScenario& s);

// The position at each price (assumes validate() passed and every price is in range).
std::vector<SweepRow> sweep_prices(const SpotScenario& s, const std::vector<double>& prices);

// validate() then evaluate().
Outcome<SpotReport> run(const SpotScenario& s);

}  // namespace isomargin
