// The reverse calculators that need no mark price (domain.md §6, §9): PnL and ROE at an exit,
// the price for a ROE, Max Open, the tier that holds a size, and the highest leverage.
#include <cmath>

#include "isomargin/contract_scenario.hpp"
#include "isomargin/contract_trade.hpp"

namespace isomargin {

std::optional<double> query_price(const ContractScenario& s, const ContractPosition& p,
                                  const TierQuery& q) {
  if (q.price) return q.price;
  if (p.entryPrice > 0) return p.entryPrice;
  if (s.atMark) return s.markPrice;
  return std::nullopt;
}

bool converts(const ContractScenario& s, const TierQuery& q) {
  return s.tiers.empty() ? q.by == TierQuery::By::Contracts : q.by != TierQuery::By::Contracts;
}

Bands query_bands(const ContractScenario& s, const ContractPosition& p, const TierQuery& q,
                  double& amount) {
  // The notional of one contract, when the query and the table are on different scales.
  auto perContract = [&] {
    ContractPosition one = p;
    one.contracts = 1;
    return contract_notional(p.contract.kind, size_q(one), query_price(s, p, q).value_or(1));
  };
  const bool byContracts = q.by == TierQuery::By::Contracts;
  if (!s.tiers.empty()) {
    amount = q.amount;
    return bands_of(s.tiers, byContracts ? 1 : perContract());
  }
  amount = byContracts ? q.amount * perContract() : q.amount;
  return bands_of(s.brackets);
}

ContractCalculations calculate(const ContractScenario& s, const ContractPosition& p) {
  ContractCalculations c;
  const ContractKind kind = p.contract.kind;
  if (s.exitPrice) {
    const double q = size_q(p);
    c.exitPnl = contract_pnl(kind, p.side, q, p.entryPrice, *s.exitPrice);
    // PnL / IM, not Binance's shortcut (§6, §10 row 12).
    c.exitRoe = *c.exitPnl / contract_initial_margin(kind, q, p.entryPrice, p.leverage);
  }
  if (s.targetRoe) {
    // PnL = ROE × IM. Linear: EP·(1 + s·ROE/L). Inverse: EP / (1 − s·ROE/L).
    const double sr = sign(p.side) * *s.targetRoe / p.leverage;
    PriceLevel t;
    t.falls = false;
    const double price = kind == ContractKind::Linear ? p.entryPrice * (1 + sr) : p.entryPrice / (1 - sr);
    if (std::isfinite(price) && price > 0 && (kind == ContractKind::Linear || 1 - sr > 0)) {
      t.kind = PriceLevel::Kind::At;
      t.price = price;
    }
    c.targetPrice = t;
    if (t.kind == PriceLevel::Kind::At && p.contract.tickSz > 0)
      c.targetAtTick = round_to_tick(t.price, p.contract.tickSz, p.side == Side::Short);
  }
  // Max Open at the mark; without one, at the entry price the calculator is given (§9).
  if (s.maxOpenBalance)
    c.maxOpenContracts = max_open_contracts(p, *s.maxOpenBalance, s.atMark ? s.markPrice : p.entryPrice,
                                            s.tiers, s.brackets);
  if (s.tierFor) {
    ContractCalculations::TierAnswer a;
    a.query = *s.tierFor;
    if (converts(s, a.query)) a.price = query_price(s, p, a.query);
    const Bands bands = query_bands(s, p, a.query, a.amount);
    a.lookup = tier_for(bands, a.amount);
    c.tierFor = a;
  }
  if (s.maxLeverageFor) {
    ContractCalculations::LeverageAnswer a;
    a.query = *s.maxLeverageFor;
    if (converts(s, a.query)) a.price = query_price(s, p, a.query);
    double amount = 0;
    const Bands bands = query_bands(s, p, a.query, amount);
    if (a.query.by == TierQuery::By::Stake) {
      a.result = max_leverage_for_stake(bands, amount);
      if (a.result.leverage) a.notional = amount * *a.result.leverage;
    } else {
      a.result = max_leverage_for_notional(bands, amount);
      a.notional = amount;
    }
    c.maxLeverage = a;
  }
  return c;
}

}  // namespace isomargin
