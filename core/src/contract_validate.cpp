// Range and consistency checks for a contract scenario; paths as in docs/scenario.md.
#include <cmath>

#include "isomargin/contract_scenario.hpp"
#include "isomargin/range.hpp"

namespace isomargin {

namespace {

Check validate_margin(const ContractPosition& p, const std::string& at) {
  if (auto e = in_range(p.leverage, at + ".leverage", 1, false, 1000)) return e;
  if (auto e = in_range(p.marginAdded, at + ".marginAdded", 0, false, kMaxAmount)) return e;
  return in_range(p.marginRemoved, at + ".marginRemoved", 0, false, kMaxAmount);
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
  if (s.mode == PositionMode::OneWay && (s.opposite || s.pendingClose != 0))
    return FieldError{s.opposite ? "opposite" : "pendingClose", "goes with positionMode \"hedge\""};
  if (auto e = in_range(s.pendingClose, "pendingClose", 0, false, kMaxAmount)) return e;
  if (s.opposite) {
    const ContractPosition& o = *s.opposite;
    if (o.side == s.position.side)
      return FieldError{"opposite", "must be the other side of the hedge-mode pair"};
    if (auto e = in_range(o.contracts, "opposite.contracts", 0, true, kMaxAmount)) return e;
    if (auto e = in_range(o.entryPrice, "opposite.entryPrice", 0, true, kMaxPrice)) return e;
    if (auto e = validate_margin(o, "opposite")) return e;
    if (auto e = margin_left(o, "opposite")) return e;
    if (!s.fixedMmr && !s.tiers.empty() && !find_tier(s.tiers, o.contracts))
      return FieldError{"opposite.contracts", "is above the tier table's last tier"};
  }
  if (s.path)
    if (auto e = validate_path(*s.path)) return e;
  if (auto e = in_range(s.alertRatio, "alertRatio", 1, true, 100)) return e;
  if (s.maxOpenBalance)
    if (auto e = in_range(*s.maxOpenBalance, "calculate.maxOpenBalance", 0, false, kMaxAmount)) return e;
  return std::nullopt;
}

Check validate_position(const ContractScenario& s) {
  const ContractPosition& p = s.position;
  if (auto e = in_range(p.contract.ctVal, "contract.ctVal", 0, true, kMaxAmount)) return e;
  if (auto e = in_range(p.contract.multiplier, "contract.multiplier", 0, true, kMaxAmount)) return e;
  if (auto e = in_range(p.contract.lotSz, "contract.lotSz", 0, false, kMaxAmount)) return e;
  if (auto e = in_range(p.contract.tickSz, "contract.tickSz", 0, false, kMaxPrice)) return e;
  if (s.fills.empty()) {
    if (auto e = in_range(p.contracts, "position.contracts", 0, true, kMaxAmount)) return e;
    if (auto e = in_range(p.entryPrice, "position.entryPrice", 0, true, kMaxPrice)) return e;
  }
  for (std::size_t i = 0; i < s.fills.size(); ++i) {
    const std::string at = index_path("position.fills", i);
    if (auto e = in_range(s.fills[i].price, at + ".price", 0, true, kMaxPrice)) return e;
    if (auto e = in_range(s.fills[i].size, at + ".size", 0, true, kMaxAmount)) return e;
  }
  return validate_margin(p, "position");
}

Check validate_rates(const ContractScenario& s) {
  if (auto e = in_range(s.markPrice, "markPrice", 0, true, kMaxPrice)) return e;
  if (s.lastPrice)
    if (auto e = in_range(*s.lastPrice, "lastPrice", 0, true, kMaxPrice)) return e;
  if (auto e = in_range(s.takerFee, "takerFee", 0, false, 0.1)) return e;
  if (s.fixedMmr) {
    // 0 is allowed: some worked examples ignore the maintenance margin.
    if (auto e = in_range(*s.fixedMmr, "mmr", 0, false, 0.999999)) return e;
    if (auto e = in_range(s.maintenanceAmount, "maintenanceAmount", 0, false, kMaxAmount)) return e;
  } else if (!s.tiers.empty() || s.brackets.empty()) {
    if (auto e = validate_tiers(s.tiers, "tiers.rows")) return e;
  } else if (auto e = validate_brackets(s.brackets, "tiers.brackets")) {
    return e;
  }
  if (s.maxLeverage)
    if (auto e = in_range(*s.maxLeverage, "maxLeverage", 1, false, 1000)) return e;
  if (s.exitPrice)
    if (auto e = in_range(*s.exitPrice, "calculate.exitPrice", 0, true, kMaxPrice)) return e;
  if (s.targetRoe)
    if (auto e = in_range(*s.targetRoe, "calculate.targetRoe", -1000, false, 1000)) return e;
  if (s.wantedLiquidationPrice)
    if (auto e = in_range(*s.wantedLiquidationPrice, "calculate.liquidationPrice", 0, true, kMaxPrice))
      return e;
  return std::nullopt;
}

}  // namespace

Check validate(const ContractScenario& s) {
  if (auto e = validate_position(s)) return e;
  if (auto e = validate_rates(s)) return e;
  const ConventionInfo c = info(s.convention);
  const bool linear = s.position.contract.kind == ContractKind::Linear;
  if (!(linear ? c.linear : c.inverse))
    return FieldError{"model", std::string(c.label) + " has no " +
                                   (linear ? "linear" : "inverse") + " contracts"};
  // The position after fills and lot rounding, to check it against the tiers.
  const ContractPosition p = settled_position(s);
  const double contracts = p.contracts;
  const char* sizePath = s.fills.empty() ? "position.contracts" : "position.fills";
  if (!(contracts > 0)) return FieldError{sizePath, "is less than one lot (contract.lotSz)"};
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
  return validate_orders(s);
}

}  // namespace isomargin
