// Spot margin after the mark: each partial-liquidation step, the close (and the reverse
// position an over-close opens), the same order in every mode, the path's events, and the
// chance of touching the liquidation price.
#include "explain_parts.hpp"
#include "isomargin/open.hpp"
#include "sources.hpp"
#include "spot_terms.hpp"

namespace isomargin::explain {

namespace {

Syms plus_syms(Syms s, std::initializer_list<Sym> more) {
  s.insert(s.end(), more.begin(), more.end());
  return s;
}

// One partial step at `price` (§4, margin rule): the principal cut to the lower tier's maxSz.
// `p` is the position before it, and after it on return. Entries go under the current scope.
void step(Entries& e, SpotPosition& p, double price, const SpotScenario& s, const PartialStep& st, const Coins& c) {
  const double target = s.mmr.tiers[st.tierAfter - 1].maxSz;
  const char* src = source::kOkxMarginLiquidation;
  const Syms sy = plus_syms(SpotTerms{p, c}.syms(price, mmr_for(s.mmr, p.principal), s.takerFee),
                            {{"maxSz", amount(target, c.owed(p.side))},
                             {"size", amount(st.sizeClosed, c.base)},
                             {"fee", amount(st.fee, c.quote)}});
  const bool isShort = p.side == Side::Short;
  e.add("principalRepaid", "principal repaid", "repaid = principal − maxSz", sy, {}, st.principalRepaid, c.owed(p.side), src)
      .note("tier " + num(st.tierBefore) + " → tier " + num(st.tierAfter) + ": the borrowed principal is cut to the "
            "lower tier's maximum");
  e.add("sizeClosed", isShort ? "size bought back" : "size sold",
        isShort ? "size = principal − maxSz" : "size = (principal − maxSz) ÷ (P × (1 − f))", sy, {}, st.sizeClosed, c.base, src);
  e.add("fee", "fee", "fee = size × P × f", sy, {}, st.fee, c.quote, src);
  e.add("assetsAfter", "assets after", isShort ? "A after = A − (size × P + fee)" : "A after = A − size", sy, {},
        st.assetsAfter, c.asset(p.side), src);
  e.add("liabilityAfter", "liability after", "L after = maxSz + interest", sy, {}, st.liabilityAfter, c.owed(p.side), src);
  p.assets = st.assetsAfter;
  p.principal = target;
  const SpotTerms after{p, c};
  const Syms sa = after.syms(price, mmr_for(s.mmr, target), s.takerFee);
  e.add("netAssetsAfter", "margin left (net assets)", "net = " + after.net(), sa, {}, st.netAssetsAfter, c.quote,
        source::kOkxQuickMargin);
  e.add("marginRatioAfter", "margin ratio after", "MR = " + after.ratio(), sa, {}, st.marginRatioAfter, "%", src)
      .note("at tier " + num(st.tierAfter) + "'s mmr" +
            (st.marginRatioAfter > 1 ? ": above 100%, so the steps stop" : ": still 100% or below"));
}

// What is left in the margin coin after closing everything at P (§1.6): margin in the asset coin
// repays the liability exactly; margin in the liability coin sells all the assets.
std::string left(const SpotTerms& t) {
  const std::string held = t.marginWithAssets() ? "A + M" : "A";
  if (t.isLong())
    return t.p.marginCoin == MarginCoin::Base ? held + " − L ÷ (P × (1 − f))" : "M + A × P × (1 − f) − L";
  return t.p.marginCoin == MarginCoin::Quote ? held + " − L × P × (1 + f)" : "M + A ÷ (P × (1 + f)) − L";
}

void close_entries(Entries& e, const SpotScenario& s, const SpotReport& r, const Coins& c) {
  const CloseResult& x = *r.close;
  const SpotPosition& p = r.position;
  const SpotTerms t{p, c};
  const double price = s.close->price == 0 ? s.markPrice : s.close->price;
  const double size = position_size(p);
  const double wanted = s.close->closeAll ? size : s.close->size;
  const std::string& mc = c.of(p.marginCoin);
  const char* src = source::kOkxOpening;
  const Syms sy = plus_syms(t.syms(price, r.mmr, s.takerFee),
                            {{"size", amount(x.sizeFilled, c.base)},
                             {"order", amount(wanted, c.base)},
                             {"position", amount(size, c.base)},
                             {"PnL", amount(x.realizedPnl.value_or(0), mc)},
                             {"IM", amount(p.initialMargin.value_or(p.margin.value_or(0)), mc)},
                             {"lev", plain(r.leverage.value_or(0))}});
  e.scope("close", "");
  if (!x.fullyClosed) {  // a reduce order: its proceeds repay the principal at once
    e.add("remaining.assets", "after the close: assets",
          t.isLong() ? "A after = A − size" : "A after = A − size × P × (1 + f)", sy, {}, x.remaining->assets,
          c.asset(p.side), src);
    e.add("remaining.liability", "after the close: liability",
          t.isLong() ? "L after = max(0, L − size × P × (1 − f))" : "L after = max(0, L − size)", sy, {},
          x.remaining->liability(), c.owed(p.side), src);
    e.scope("", "");
    return;
  }
  const std::string l = left(t);
  e.add("returnedToAccount", "returned to the account", "returned = max(0, " + l + ")", sy, {}, x.returnedToAccount, mc, src)
      .note(margin_in_asset_coin(p) ? "margin in the asset coin: the liability is repaid exactly, the rest comes back"
                                    : "margin in the liability coin: all assets are sold, the margin covers the gap");
  if (x.shortfall > 0)
    e.add("shortfall", "shortfall", "shortfall = max(0, −(" + l + "))", sy, {}, x.shortfall, mc, src);
  if (x.realizedPnl)
    e.add("realizedPnl", "realized PnL", "PnL = " + l + " − M", sy, {}, x.realizedPnl, mc, source::kOkxMarginPnl)
        .note("what comes back less the margin");
  if (x.realizedPnlPercent)
    e.add("realizedPnlPercent", "realized PnL%", "PnL% = PnL ÷ IM", sy, {}, x.realizedPnlPercent, "%", source::kOkxMarginPnl);
  if (x.sizeNotExecuted > 0)
    e.add("sizeNotExecuted", "not executed", "not executed = order − position", sy, {}, x.sizeNotExecuted, c.base, src)
        .note(s.close->reduceOnly ? "reduce-only: the rest never opens the reverse position"
                                  : "no leverage is known to open the reverse position with");
  if (x.reverse) {
    const SpotPosition& q = x.reverse->position;
    const Syms rs = plus_syms(SpotTerms{q, c}.syms(price, r.mmr, s.takerFee),
                              {{"rest", amount(wanted - size, c.base)}, {"lev", plain(*r.leverage)}});
    const bool base = q.marginCoin == MarginCoin::Base, old = q.mode == Mode::Old, isLong = q.side == Side::Long;
    e.scope("close.reverse", "reverse position: ");
    e.add("margin", "margin", base ? "M = rest ÷ lev" : "M = rest × P ÷ lev", rs, {}, q.margin, c.of(q.marginCoin), src)
        .note("drawn from the account; the position's leverage carries over");
    e.add("assets", "assets", isLong ? (old ? "A = rest + M" : "A = rest") : (old ? "A = rest × P + M" : "A = rest × P"),
          rs, {}, q.assets, c.asset(q.side), src);
    e.add("liability", "liability", isLong ? "L = rest × P" : "L = rest", rs, {}, q.liability(), c.owed(q.side), src);
  }
  e.scope("", "");
}

void timeline_entries(Entries& e, const SpotScenario& s, const SpotReport& r, const Coins& c) {
  explain_events(
      e, *r.timeline, r.position, c.quote,
      [&](SpotPosition& p, double price, const PartialStep& st) { step(e, p, price, s, st, c); },
      [&](const SpotPosition& p, const PathEvent& ev) {
        const SpotTerms t{p, c};
        e.add("marginRatio", "margin ratio", "MR = " + t.ratio(),
              t.syms(ev.price, mmr_for(s.mmr, p.principal), s.takerFee), {}, ev.marginRatio, "%",
              source::kOkxWhenLiquidated);
      });
}

void probability_entry(Entries& e, const SpotScenario& s, const SpotReport& r, const Coins& c) {
  const ProbabilityInput& in = *s.probability;
  const PriceLevel& l = r.liquidation;
  const char* label = "chance of touching the liquidation price";
  if (l.kind != PriceLevel::Kind::At || reached(l, s.markPrice)) {
    const bool one = *r.touchProbability == 1;
    e.add_text("liquidationProbability", label, one ? "probability = 1: the mark is already past it" : "probability = 0: no price liquidates it",
               one ? "1" : "0", r.touchProbability, "%", source::kShreve);
    return;
  }
  const Syms sy = {{"liq", amount(l.price, c.quote)}, {"P", amount(s.markPrice, c.quote)},
                   {"σ", rate(in.volatility)},       {"μ", rate(in.drift)},
                   {"days", plain(in.days)},          {"b", expr("ln(liq ÷ P)")},
                   {"ν", expr("μ − σ × σ ÷ 2")},      {"T", expr("days ÷ 365")}};
  const bool below = l.price < s.markPrice;
  e.add("liquidationProbability", label,
        below ? "probability = N((b − ν × T) ÷ (σ × √T)) + exp(2 × ν × b ÷ (σ × σ)) × N((b + ν × T) ÷ (σ × √T))"
              : "probability = N((ν × T − b) ÷ (σ × √T)) + exp(2 × ν × b ÷ (σ × σ)) × N((−b − ν × T) ÷ (σ × √T))",
        sy, {}, r.touchProbability, "%", source::kShreve)
      .note("geometric Brownian motion, volatility σ and drift μ a year, watched for T years; N is the standard "
            "normal distribution");
}

}  // namespace

std::string step_label(std::size_t i) { return "partial step " + std::to_string(i + 1) + ": "; }

// The seed's opening tables: the same order in each mode and margin coin of its side; the
// liquidation price only with a rate.
void comparison_entries(Entries& e, const SpotScenario& s, const std::vector<ModeRow>& rows,
                        std::optional<double> mmr, double mark, const Coins& c) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const ModeRow& row = rows[i];
    OpenOrder o = *s.order;
    o.mode = row.mode;
    o.marginCoin = row.marginCoin;
    o.leverage = order_leverage(*s.order);
    o.margin.reset();
    e.scope(item("comparison", i), std::string(row.mode == Mode::Old ? "old mode, " : "new mode, ") +
                                       (row.marginCoin == MarginCoin::Base ? "base margin: " : "quote margin: "));
    opened(e, o, row.position, s.interest, c, false);
    const SpotTerms t{row.position, c};
    if (mmr) liquidation_entry(e, t, t.syms(mark, *mmr, s.takerFee), row.liquidation, mark);
  }
  e.scope("", "");
}

const char* event_words(PathEventKind k) {
  switch (k) {
    case PathEventKind::Alert: return "alert";
    case PathEventKind::AlertCleared: return "alert cleared";
    case PathEventKind::OrdersCancelled: return "orders cancelled";
    case PathEventKind::PartialLiquidation: return "partial liquidation";
    case PathEventKind::FullLiquidation: return "full liquidation";
  }
  return "event";
}

void spot_workflow(Entries& e, const SpotScenario& s, const SpotReport& r, const Coins& c) {
  explain_steps(e, r.state.steps, r.position,
                [&](SpotPosition& p, const PartialStep& st) { step(e, p, s.markPrice, s, st, c); });
  if (r.close) close_entries(e, s, r, c);
  if (!r.comparison.empty()) comparison_entries(e, s, r.comparison, r.mmr, s.markPrice, c);
  if (r.timeline) timeline_entries(e, s, r, c);
  if (r.touchProbability) probability_entry(e, s, r, c);
}

}  // namespace isomargin::explain
