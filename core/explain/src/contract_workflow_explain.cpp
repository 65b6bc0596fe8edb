// Perpetuals and futures beyond the position itself: the reverse calculators, a hypothetical
// order, the other side in hedge mode, the partial steps at the mark and the path's events.
#include <algorithm>

#include "contract_explain.hpp"
#include "isomargin/contract_liquidation.hpp"
#include "sources.hpp"

namespace isomargin::explain {

namespace {

void order_entries(Entries& e, const ContractScenario& s, const ContractReport& r, const ContractTerms& t) {
  const OrderReport& rep = *r.order;
  const OrderOutcome& x = rep.outcome;
  ContractOrder o = *s.order;
  if (o.price == 0) o.price = s.markPrice;
  const ContractPosition& p = t.p;
  const std::string& mu = t.marginUnit();
  const char* src = source::kBybitCalculator;
  const bool same = o.side == p.side;
  ContractPosition part = p;
  part.contracts = same ? 0 : std::min(o.contracts, p.contracts);
  const Syms sy = join({{"order", amount(o.contracts, t.c.contracts)},
                        {"price", amount(o.price, t.c.quote)},
                        {"closed", amount(part.contracts, t.c.contracts)}},
                       t.syms(o.price));
  e.scope("order", "order: ");
  if (same) {
    e.add_text("realizedPnl", "realized PnL", "PnL = 0: an order on the same side closes nothing", "0", x.realizedPnl, mu, src);
    e.add_text("marginReleased", "margin released", "released = 0: nothing is closed", "0", x.marginReleased, mu, src);
  } else {
    e.add("realizedPnl", "realized PnL", "PnL = " + t.pnl("price"), join({{"Q", amount(size_q(part), t.sizeUnit())}}, sy),
          {}, x.realizedPnl, mu, src)
        .note("on the contracts closed");
    e.add("marginReleased", "margin released", "released = M × (closed ÷ n)", sy, {}, x.marginReleased, mu, src)
        .note("extra margin leaves pro rata, so the liquidation price of what stays is unchanged");
  }
  if (x.contractsNotExecuted > 0)
    e.add("contractsNotExecuted", "not executed", same ? "not executed = order" : "not executed = order − n", sy, {},
          x.contractsNotExecuted, t.c.contracts, src)
        .note(s.mode == PositionMode::Hedge ? "hedge mode: an order never flips a side" : "reduce-only");
  if (x.after && rep.after) {
    const ContractPosition& a = *x.after;
    const ContractTerms at{a, t.c};
    e.scope("order.after", "after the order: ");
    if (same && !o.reduceOnly) {
      e.add("contracts", "contracts", "n after = n + order", sy, {}, a.contracts, t.c.contracts, src);
      e.add("entryPrice", "entry price",
            t.linear() ? "EP after = (n × EP + order × price) ÷ (n + order)" : "EP after = (n + order) ÷ (n ÷ EP + order ÷ price)",
            sy, {}, a.entryPrice, t.c.quote, source::kBybitEntry);
    } else if (!same) {
      e.add("contracts", "contracts", x.flipped ? "n after = order − n" : "n after = n − order", sy, {}, a.contracts,
            t.c.contracts, src);
    }
    e.add("margin", "margin", at.linear() ? "M = Q × EP ÷ lev + added − removed" : "M = Q ÷ EP ÷ lev + added − removed",
          at.syms(s.markPrice), {}, isolated_margin(a), mu, src)
        .note(x.flipped ? "the reverse position opens at the same leverage, with no extra margin"
                        : "extra margin stays: spread over a larger size, or cut pro rata");
    convention_entries(e, s, *rep.after, at, s.markPrice);
  }
  e.scope("", "");
}

// One partial step at `price`: down two tiers, to tier n−2's maxSz (§4, §10 row 6). `p` is the
// position before it, and after it on return, its margin kept as the core keeps it.
void step(Entries& e, ContractPosition& p, double price, const ContractScenario& s, const ContractStep& st,
          const Coins& c) {
  const ContractTerms t{p, c};
  const char* src = source::kOkxContractLiquidation;
  ContractPosition closed = p;
  closed.contracts = st.contractsClosed;
  const Syms sy = join({{"maxSz", amount(s.tiers[st.tierAfter - 1].maxSz, c.contracts)},
                        {"Q", amount(size_q(closed), t.sizeUnit())},
                        {"f", rate(s.takerFee)},
                        {"PnL", amount(st.realizedPnl, t.marginUnit())},
                        {"fee", amount(st.fee, t.marginUnit())}},
                       t.syms(price));
  e.add("contractsClosed", "contracts closed", "closed = n − maxSz", sy, {}, st.contractsClosed, c.contracts, src)
      .note("tier " + num(st.tierBefore) + " → tier " + num(st.tierAfter) +
            ": two tiers down, since tier 1's rate would leave the ratio above 100%; Q below is the closed part");
  e.add("realizedPnl", "realized PnL", "PnL = " + t.pnl("P"), sy, {}, st.realizedPnl, t.marginUnit(), src);
  e.add("fee", "fee", "fee = " + t.notional("P") + " × f", sy, {}, st.fee, t.marginUnit(), src);
  e.add("marginAfter", "margin after", "M after = M + PnL − fee", sy, {}, st.marginAfter, t.marginUnit(), src)
      .note("the margin stays in the position after a partial liquidation");
  p.contracts -= st.contractsClosed;
  p.marginAdded = st.marginAfter - contract_initial_margin(p.contract.kind, size_q(p), p.entryPrice, p.leverage);
  p.marginRemoved = 0;
  const ContractTerms after{p, c};
  const ContractRisk r = contract_risk(s, s.convention, p);
  e.add("marginRatioAfter", "margin ratio after", "MR = " + after.marginRatio(s.convention, r),
        join(after.risk(s.convention, r), after.syms(price)), {}, st.marginRatioAfter, "%", src)
      .convention(info(s.convention).name);
}

void timeline_entries(Entries& e, const ContractScenario& s, const ContractPathRun& run, const ContractPosition& p,
                      const Coins& c) {
  explain_events(
      e, run, p, c.quote, [&](ContractPosition& q, double price, const ContractStep& st) { step(e, q, price, s, st, c); },
      [&](const ContractPosition& q, const ContractPathEvent& ev) {
        const ContractTerms t{q, c};
        const ContractRisk r = contract_risk(s, s.convention, q);
        e.add("marginRatio", "margin ratio", "MR = " + t.marginRatio(s.convention, r),
              join(t.risk(s.convention, r), t.syms(ev.price)), {}, ev.marginRatio, "%", source::kOkxWhenLiquidated)
            .convention(info(s.convention).name);
      });
}

}  // namespace

void contract_workflow(Entries& e, const ContractScenario& s, const ContractReport& r, const ContractWorkflow& w,
                       const ContractPosition& p, const Coins& c) {
  const ContractTerms t{p, c};
  calculators(e, s, r.calculate, t);
  if (r.availableToClose)
    e.add("availableToClose", "available to close", "available = max(0, n − pending)", t.syms(s.markPrice),
          {{"pending", amount(s.pendingClose, c.contracts)}}, r.availableToClose, c.contracts, source::kOkxCalculator)
        .note("pending: contracts held by pending close orders");
  if (r.order) order_entries(e, s, r, t);
  if (r.opposite) {
    e.scope("opposite", "opposite side: ");
    convention_entries(e, s, *r.opposite, ContractTerms{*s.opposite, c}, s.markPrice);
    e.scope("", "");
  }
  explain_steps(e, w.atMark.steps, p, [&](ContractPosition& q, const ContractStep& st) { step(e, q, s.markPrice, s, st, c); });
  if (w.timeline) timeline_entries(e, s, *w.timeline, p, c);
}

}  // namespace isomargin::explain
