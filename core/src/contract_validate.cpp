// Range and consistency checks for a contract scenario; paths as in docs/scenario.md.
#include <cmath>

#include "isomargin/contract_scenario.hpp"
#include "isomargin/range.hpp"

namespace isomargin {

namespace {

// Leverage with margin added and removed, or the margin as the exchange shows it.
Check validate_margin(const ContractPosition& p, const MarginInput& m, const std::string& at) {
  if (m.leverageGiven)
    if (auto e = in_range(p.leverage, at + ".leverage", 1, false, 1000)) return e;
  if (m.margin || m.marginBalance) {
    if (p.marginAdded != 0 || p.marginRemoved != 0)
      return FieldError{at + (p.marginAdded != 0 ? ".marginAdded" : ".marginRemoved"),
                        "goes with " + at + ".leverage alone: " + at +
                            ".margin already holds the margin added or removed"};
    if (m.margin)
      if (auto e = in_range(*m.margin, at + ".margin", 0, true, kMaxAmount)) return e;
    if (m.marginBalance)
      if (auto e = in_range(*m.marginBalance, at + ".marginBalance", 0, true, kMaxAmount)) return e;
    return std::nullopt;
  }
  if (!m.leverageGiven) return FieldError{at + ".leverage", "is required (or give " + at + ".margin)"};
  if (auto e = in_range(p.marginAdded, at + ".marginAdded", 0, false, kMaxAmount)) return e;
  return in_range(p.marginRemoved, at + ".marginRemoved", 0, false, kMaxAmount);
}

// Once the position is settled: a margin balance must leave margin once its PnL at the mark is
// taken out, and agree with the margin when both are given (to the rounding of copied numbers).
Check margin_agrees(const ContractPosition& p, const MarginInput& m, double mark, const std::string& at) {
  if (!m.marginBalance) return std::nullopt;
  const double q = size_q(p);
  const double pnl = contract_pnl(p.contract.kind, p.side, q, p.entryPrice, mark);
  if (!m.margin) {
    if (*m.marginBalance - pnl <= 0)
      return FieldError{at + ".marginBalance", "leaves no margin once the unrealised PnL at the mark (" +
                                                   plain_number(pnl) + ") is taken out"};
    return std::nullopt;
  }
  const double tolerance = 1e-3 * *m.margin + 1e-5 * contract_notional(p.contract.kind, q, mark);
  if (std::fabs(*m.marginBalance - (*m.margin + pnl)) > tolerance)
    return FieldError{at + ".marginBalance", "disagrees with " + at + ".margin + the unrealised PnL at the mark: " +
                                                 plain_number(*m.margin) + " + " + plain_number(pnl) + " = " +
                                                 plain_number(*m.margin + pnl)};
  return std::nullopt;
}

// A leverage worked out from the margin shown stays in the range a given one must be in.
Check derived_leverage(const ContractPosition& p, const MarginInput& m, const std::string& at) {
  if (m.leverageGiven || p.leverage <= 1000) return std::nullopt;
  return FieldError{at + (m.margin ? ".margin" : ".marginBalance"),
                    "is less than 1/1000 of the notional at entry (a leverage above 1000)"};
}

// Removing margin may not leave the position with none.
Check margin_left(const ContractPosition& p, const std::string& at) {
  if (p.marginRemoved >= contract_initial_margin(p.contract.kind, size_q(p), p.entryPrice, p.leverage) + p.marginAdded)
    return FieldError{at + ".marginRemoved", "would leave no margin in the position"};
  return std::nullopt;
}

Check validate_orders(const ContractScenario& s) {
  if (s.order) {
    if (auto e = in_range(s.order->contracts, "order.contracts", 0, true, kMaxAmount)) return e;
    if (s.order->price != 0)
      if (auto e = in_range(s.order->price, "order.price", 0, true, kMaxPrice)) return e;
  }
  if (auto e = in_range(s.pendingClose, "pendingClose", 0, false, kMaxAmount)) return e;
  if (s.opposite && s.mode == PositionMode::Hedge) {
    const ContractPosition& o = *s.opposite;
    if (o.side == s.position.side)
      return FieldError{"opposite", "must be the other side of the hedge-mode pair"};
    if (auto e = in_range(o.contracts, "opposite.contracts", 0, true, kMaxAmount)) return e;
    if (auto e = in_range(o.entryPrice, "opposite.entryPrice", 0, true, kMaxPrice)) return e;
    if (auto e = validate_margin(o, s.oppositeMargin, "opposite")) return e;
    const ContractPosition settledOpposite = with_margin(o, s.oppositeMargin, s.markPrice);
    if (auto e = margin_agrees(settledOpposite, s.oppositeMargin, s.markPrice, "opposite")) return e;
    if (auto e = derived_leverage(settledOpposite, s.oppositeMargin, "opposite")) return e;
    if (auto e = margin_left(settledOpposite, "opposite")) return e;
    if (!s.fixedMmr && !s.tiers.empty() && !find_tier(s.tiers, o.contracts))
      return FieldError{"opposite.contracts", "is above the tier table's last tier"};
  }
  if (s.path)
    if (auto e = validate_path(*s.path)) return e;
  return in_range(s.alertRatio, "alertRatio", 1, true, 100);
}

Check validate_contract(const Contract& c) {
  if (auto e = in_range(c.ctVal, "contract.ctVal", 0, true, kMaxAmount)) return e;
  if (auto e = in_range(c.multiplier, "contract.multiplier", 0, true, kMaxAmount)) return e;
  if (auto e = in_range(c.lotSz, "contract.lotSz", 0, false, kMaxAmount)) return e;
  return in_range(c.tickSz, "contract.tickSz", 0, false, kMaxPrice);
}

Check validate_size(const ContractScenario& s) {
  const ContractPosition& p = s.position;
  if (s.fills.empty()) {
    if (auto e = in_range(p.contracts, "position.contracts", 0, true, kMaxAmount)) return e;
    return in_range(p.entryPrice, "position.entryPrice", 0, true, kMaxPrice);
  }
  for (std::size_t i = 0; i < s.fills.size(); ++i) {
    const std::string at = index_path("position.fills", i);
    if (auto e = in_range(s.fills[i].price, at + ".price", 0, true, kMaxPrice)) return e;
    if (auto e = in_range(s.fills[i].size, at + ".size", 0, true, kMaxAmount)) return e;
  }
  return std::nullopt;
}

// A fixed rate, OKX tiers (published bounds allowed: whole contracts) or Binance brackets.
Check validate_table(const ContractScenario& s) {
  if (s.fixedMmr) {
    // 0 is allowed: some worked examples ignore the maintenance margin.
    if (auto e = in_range(*s.fixedMmr, "mmr", 0, false, 0.999999)) return e;
    return in_range(s.maintenanceAmount, "maintenanceAmount", 0, false, kMaxAmount);
  }
  if (!s.brackets.empty()) return validate_brackets(s.brackets, "tiers.brackets");
  if (s.tiers.empty() && (!s.atMark || s.mmrFromReported)) return std::nullopt;
  return validate_tiers(s.tiers, "tiers.rows", true);
}

Check validate_query(const ContractScenario& s, const ContractPosition& p, const TierQuery& q,
                     const std::string& at) {
  if (s.tiers.empty() && s.brackets.empty())
    return FieldError{at, "needs a tier table: tiers.preset, tiers.rows or tiers.brackets"};
  const char* key = q.by == TierQuery::By::Contracts ? ".contracts"
                    : q.by == TierQuery::By::Stake   ? ".stake"
                                                     : ".notional";
  // Zero is a result (the first tier; for a stake its maximum, as in freqtrade).
  if (auto e = in_range(q.amount, at + key, 0, false, kMaxAmount)) return e;
  if (q.price)
    if (auto e = in_range(*q.price, at + ".price", 0, true, kMaxPrice)) return e;
  if (converts(s, q) && !query_price(s, p, q))
    return FieldError{at + ".price", "is required to turn contracts into a notional (or give position.entryPrice)"};
  return std::nullopt;
}

Check validate_calculators(const ContractScenario& s, const ContractPosition& p) {
  if (s.exitPrice)
    if (auto e = in_range(*s.exitPrice, "calculate.exitPrice", 0, true, kMaxPrice)) return e;
  if (s.targetRoe)
    if (auto e = in_range(*s.targetRoe, "calculate.targetRoe", -1000, false, 1000)) return e;
  if (s.wantedLiquidationPrice)
    if (auto e = in_range(*s.wantedLiquidationPrice, "calculate.liquidationPrice", 0, true, kMaxPrice))
      return e;
  if (s.maxOpenBalance)
    if (auto e = in_range(*s.maxOpenBalance, "calculate.maxOpenBalance", 0, false, kMaxAmount)) return e;
  if (s.tierFor)
    if (auto e = validate_query(s, p, *s.tierFor, "calculate.tierFor")) return e;
  if (s.maxLeverageFor)
    if (auto e = validate_query(s, p, *s.maxLeverageFor, "calculate.maxLeverage")) return e;
  return std::nullopt;
}

// No mark price: only the calculators that need none, each with the inputs it uses.
Check validate_without_mark(const ContractScenario& s) {
  const char* needsMark = s.wantedLiquidationPrice ? "calculate.liquidationPrice"
                          : s.order                ? "order"
                          : s.path                 ? "path"
                          : s.opposite             ? "opposite"
                                                   : nullptr;
  if (needsMark) return FieldError{"markPrice", std::string("is required with ") + needsMark};
  if (!s.exitPrice && !s.targetRoe && !s.maxOpenBalance && !s.tierFor && !s.maxLeverageFor)
    return FieldError{"markPrice", "is required (or ask only calculators that need none, in calculate)"};
  if (auto e = validate_table(s)) return e;
  const ContractPosition& p = s.position;
  if (s.exitPrice || s.targetRoe || s.maxOpenBalance) {
    if (s.margin.marginBalance)
      return FieldError{"position.marginBalance", "carries the PnL at the mark: give markPrice, or position.margin"};
    if (s.exitPrice || (s.margin.margin && !s.margin.leverageGiven)) {
      if (auto e = validate_size(s)) return e;
    } else if (auto e = in_range(p.entryPrice, "position.entryPrice", 0, true, kMaxPrice)) {
      return e;
    }
    if (auto e = validate_margin(p, s.margin, "position")) return e;
  }
  const ContractPosition settledP = settled_position(s);
  if (auto e = derived_leverage(settledP, s.margin, "position")) return e;
  return validate_calculators(s, settledP);
}

}  // namespace

Check validate(const ContractScenario& s) {
  if (auto e = validate_contract(s.position.contract)) return e;
  if (!s.atMark) return validate_without_mark(s);
  if (auto e = validate_size(s)) return e;
  if (auto e = validate_margin(s.position, s.margin, "position")) return e;
  if (auto e = in_range(s.markPrice, "markPrice", 0, true, kMaxPrice)) return e;
  if (s.lastPrice)
    if (auto e = in_range(*s.lastPrice, "lastPrice", 0, true, kMaxPrice)) return e;
  if (auto e = in_range(s.takerFee, "takerFee", 0, false, 0.1)) return e;
  if (s.reportedMaintenanceMargin)
    if (auto e = in_range(*s.reportedMaintenanceMargin, "position.maintenanceMargin", 0, false, kMaxAmount))
      return e;
  if (auto e = validate_table(s)) return e;
  if (s.maxLeverage)
    if (auto e = in_range(*s.maxLeverage, "maxLeverage", 1, false, 1000)) return e;
  const ConventionInfo c = info(s.convention);
  const bool linear = s.position.contract.kind == ContractKind::Linear;
  if (!(linear ? c.linear : c.inverse))
    return FieldError{"model", std::string(c.label) + " has no " +
                                   (linear ? "linear" : "inverse") + " contracts"};
  // The position after fills, lot rounding and its margin, to check it against the tiers.
  const ContractPosition p = settled_position(s);
  const double contracts = p.contracts;
  const char* sizePath = s.fills.empty() ? "position.contracts" : "position.fills";
  if (!(contracts > 0)) return FieldError{sizePath, "is less than one lot (contract.lotSz)"};
  if (auto e = margin_agrees(p, s.margin, s.markPrice, "position")) return e;
  if (auto e = derived_leverage(p, s.margin, "position")) return e;
  if (s.mmrFromReported &&
      *s.reportedMaintenanceMargin >= contract_notional(p.contract.kind, size_q(p), s.markPrice))
    return FieldError{"position.maintenanceMargin", "is at least the position's notional at the mark"};
  if (!s.fixedMmr && !s.tiers.empty() && !find_tier(s.tiers, contracts))
    return FieldError{sizePath, "the position (" + plain_number(contracts) +
                                    " contracts) is above the tier table's last tier"};
  if (!s.fixedMmr && !s.brackets.empty()) {
    const double n = contract_notional(p.contract.kind, size_q(p), p.entryPrice);
    if (!find_bracket(s.brackets, n))
      return FieldError{sizePath, "the notional at entry (" + plain_number(n) +
                                      ") is above the bracket table's last notionalCap"};
  }
  if (auto e = margin_left(p, "position")) return e;
  if (s.mode == PositionMode::Hedge && s.pendingClose > contracts)
    return FieldError{"pendingClose", "is more than the position's contracts"};
  if (auto e = validate_orders(s)) return e;
  return validate_calculators(s, p);
}

}  // namespace isomargin
