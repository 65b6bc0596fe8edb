// The batch sweep: one position at many prices (a chart's 121, or 10^5). What does not move with
// the price — the book, the tier and its rate, the liquidation level — is found once; the
// liquidation walk runs only at a price past that level, and there it is the same call the report
// makes. The wasm module builds this file for speed, not size (wasm/CMakeLists.txt).
#include "isomargin/contract_liquidation.hpp"
#include "isomargin/scenario.hpp"

namespace isomargin {

std::vector<SweepRow> sweep_prices(const SpotScenario& s, const std::vector<double>& prices) {
  const SpotPosition p = position_of(s);
  const bool pnl = has_pnl(p);
  // As liquidation_state judges the start: the principal's rate, the level it puts the book at.
  const Book book = book_of(p);
  const double mmr = mmr_for(s.mmr, p.principal);
  const PriceLevel liquidation = solve_price(book, liquidation_k(mmr, s.takerFee));
  std::vector<SweepRow> rows;
  rows.reserve(prices.size());
  for (double price : prices) {
    SweepRow row{price, std::nullopt, std::nullopt, RiskState::Normal};
    if (reached(liquidation, price)) {
      // The state's own ratio (before any step) is the position's ratio at this price.
      const LiquidationState st = liquidation_state(p, price, s.takerFee, s.mmr, s.rules, false);
      row.marginRatio = st.marginRatio;
      row.state = st.state;
    } else {
      row.marginRatio = risk_at(book, price, mmr, s.takerFee).marginRatio;
      row.state = unliquidated_state(row.marginRatio, s.rules.alertRatio);
    }
    if (pnl) row.pnl = floating_pnl(p, price);
    rows.push_back(row);
  }
  return rows;
}

std::vector<SweepRow> sweep_prices(const ContractScenario& in, const std::vector<double>& prices) {
  const ContractScenario s = settled(in);
  const ContractPosition& p = s.position;
  // The requirement is the scenario's (its tier by size, its mark): the same at every price.
  const ContractRisk risk = contract_risk(s, s.convention, p);
  const PriceLevel liquidation = contract_liquidation(s.convention, p, risk);
  const double q = size_q(p);
  std::vector<SweepRow> rows;
  rows.reserve(prices.size());
  for (double price : prices) {
    SweepRow row{price, contract_pnl(p.contract.kind, p.side, q, p.entryPrice, price), std::nullopt,
                 RiskState::Normal};
    if (reached(liquidation, price)) {
      const ContractLiquidationState st = contract_liquidation_state(s, p, price, s.alertRatio, false);
      row.marginRatio = st.marginRatio;
      row.state = st.state;
    } else {
      row.marginRatio = contract_margin_ratio(s.convention, p, risk, price);
      row.state = unliquidated_state(row.marginRatio, s.alertRatio);
    }
    rows.push_back(row);
  }
  return rows;
}

}  // namespace isomargin
