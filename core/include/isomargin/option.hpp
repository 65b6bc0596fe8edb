// An isolated options position (domain.md §3, OKX via a third-party rewrite). Option prices are
// in the underlying coin per unit, as OKX quotes them. Short-option maintenance margin formulas
// were not found in any source, so MM is an input — one amount, or a tier table of MM per
// contract by position size; the liquidation fee formula comes from a Q&A page and is marked
// low-confidence in the docs. The liquidation workflow (§4, §10 row 6) steps down ONE tier at a
// time, from tier 2 up.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "isomargin/error.hpp"
#include "isomargin/path.hpp"
#include "isomargin/spot.hpp"
#include "isomargin/sweep.hpp"

namespace isomargin {

struct OptionPosition {
  Side side = Side::Long;
  double contracts = 0;    // total, n
  double averagePrice = 0; // average open price of the option
  double multiplier = 1;
  double ctVal = 1;
  double initialMargin = 0;
  double marginAdjustment = 0;  // added (+) or removed (−) by hand; partial steps book here
};

// One row of an options MM table: up to `maxSz` contracts (inclusive), MM per contract in the
// margin coin. An input, not an exchange table: nothing here is sourced.
struct OptionTier {
  int tier = 0;
  double maxSz = 0;
  double mmPerContract = 0;  // an input table: MM per contract by size
  double marginFactor = 0;   // or, with OKX's formula, the tier's margin factor
};

// OKX's short-option MMR, per coin of the underlying (OKX help "Option Margin",
// https://www.okx.com/help/ii-option-margin): call c·MF + mark, put max(c, c·mark)·MF + mark,
// MF the margin factor of the position's tier; c is 0.03 for BTC and 0.05 for ETH options.
struct OkxOptionMm {
  bool put = false;
  double c = 0.03;
};
using OptionTierTable = std::vector<OptionTier>;

struct OptionReport {
  double value = 0;       // n × mark × multiplier × ctVal
  double pnl = 0;         // s × (mark − avg) × n × multiplier × ctVal
  double pnlRatio = 0;    // s × (mark − avg) / avg
  double marginBalance = 0;  // initial margin + adjustments
  double maintenanceMargin = 0;  // the input, or contracts × the tier's MM per contract
  std::optional<int> tier;       // with a tier table
  double liquidationFee = 0; // min(taker × mult × ctVal × n, 12.5% × mark × mult × ctVal × n)
  std::optional<double> marginRatio;  // margin balance / (MM + liquidation fee)
};

struct OptionScenario {
  OptionPosition position;
  // false: no initial margin and no maintenance margin, the PnL calculation alone (value, PnL,
  // PnL ratio); the margin ratio and the workflow need both.
  bool marginGiven = true;
  double markPrice = 0;
  double takerFee = 0;
  double maintenanceMargin = 0;  // an input (see above), used without tiers
  OptionTierTable tiers;         // or MM per contract by size; non-empty replaces the above
  // Shorts only: MM also carries the options' value at the mark (n × mark × mult × ctVal), the
  // "+ Mark Price" term of OKX's short-option MMR (Option Margin help page, [O]); the rest of
  // that formula (c × margin factor) is not modelled, so it stays in the input above.
  bool mmIncludesMark = false;
  std::optional<OkxOptionMm> okx;  // shorts: OKX's formula with `tiers` of margin factors
  double alertRatio = 3.0;       // 300%, seed only (§10 row 7)
  std::optional<PathInput> path; // option mark prices
};

// Rows numbered 1, 2, … in order, maxSz > 0 and rising, MM per contract > 0 and not falling.
// `path` is the JSON path of the rows array ("tiers.rows").
Check validate_option_tiers(const OptionTierTable& rows, const std::string& path, bool marginFactors);
Check validate(const OptionScenario& s);

// The tier index of `contracts` (the first row whose maxSz ≥ contracts), or none.
std::optional<std::size_t> option_tier(const OptionTierTable& rows, double contracts);

OptionReport evaluate(const OptionScenario& s);  // assumes validate() passed
OptionReport evaluate_at(const OptionScenario& s, const OptionPosition& p, double mark);

// One partial-liquidation order: contracts closed down to the max size of tier n−1, at the mark.
// The fee is the options liquidation fee on the closed contracts (low confidence).
using OptionStep = ClosingStep;

struct OptionLiquidationState {
  RiskState state = RiskState::Normal;
  std::optional<double> marginRatio;
  bool ordersCancelled = false;
  std::vector<OptionStep> steps;
  std::optional<double> finalMarginRatio;
  bool noTierToStepTo = false;  // ≤ 100% with one MM amount: nothing to step down to
  OptionPosition after;
};

OptionLiquidationState option_liquidation_state(const OptionScenario& s, const OptionPosition& p,
                                                double mark);

using OptionPathRun = BasicPathRun<OptionPosition, OptionStep>;
OptionPathRun run_option_path(const OptionScenario& s, const std::vector<double>& prices);

struct OptionWorkflow {
  OptionLiquidationState atMark;
  std::optional<OptionPathRun> timeline;
};
OptionWorkflow option_workflow(const OptionScenario& s);

// The position at each option mark: PnL, the margin ratio the workflow judges, and its state
// (assumes validate() passed and every price is in range).
std::vector<SweepRow> sweep_prices(const OptionScenario& s, const std::vector<double>& prices);

inline double option_margin(const OptionPosition& p) { return p.initialMargin + p.marginAdjustment; }

}  // namespace isomargin
