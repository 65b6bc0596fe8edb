#include "isomargin/contract_trade.hpp"

#include <algorithm>

namespace isomargin {

namespace {

ContractPosition add(ContractPosition p, const ContractOrder& o) {
  p.entryPrice = contract_average_entry(p.contract.kind, {{p.entryPrice, p.contracts}, {o.price, o.contracts}});
  p.contracts += o.contracts;
  return p;
}

}  // namespace

OrderOutcome apply_order(const ContractPosition& p, const ContractOrder& o, PositionMode mode) {
  OrderOutcome out;
  if (o.side == p.side) {
    if (!o.reduceOnly) {
      out.after = add(p, o);
      out.contractsFilled = o.contracts;
    } else {
      out.after = p;
      out.contractsNotExecuted = o.contracts;
    }
    return out;
  }
  const double closed = std::min(o.contracts, p.contracts);
  const double fraction = closed / p.contracts;
  ContractPosition part = p;
  part.contracts = closed;
  const double q = size_q(part);
  out.realizedPnl = contract_pnl(p.contract.kind, p.side, q, p.entryPrice, o.price);
  out.marginReleased = isolated_margin(p) * fraction;
  out.contractsFilled = closed;
  if (closed < p.contracts) {
    ContractPosition rest = p;
    rest.contracts -= closed;
    rest.marginAdded *= 1 - fraction;
    rest.marginRemoved *= 1 - fraction;
    out.after = rest;
  }
  const double remainder = o.contracts - closed;
  if (remainder > 0) {
    if (o.reduceOnly || mode == PositionMode::Hedge) {
      out.contractsNotExecuted = remainder;
    } else {
      ContractPosition reverse = p;
      reverse.side = o.side;
      reverse.contracts = remainder;
      reverse.entryPrice = o.price;
      reverse.marginAdded = reverse.marginRemoved = 0;
      out.after = reverse;
      out.contractsFilled += remainder;
      out.flipped = true;
    }
  }
  return out;
}

double max_open_contracts(const ContractPosition& like, double balance, double price,
                          const TierTable& tiers, const BracketTable& brackets) {
  ContractPosition one = like;
  one.contracts = 1;
  // Margin for one contract at this price and leverage.
  const double perContract = contract_initial_margin(like.contract.kind, size_q(one), price, like.leverage);
  double best = balance / perContract;
  if (!tiers.empty()) {
    double cap = 0;
    for (const Tier& t : tiers)
      if (t.maxLever + 1e-9 >= like.leverage) cap = t.maxSz;
    best = std::min(best, cap);
  } else if (!brackets.empty()) {
    double capNotional = 0;
    for (const Bracket& b : brackets)
      if (b.maxLeverage + 1e-9 >= like.leverage) capNotional = b.notionalCap;
    // Notional per contract at this price, in the bracket's unit.
    best = std::min(best, capNotional / contract_notional(like.contract.kind, size_q(one), price));
  }
  return best;
}

}  // namespace isomargin
