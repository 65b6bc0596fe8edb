#include "isomargin/contract_liquidation.hpp"

namespace isomargin {

namespace {

// The margin ratio under the scenario's convention; `mmr` replaces the rate (tier 1's check).
std::optional<double> ratio_at(const ContractScenario& s, const ContractPosition& p, double mark,
                               std::optional<double> mmr) {
  ContractRisk r = contract_risk(s, s.convention, p);
  if (mmr) r.mmr = *mmr;
  return contract_margin_ratio(s.convention, p, r, mark);
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
                                                    double alertRatio) {
  ContractLiquidationState out;
  ContractPosition& p = out.after = start;
  out.marginRatio = out.finalMarginRatio = ratio_at(s, p, mark, std::nullopt);
  if (!out.marginRatio) return out;
  if (*out.marginRatio > 1) {
    out.state = *out.marginRatio < alertRatio ? RiskState::Alert : RiskState::Normal;
    return out;
  }
  out.ordersCancelled = true;
  const bool tiered = !s.fixedMmr && !s.tiers.empty();
  for (;;) {
    const auto idx = tiered ? find_tier(s.tiers, p.contracts) : std::nullopt;
    // Partial only from tier 3, and only if tier 1's rate would leave the ratio above 100%.
    const bool eligible = idx && *idx >= 2 && ratio_at(s, p, mark, s.tiers[0].mmr).value_or(0) > 1;
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
    out.finalMarginRatio = ratio_at(s, p, mark, std::nullopt);
    step.marginRatioAfter = out.finalMarginRatio.value_or(0);
    out.steps.push_back(step);
    if (out.finalMarginRatio && *out.finalMarginRatio > 1) {
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

std::vector<SweepRow> sweep_prices(const ContractScenario& in, const std::vector<double>& prices) {
  const ContractScenario s = settled(in);
  const ContractPosition& p = s.position;
  std::vector<SweepRow> rows;
  rows.reserve(prices.size());
  for (double price : prices) {
    const ContractLiquidationState st = contract_liquidation_state(s, p, price, s.alertRatio);
    rows.push_back({price, contract_pnl(p.contract.kind, p.side, size_q(p), p.entryPrice, price),
                    st.marginRatio, st.state});
  }
  return rows;
}

}  // namespace isomargin
