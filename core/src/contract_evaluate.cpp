#include <algorithm>
#include <cmath>

#include "isomargin/contract_scenario.hpp"

namespace isomargin {

namespace {

// The position's own size picks the tier: contracts for OKX tiers, notional at entry for
// brackets. Binance alone re-selects the bracket at the liquidation price (§6).
double bracket_notional(const ContractPosition& p, double price) {
  return contract_notional(p.contract.kind, size_q(p), price);
}

bool uses_amount(Convention c) {
  return c == Convention::Binance || c == Convention::Bybit || c == Convention::Phemex;
}

// The tier of a size in contracts; above the table, the last tier (validate() rejects that
// for the position itself; an order may still take it there, which is warned about).
std::size_t tier_of(const TierTable& tiers, double contracts) {
  return find_tier(tiers, contracts).value_or(tiers.size() - 1);
}

ContractRisk risk_from(const ContractScenario& s, Convention c, const ContractPosition& p,
                       std::size_t bracket) {
  ContractRisk r;
  r.takerFee = s.takerFee;
  if (s.fixedMmr) {
    r.mmr = *s.fixedMmr;
    r.maintenanceAmount = uses_amount(c) ? s.maintenanceAmount : 0;
  } else if (!s.tiers.empty()) {
    r.mmr = s.tiers[tier_of(s.tiers, p.contracts)].mmr;
  } else {
    r.mmr = s.brackets[bracket].mmr;
    r.maintenanceAmount = uses_amount(c) ? s.brackets[bracket].cum : 0;
  }
  if (c == Convention::Hyperliquid && s.maxLeverage) r.mmr = 1 / (2 * *s.maxLeverage);
  return r;
}

// g(price): the price for linear contracts, 1/price for inverse; every convention is affine
// in the margin in g, so two evaluations give the exact margin for a wanted price.
double g_of(ContractKind kind, double price) { return kind == ContractKind::Linear ? price : 1 / price; }

std::optional<double> margin_for(Convention c, const ContractPosition& p, const ContractRisk& r,
                                 double wanted) {
  auto g_at = [&](double added) -> std::optional<double> {
    ContractPosition q = p;
    q.marginAdded += added;
    const PriceLevel l = contract_liquidation(c, q, r);
    if (l.kind != PriceLevel::Kind::At) return std::nullopt;
    return g_of(p.contract.kind, l.price);
  };
  const double unit = isolated_margin(p) > 0 ? isolated_margin(p) * 0.01 : 1;
  const auto g0 = g_at(0), g1 = g_at(unit);
  if (!g0 || !g1 || *g1 == *g0) return std::nullopt;
  return unit * (g_of(p.contract.kind, wanted) - *g0) / (*g1 - *g0);
}

// The bracket a convention uses: the entry notional's, except that Binance takes the one whose
// notional range holds the notional at its own liquidation price (§6), a fixed point.
//
// Found by bisection. The maintenance margin N·mmr_i − cum_i of valid brackets is continuous and
// convex in the notional N (the max of the brackets' lines), so the liquidation notional N_i
// that bracket i's line gives is at or above floor_i for every bracket up to the fixed point j,
// and below floor_i for every bracket after it. The last bracket with N_i >= floor_i is j; its
// neighbours are tried too, for a notional that rounds across a boundary.
std::size_t bracket_for(const ContractScenario& s, Convention c, const ContractPosition& p) {
  const std::size_t entry =
      find_bracket(s.brackets, bracket_notional(p, p.entryPrice)).value_or(s.brackets.size() - 1);
  if (c != Convention::Binance) return entry;
  auto notional_at_liquidation = [&](std::size_t i) -> std::optional<double> {
    const PriceLevel l = contract_liquidation(c, p, risk_from(s, c, p, i));
    if (l.kind != PriceLevel::Kind::At) return std::nullopt;
    return bracket_notional(p, l.price);
  };
  std::size_t lo = 0, hi = s.brackets.size();  // ends at j + 1: the first bracket below its floor
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    const auto n = notional_at_liquidation(mid);
    if (n && *n >= s.brackets[mid].notionalFloor) lo = mid + 1;
    else hi = mid;
  }
  // j = lo − 1; the first of j − 1, j, j + 1 that holds its own notional, as a scan would find.
  for (std::size_t k = lo > 2 ? lo - 2 : 0; k <= lo && k < s.brackets.size(); ++k) {
    const auto n = notional_at_liquidation(k);
    if (n && find_bracket(s.brackets, *n) == k) return k;
  }
  return entry;
}

ConventionResult under(const ContractScenario& s, Convention c, const ContractPosition& p) {
  ConventionResult out;
  out.convention = c;
  if (!s.fixedMmr && !s.brackets.empty()) out.tier = s.brackets[bracket_for(s, c, p)].bracket;
  else if (!s.fixedMmr && !s.tiers.empty()) out.tier = s.tiers[tier_of(s.tiers, p.contracts)].tier;
  out.risk = contract_risk(s, c, p);
  out.liquidation = contract_liquidation(c, p, out.risk);
  if (out.liquidation.kind == PriceLevel::Kind::At && p.contract.tickSz > 0)
    out.liquidationAtTick = round_to_tick(out.liquidation.price, p.contract.tickSz, p.side == Side::Long);
  out.marginRatio = contract_margin_ratio(c, p, out.risk, s.markPrice);
  out.maintenanceMargin = contract_maintenance_margin(c, p, out.risk, s.markPrice);
  out.marginUsed = counted_margin(c, p, out.risk.takerFee);
  if (s.wantedLiquidationPrice) {
    ContractRisk r = out.risk;
    if (c == Convention::Binance && !s.brackets.empty()) {
      auto b = find_bracket(s.brackets, bracket_notional(p, *s.wantedLiquidationPrice));
      if (b) r = risk_from(s, c, p, *b);
    }
    out.marginToAdd = margin_for(c, p, r, *s.wantedLiquidationPrice);
  }
  return out;
}

// Every convention that supports the contract, each row's gap to the chosen model, and the
// spread between the lowest and the highest price (§10 row 11: the same inputs differ).
void compare_all(const ContractScenario& s, const ContractPosition& p, ContractReport& r) {
  const bool linear = p.contract.kind == ContractKind::Linear;
  const PriceLevel& chosen = r.main.liquidation;
  const ConventionResult* lo = nullptr;
  const ConventionResult* hi = nullptr;
  for (const ConventionInfo& c : conventions())
    if (linear ? c.linear : c.inverse) r.comparison.push_back(under(s, c.convention, p));
  for (ConventionResult& row : r.comparison) {
    if (row.liquidation.kind != PriceLevel::Kind::At) continue;
    if (chosen.kind == PriceLevel::Kind::At) row.vsChosen = row.liquidation.price - chosen.price;
    if (!lo || row.liquidation.price < lo->liquidation.price) lo = &row;
    if (!hi || row.liquidation.price > hi->liquidation.price) hi = &row;
  }
  if (lo && hi) {
    r.spread.lowest = lo->convention;
    r.spread.highest = hi->convention;
    r.spread.spread = hi->liquidation.price - lo->liquidation.price;
  }
}

}  // namespace

ContractRisk contract_risk(const ContractScenario& s, Convention c, const ContractPosition& p) {
  const bool bracketed = !s.fixedMmr && s.tiers.empty() && !s.brackets.empty();
  return risk_from(s, c, p, bracketed ? bracket_for(s, c, p) : 0);
}

ContractPosition with_margin(ContractPosition p, const MarginInput& m, double mark) {
  if (!m.margin && !m.marginBalance) return p;
  const ContractKind kind = p.contract.kind;
  const double q = size_q(p);
  // Binance's isolatedMargin carries the unrealised PnL; the wallet part is what stays.
  const double margin = m.margin ? *m.margin : *m.marginBalance - contract_pnl(kind, p.side, q, p.entryPrice, mark);
  if (!m.leverageGiven) p.leverage = contract_notional(kind, q, p.entryPrice) / margin;
  const double im = contract_initial_margin(kind, q, p.entryPrice, p.leverage);
  p.marginAdded = m.leverageGiven ? std::max(0.0, margin - im) : 0;
  p.marginRemoved = m.leverageGiven ? std::max(0.0, im - margin) : 0;
  return p;
}

ContractPosition settled_position(const ContractScenario& s) {
  ContractPosition p = s.position;
  if (!s.fills.empty()) {
    std::vector<Fill> fills = s.fills;
    for (Fill& f : fills) f.size = round_to_lot(f.size, p.contract.lotSz);
    p.entryPrice = contract_average_entry(p.contract.kind, fills);
    p.contracts = 0;
    for (const Fill& f : fills) p.contracts += f.size;
  } else {
    p.contracts = round_to_lot(p.contracts, p.contract.lotSz);
  }
  return with_margin(p, s.margin, s.markPrice);
}

ContractScenario settled(const ContractScenario& in) {
  ContractScenario s = in;
  s.position = settled_position(in);
  s.fills.clear();
  s.margin = MarginInput{};
  if (s.opposite) s.opposite = with_margin(*s.opposite, s.oppositeMargin, s.markPrice);
  s.oppositeMargin = MarginInput{};
  // The exchange's MM already has any maintenance amount taken off: it sets the rate alone.
  if (s.mmrFromReported && s.reportedMaintenanceMargin) {
    s.fixedMmr = *s.reportedMaintenanceMargin /
                 contract_notional(s.position.contract.kind, size_q(s.position), s.markPrice);
    s.maintenanceAmount = 0;
  }
  return s;
}

namespace {

// Where the scenario's own inputs leave something worth a look.
void warn(const ContractScenario& s, const ContractReport& r, Warnings& out) {
  const ContractPosition& p = s.position;
  if (r.main.risk.mmr >= 1 / p.leverage)
    out.push_back({"position.leverage", "the maintenance margin rate is at least 1/leverage: "
                                        "the position is liquidatable as soon as it opens"});
  if (!s.fixedMmr && !s.tiers.empty()) {
    const std::size_t i = tier_of(s.tiers, p.contracts);
    const Tier& t = s.tiers[i];
    if (p.leverage > t.maxLever + 1e-9)
      out.push_back({"position.leverage", "leverage is above tier " + std::to_string(t.tier) +
                                              "'s maximum of " + plain_number(t.maxLever) + "x"});
    if (tier_for(bands_of(s.tiers, 1), p.contracts).inGap)
      out.push_back({"position.contracts",
                     plain_number(p.contracts) + " contracts is between tier " + std::to_string(t.tier - 1) +
                         "'s maxSz " + plain_number(s.tiers[i - 1].maxSz) + " and tier " +
                         std::to_string(t.tier) + "'s published minSz " + plain_number(t.minSz) +
                         ": it is counted in tier " + std::to_string(t.tier) +
                         " (a tier holds sizes above the previous maxSz)"});
  }
  // The exchange's own MM against the rate given: close, unless it adds a fee (Bybit) or the
  // tier or bracket differs.
  if (s.reportedMaintenanceMargin && !s.mmrFromReported) {
    const double ours = contract_notional(p.contract.kind, r.q, s.markPrice) * r.main.risk.mmr -
                        r.main.risk.maintenanceAmount;
    const double theirs = *s.reportedMaintenanceMargin;
    if (std::fabs(theirs - ours) > 0.01 * std::max(std::fabs(ours), std::fabs(theirs)))
      out.push_back({"position.maintenanceMargin",
                     "the exchange's " + plain_number(theirs) + " differs from " + plain_number(ours) +
                         " (the rate given × the notional at the mark) by more than 1%; the rate is "
                         "used (an exchange may add the fee to close, or be in another tier)"});
  }
}

}  // namespace

ContractReport evaluate(const ContractScenario& in) {
  const ContractScenario s = settled(in);
  const ContractPosition& p = s.position;
  ContractReport r;
  const ContractKind kind = p.contract.kind;
  r.q = size_q(p);
  r.entryPrice = p.entryPrice;
  r.leverage = p.leverage;
  r.notionalAtMark = contract_notional(kind, r.q, s.markPrice);
  r.initialMargin = contract_initial_margin(kind, r.q, p.entryPrice, p.leverage);
  r.margin = isolated_margin(p);
  r.pnlMark = contract_pnl(kind, p.side, r.q, p.entryPrice, s.markPrice);
  r.pnlRatioMark = r.pnlMark / r.initialMargin;
  if (s.lastPrice) {
    r.pnlLast = contract_pnl(kind, p.side, r.q, p.entryPrice, *s.lastPrice);
    r.pnlRatioLast = *r.pnlLast / r.initialMargin;
  }
  r.main = under(s, s.convention, p);
  r.bankruptcy = contract_bankruptcy(p);
  if (r.main.liquidation.kind == PriceLevel::Kind::At)
    r.distanceToLiquidation = (r.main.liquidation.price - s.markPrice) / s.markPrice;
  if (s.compare) compare_all(s, p, r);
  r.calculate = calculate(s, p);
  if (s.mode == PositionMode::Hedge) {
    r.availableToClose = std::max(0.0, p.contracts - s.pendingClose);
    if (s.opposite) r.opposite = under(s, s.convention, *s.opposite);
  }
  if (s.order) {
    ContractOrder o = *s.order;
    if (o.price == 0) o.price = s.markPrice;
    OrderReport rep;
    rep.outcome = apply_order(p, o, s.mode);
    if (rep.outcome.after) {
      rep.after = under(s, s.convention, *rep.outcome.after);
      if (!s.tiers.empty() && !find_tier(s.tiers, rep.outcome.after->contracts))
        r.warnings.push_back({"order.contracts", "the order takes the position above the tier "
                                                 "table; its last tier is used"});
    }
    r.order = rep;
  }
  warn(s, r, r.warnings);
  return r;
}

}  // namespace isomargin
