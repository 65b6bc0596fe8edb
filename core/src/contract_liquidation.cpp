#include "isomargin/contract_liquidation.hpp"

namespace isomargin {

namespace {

// The position at a price under the scenario's convention: its margin ratio, and whether the
// mark is at or past its liquidation price, the one comparison behind the state and
// reachedAtMark. With mmr 0 there is no ratio (nothing is required), yet a mark past the price
// is still a liquidation. `tier1` judges it at tier 1's rate instead (the partial-step check).
struct Judged {
  std::optional<double> ratio;
  bool liquidatable = false;
  bool liquidatableAtTier1 = false;
};
Judged judge(const ContractScenario& s, const ContractPosition& p, double mark, bool tier1) {
  ContractRisk r = contract_risk(s, s.convention, p);
  Judged j;
  j.ratio = contract_margin_ratio(s.convention, p, r, mark);
  j.liquidatable = reached(contract_liquidation(s.convention, p, r), mark);
  if (tier1) {
    r.mmr = s.tiers[0].mmr;
    j.liquidatableAtTier1 = reached(contract_liquidation(s.convention, p, r), mark);
  }
  return j;
}

// Keep `margin` in the position whatever its size: set the added margin to make up the rest.
void set_margin(ContractPosition& p, double margin) {
  const double im = contract_initial_margin(p.contract.kind, size_q(p), p.entryPrice, p.leverage);
  p.marginAdded = margin - im;
  p.marginRemoved = 0;
}

}  // namespace

ContractLiquidationState contract_liquidation_state(const ContractScenario& s,
                                                    const ContractPosition& start, double mark,
                                                    double alertRatio, bool recordSteps) {
  ContractLiquidationState out;
  ContractPosition& p = out.after = start;
  const bool tiered = !s.fixedMmr && !s.tiers.empty();
  Judged now = judge(s, p, mark, tiered);
  out.marginRatio = out.finalMarginRatio = now.ratio;
  if (!now.liquidatable) {
    out.state = unliquidated_state(out.marginRatio, alertRatio);
    return out;
  }
  out.ordersCancelled = true;
  for (;;) {
    const auto idx = tiered ? find_tier(s.tiers, p.contracts) : std::nullopt;
    // Partial only from tier 3, and only if tier 1's rate would leave the ratio above 100%.
    const bool eligible = idx && *idx >= 2 && !now.liquidatableAtTier1;
    if (!eligible) {
      out.state = RiskState::FullLiquidation;
      return out;
    }
    const std::size_t target = *idx - 2;
    ContractStep step;
    step.tierBefore = static_cast<int>(*idx) + 1;
    step.tierAfter = static_cast<int>(target) + 1;
    step.contractsClosed = p.contracts - s.tiers[target].maxSz;
    ContractPosition closed = p;
    closed.contracts = step.contractsClosed;
    const double q = size_q(closed);
    step.realizedPnl = contract_pnl(p.contract.kind, p.side, q, p.entryPrice, mark);
    step.fee = contract_notional(p.contract.kind, q, mark) * s.takerFee;
    // §10 row 9: after a partial liquidation the remaining margin stays in the position.
    const double margin = isolated_margin(p) + step.realizedPnl - step.fee;
    p.contracts -= step.contractsClosed;
    set_margin(p, margin);
    step.marginAfter = margin;
    now = judge(s, p, mark, tiered);
    out.finalMarginRatio = now.ratio;
    step.marginRatioAfter = out.finalMarginRatio.value_or(0);
    if (recordSteps) out.steps.push_back(step);
    if (!now.liquidatable) {
      out.state = RiskState::PartialLiquidation;
      return out;
    }
  }
}

ContractPathRun run_contract_path(const ContractScenario& s, const std::vector<double>& prices,
                                  double alertRatio) {
  return walk_path<ContractPosition, ContractStep>(
      s.position, prices, alertRatio, [&](const ContractPosition& p, double price) {
        return contract_liquidation_state(s, p, price, alertRatio);
      });
}

ContractWorkflow contract_workflow(const ContractScenario& in) {
  const ContractScenario s = settled(in);
  ContractWorkflow w;
  w.atMark = contract_liquidation_state(s, s.position, s.markPrice, s.alertRatio);
  if (s.path) w.timeline = run_contract_path(s, path_prices(*s.path), s.alertRatio);
  return w;
}

}  // namespace isomargin
