// Options, isolated: value, PnL, margin balance, the maintenance margin (an input, MM per
// contract by tier, or OKX's short-option formula), the liquidation fee and the margin ratio;
// then the partial steps at the mark and the path's events.
#include "explain_parts.hpp"
#include "sources.hpp"

namespace isomargin::explain {

namespace {

constexpr const char* kFee = "min(f × n × mult × ctVal, 12.5% × mark × n × mult × ctVal)";

const OptionTier* tier_of(const OptionScenario& s, const OptionPosition& p) {
  return s.tiers.empty() ? nullptr : &s.tiers[option_tier(s.tiers, p.contracts).value_or(s.tiers.size() - 1)];
}

// The maintenance margin as the core picks it: an input, MM per contract, or OKX's formula.
const char* mm_expr(const OptionScenario& s) {
  // A long option carries no MM of its own: the mark term is not added to one.
  if (s.mmIncludesMark && s.position.side == Side::Short) return s.tiers.empty() ? "MMin + mark × n × mult × ctVal" : "n × perContract + mark × n × mult × ctVal";
  if (s.tiers.empty()) return "MMin";
  if (!s.okx) return "n × perContract";
  return s.okx->put ? "(max(c, c × mark) × MF + mark) × n × mult × ctVal" : "(c × MF + mark) × n × mult × ctVal";
}

// n contracts, avg, mark, mult, ctVal, IM, adj, f and the tier's rate: MM and fee as expressions.
Syms option_syms(const OptionScenario& s, const OptionPosition& p, double mark, const Coins& c) {
  const std::string& coin = c.base;  // option prices and margin: the underlying coin
  const OptionTier* t = tier_of(s, p);
  return {{"n", amount(p.contracts, c.contracts)},
          {"avg", amount(p.averagePrice, coin)},
          {"mark", amount(mark, coin)},
          {"mult", plain(p.multiplier)},
          {"ctVal", amount(p.ctVal, coin)},
          {"IM", amount(p.initialMargin, coin)},
          {"adj", amount(p.marginAdjustment, coin)},
          {"balance", amount(option_margin(p), coin)},
          {"f", rate(s.takerFee)},
          {"MMin", amount(s.maintenanceMargin, coin)},
          {"perContract", amount(t ? t->mmPerContract : 0, coin)},
          {"MF", plain(t ? t->marginFactor : 0)},
          {"c", plain(s.okx ? s.okx->c : 0)},
          {"MM", expr(mm_expr(s))},
          {"fee", expr(kFee)}};
}

const char* pnl_formula(Side side) {
  return side == Side::Long ? "PnL = (mark − avg) × n × mult × ctVal" : "PnL = (avg − mark) × n × mult × ctVal";
}

// One partial step at `price`: ONE tier down, to tier n−1's maxSz (§4, §10 row 6). `p` is the
// position before it, and after it on return.
void step(Entries& e, OptionPosition& p, double price, const OptionScenario& s, const OptionStep& st, const Coins& c) {
  const char* src = source::kOkxContractLiquidation;
  const double target = s.tiers[st.tierAfter - 1].maxSz;
  Syms sy = option_syms(s, p, price, c);
  const Syms closed = option_syms(s, OptionPosition{p.side, st.contractsClosed, p.averagePrice, p.multiplier, p.ctVal,
                                                    p.initialMargin, p.marginAdjustment},
                                  price, c);
  e.add("contractsClosed", "contracts closed", "closed = n − maxSz", sy, {{"maxSz", amount(target, c.contracts)}},
        st.contractsClosed, c.contracts, src)
      .note("tier " + num(st.tierBefore) + " → tier " + num(st.tierAfter) +
            ": options step down one tier at a time; n below is the closed part");
  e.add("realizedPnl", "realized PnL", pnl_formula(p.side), closed, {}, st.realizedPnl, c.base, src);
  e.add("fee", "fee", std::string("fee = ") + kFee, closed, {}, st.fee, c.base, source::kOkxOptionFee).note("low confidence");
  e.add("marginAfter", "margin after", "margin after = balance + PnL − fee", sy,
        {{"PnL", amount(st.realizedPnl, c.base)}, {"fee", amount(st.fee, c.base)}}, st.marginAfter, c.base, src)
      .note("the margin stays in the position after a partial liquidation");
  p.contracts = target;
  p.marginAdjustment = st.marginAfter - p.initialMargin;
  e.add("marginRatioAfter", "margin ratio after", "MR = balance ÷ (MM + fee)", option_syms(s, p, price, c), {},
        st.marginRatioAfter, "%", source::kOkxOptionMargin);
}

}  // namespace

json explain_option(const codec::OptionDecoded& d, const OptionReport& r, const OptionWorkflow* workflow) {
  const OptionScenario& s = d.scenario;
  const OptionPosition& p = s.position;
  const Coins c{d.labels.base, d.labels.quote};
  const std::string& coin = c.base;
  const double mark = s.markPrice;
  const char* src = source::kOkxOptionMargin;
  const Syms sy = option_syms(s, p, mark, c);
  const bool isLong = p.side == Side::Long;
  Entries e;
  e.add("value", "options value", "value = n × mult × ctVal × mark", sy, {}, r.value, coin, src);
  e.add("pnl", "PnL", pnl_formula(p.side), sy, {}, r.pnl, coin, src);
  e.add("pnlRatio", "PnL ratio", isLong ? "PnL ratio = (mark − avg) ÷ avg" : "PnL ratio = (avg − mark) ÷ avg", sy, {},
        r.pnlRatio, "%", src);
  if (!workflow) return e.done();  // the PnL calculation alone: no margin given
  const OptionWorkflow& w = *workflow;
  e.add("marginBalance", "margin balance", "balance = IM + adj", sy, {}, r.marginBalance, coin, src)
      .note("adj: margin added or removed by hand");
  if (r.tier)
    e.add_text("tier", "tier", "tier: the first row whose maxSz ≥ n", num(*r.tier), r.tier, c.none, src)
        .note(text(amount(p.contracts, c.contracts)) + " fit tier " + num(*r.tier) + " (maxSz " +
              num(s.tiers[*r.tier - 1].maxSz) + ")");
  e.add("maintenanceMargin", "maintenance margin", std::string(mm_expr(s)) == "MMin" ? "MMin" : std::string("MM = ") + mm_expr(s), sy, {},
        r.maintenanceMargin, coin, src)
      .note(s.okx ? std::string("OKX's short-") + (s.okx->put ? "put" : "call") +
                        " MMR per coin of the underlying, with the tier's margin factor MF"
                  : s.tiers.empty() ? "an input (MMin): OKX's own formula needs \"okx\" and margin factor tiers"
                                    : "an input table of MM per contract");
  e.add("liquidationFee", "liquidation fee", std::string("fee = ") + kFee, sy, {}, r.liquidationFee, coin, source::kOkxOptionFee)
      .note("low confidence");
  if (r.marginRatio)
    e.add("marginRatio", "margin ratio", "MR = balance ÷ (MM + fee)", sy, {}, r.marginRatio, "%", src)
        .note("liquidated at 100% or below");
  auto one = [&](OptionPosition& q, double price, const OptionStep& st) { step(e, q, price, s, st, c); };
  explain_steps(e, w.atMark.steps, p, [&](OptionPosition& q, const OptionStep& st) { one(q, mark, st); });
  if (w.timeline)
    explain_events(e, *w.timeline, p, coin, one, [&](const OptionPosition& q, const auto& ev) {
      e.add("marginRatio", "margin ratio", "MR = balance ÷ (MM + fee)", option_syms(s, q, ev.price, c), {},
            ev.marginRatio, "%", source::kOkxWhenLiquidated);
    });
  return e.done();
}

}  // namespace isomargin::explain
