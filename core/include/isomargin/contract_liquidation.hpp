// The liquidation workflow for an isolated swap or futures position (domain.md §4, §10 row 6):
// at ≤ 100% orders are cancelled; a position in tier 3 or above whose margin ratio would still
// be above 100% at tier 1's rate is partially liquidated down two tiers at a time (to the
// max size of tier n−2); anything else is taken over at the bankruptcy price.
#pragma once
#include <optional>
#include <vector>

#include "isomargin/contract_scenario.hpp"
#include "isomargin/path.hpp"
#include "isomargin/sweep.hpp"

namespace isomargin {

// The fee is the taker fee on the closed notional, in the margin coin.
using ContractStep = ClosingStep;

struct ContractLiquidationState {
  RiskState state = RiskState::Normal;
  std::optional<double> marginRatio;
  bool ordersCancelled = false;
  std::vector<ContractStep> steps;
  std::optional<double> finalMarginRatio;
  ContractPosition after;
};

// Needs OKX-style tiers (by contracts) for partial steps; with a fixed mmr or brackets a
// position at ≤ 100% is fully liquidated.
// `recordSteps` false: the same walk with `steps` left empty (a sweep wants only the state, and
// then nothing is allocated).
ContractLiquidationState contract_liquidation_state(const ContractScenario& s,
                                                    const ContractPosition& p, double mark,
                                                    double alertRatio, bool recordSteps = true);

using ContractPathEvent = BasicPathEvent<ContractStep>;
using ContractPathRun = BasicPathRun<ContractPosition, ContractStep>;

ContractPathRun run_contract_path(const ContractScenario& s, const std::vector<double>& prices,
                                  double alertRatio);

// The state at the scenario's mark, and the path when it has one (the position after its
// fills and lot rounding, as evaluate() sees it).
struct ContractWorkflow {
  ContractLiquidationState atMark;
  std::optional<ContractPathRun> timeline;
};
ContractWorkflow contract_workflow(const ContractScenario& s);

// The settled position at each price under the scenario's convention: PnL, the margin ratio the
// workflow judges, and its state (assumes validate() passed and every price is in range).
std::vector<SweepRow> sweep_prices(const ContractScenario& s, const std::vector<double>& prices);

}  // namespace isomargin
