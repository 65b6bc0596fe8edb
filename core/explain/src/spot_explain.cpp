// Spot margin, isolated: the balances, the tier and its rate, the risk at the mark, the
// liquidation, bankruptcy and alert prices, and the PnL — each from the numbers the core used.
#include <cmath>

#include "explain_parts.hpp"
#include "isomargin/open.hpp"
#include "sources.hpp"
#include "spot_terms.hpp"

namespace isomargin::explain {

namespace {

std::string fills_sum(const std::vector<Fill>& fills, const Coins& c, bool weighted) {
  std::string out;
  for (const Fill& f : fills) {
    if (!out.empty()) out += " + ";
    out += text(amount(f.size, c.base));
    if (weighted) out += " × " + text(amount(f.price, c.quote));
  }
  return out;
}

// A position given by its balances: they are the inputs.
void balances(Entries& e, const SpotPosition& p, const Coins& c, const Syms& sy) {
  const char* src = source::kOkxIsolated;
  const std::string& owed = c.owed(p.side);
  e.add("position.assets", "assets", "A", sy, {}, p.assets, c.asset(p.side), src);
  e.add("position.principal", "borrowed principal", "principal", sy, {}, p.principal, owed, src);
  if (p.interest != 0) e.add("position.interest", "unpaid interest", "interest", sy, {}, p.interest, owed, src);
  e.add("position.liability", "liability", "L = principal + interest", sy, {}, p.liability(), owed, src);
  if (p.margin) e.add("position.margin", "margin", "M", sy, {}, p.margin, c.of(p.marginCoin), src);
  if (p.entryPrice)
    e.add("position.entryPrice", "entry price", "EP", sy, {{"EP", amount(*p.entryPrice, c.quote)}}, p.entryPrice, c.quote, src);
}

void size_and_leverage(Entries& e, const SpotScenario& s, std::optional<double> leverage, const SpotTerms& t,
                       const Syms& sy) {
  const SpotPosition& p = t.p;
  const char* src = source::kOkxIsolated;
  const bool inside = p.mode == Mode::Old && p.margin;
  e.add("position.size", "position size", t.isLong() ? (inside ? "size = A − M" : "size = A") : "size = L", sy, {},
        position_size(p), t.c.base, src)
      .note(t.isLong() ? (inside ? "the base held; old mode counts the margin inside the assets" : "the base held")
                       : "the base owed");
  if (!leverage) return;
  if (s.order && s.order->leverage) {
    e.add("leverage", "leverage", "lev", sy, {{"lev", plain(*leverage)}}, leverage, "x", source::kOkxMarginOld);
    return;
  }
  // The notional at entry in the margin coin over the margin.
  const double size = s.order ? total_size(s.order->fills) : t.isLong() ? assets_ex_margin(p) : p.principal;
  const double entry = s.order ? average_entry(s.order->fills) : *p.entryPrice;
  e.add("leverage", "leverage", p.marginCoin == MarginCoin::Base ? "lev = size ÷ M" : "lev = size × EP ÷ M", sy,
        {{"size", amount(size, t.c.base)}, {"EP", amount(entry, t.c.quote)}}, leverage, "x", source::kOkxMarginOld);
}

void tier_entries(Entries& e, const SpotPosition& p, const std::optional<Tier>& tier,
                  double mmr, const Coins& c, const Syms& sy) {
  const std::string& owed = c.owed(p.side);
  if (tier) {
    const Tier& t = *tier;
    e.add_text("tier.tier", "tier", "tier: the first row whose maxSz ≥ the borrowed principal", num(t.tier), t.tier,
               c.none, source::kOkxTiers)
        .note(text(amount(p.principal, owed)) + " borrowed; tier " + num(t.tier) + " runs above " +
              text(amount(t.minSz, owed)) + " up to " + text(amount(t.maxSz, owed)));
    e.add("mmr", "maintenance margin rate", "mmr", sy, {}, mmr, "%", source::kOkxTiers).note("the tier's rate");
    return;
  }
  e.add("mmr", "maintenance margin rate", "mmr", sy, {}, mmr, "%", source::kOkxIsolated).note("a fixed rate");
}

void risk_entries(Entries& e, const SpotReport& r, const SpotTerms& t, const Syms& sy) {
  const std::string& q = t.c.quote;
  const RiskAtPrice& k = r.atMark;
  const Syms with = [&] {
    Syms x = sy;
    x.push_back({"LV", amount(k.liabilityValue, q)});
    x.push_back({"net", amount(k.netAssets, q)});
    x.push_back({"MM", amount(k.maintenanceMargin, q)});
    x.push_back({"fee", amount(k.liquidationFee, q)});
    return x;
  }();
  e.add("risk.liabilityValue", "liability value", "LV = " + t.lv(), sy, {}, k.liabilityValue, q, source::kOkxQuickMargin);
  e.add("risk.netAssets", "net assets", "net = " + t.net(), sy, {}, k.netAssets, q, source::kOkxQuickMargin);
  e.add("risk.maintenanceMargin", "maintenance margin", "MM = " + t.lv() + " × mmr", sy, {}, k.maintenanceMargin, q,
        source::kOkxMarginOld)
      .note("L = principal + interest");
  e.add("risk.liquidationFee", "liquidation fee", "fee = f × (LV + MM)", with, {}, k.liquidationFee, q,
        source::kOkxQuickMargin)
      .note("the taker fee on closing the liability and its maintenance margin: the reading of OKX's \"fees\" "
            "that makes a 100% ratio solve to its liquidation price");
  if (k.marginRatio)
    e.add("risk.marginRatio", "margin ratio", "MR = net ÷ (MM + fee)", with, {}, k.marginRatio, "%", source::kOkxMarginOld)
        .note("liquidation starts at 100% or below");
}

void price_entries(Entries& e, const SpotScenario& s, const SpotReport& r, const SpotTerms& t, const Syms& sy) {
  const double mark = s.markPrice;
  const std::string& q = t.c.quote;
  liquidation_entry(e, t, sy, r.liquidation, mark);
  if (r.distanceToLiquidation)
    e.add("liquidationPrice.distance", "distance to liquidation", "distance = (liq − P) ÷ P", sy,
          {{"liq", amount(r.liquidation.price, q)}}, r.distanceToLiquidation, "%", source::kOkxIsolated)
        .note(distance_note(r.liquidation, mark));
  auto at = [](const PriceLevel& l) { return l.kind == PriceLevel::Kind::At ? std::optional<double>(l.price) : std::nullopt; };
  e.add("bankruptcyPrice.price", "bankruptcy price", "bankruptcy = " + t.level(false), sy, {}, at(r.bankruptcy), q,
        source::kOkxQuickMargin)
      .note("where net assets reach 0 (k = 1, no fee)" + level_note(r.bankruptcy, mark, q));
  e.add("alertPrice.price", "alert price", "alert price = " + t.level(true), sy,
        {{"k", expr("1 + alert × ((1 + mmr) × (1 + f) − 1)")}, {"alert", rate(s.rules.alertRatio)}}, at(r.alertPrice),
        q, source::kOkxIsolated)
      .note("where the margin ratio crosses the alert ratio (a setting: OKX warns, but no page states the threshold)" +
            level_note(r.alertPrice, mark, q));
}

void pnl_entries(Entries& e, const SpotScenario& s, const SpotReport& r, const SpotTerms& t, const Syms& sy) {
  const SpotPosition& p = r.position;
  const std::string& coin = t.c.of(p.marginCoin);
  const double base = p.initialMargin ? *p.initialMargin : p.margin.value_or(0);
  auto one = [&](const char* key, const char* pctKey, const char* words, double price, std::optional<double> pnl,
                 std::optional<double> ratio) {
    if (!pnl) return;
    e.add(key, words, "PnL = " + t.pnl(), sy, {{"P", amount(price, t.c.quote)}}, pnl, coin, source::kOkxMarginPnl);
    if (ratio)
      e.add(pctKey, "PnL%", "PnL% = PnL ÷ IM", sy, {{"PnL", amount(*pnl, coin)}, {"IM", amount(base, coin)}}, ratio, "%",
            source::kOkxMarginPnl)
          .note("IM: the initial margin");
  };
  one("pnl.mark", "pnl.markPercent", "floating PnL at the mark", s.markPrice, r.pnlMark, r.pnlPercentMark);
  if (s.lastPrice) one("pnl.last", "pnl.lastPercent", "floating PnL at the last price", *s.lastPrice, r.pnlLast, r.pnlPercentLast);
}

}  // namespace

std::string level_note(const PriceLevel& l, double mark, const std::string& quote) {
  switch (l.kind) {
    case PriceLevel::Kind::Never: return "; none: the formula gives no positive price, so no price reaches it";
    case PriceLevel::Kind::Always: return "; every price: the formula gives no positive price, and every price is past it";
    case PriceLevel::Kind::At: break;
  }
  std::string out = l.falls ? "; reached at or below this price" : "; reached at or above this price";
  if (reached(l, mark)) out += ", which the mark (" + text(amount(mark, quote)) + ") already is";
  return out;
}

std::string distance_note(const PriceLevel& l, double mark) {
  std::string out = l.price < mark ? "negative: the liquidation price is below the mark" : "positive: the liquidation price is above the mark";
  if (reached(l, mark)) return out + "; the mark is already past it";
  return out + (l.falls ? "; the price has to fall this far" : "; the price has to rise this far");
}

void liquidation_entry(Entries& e, const SpotTerms& t, const Syms& syms, const PriceLevel& l, double mark) {
  e.add("liquidationPrice.price", "liquidation price", "liq = " + t.level(true), syms, {},
        l.kind == PriceLevel::Kind::At ? std::optional<double>(l.price) : std::nullopt, t.c.quote, source::kOkxIsolated)
      .note(std::string("where the margin ratio reaches 100%; ") +
            (t.p.mode == Mode::Old ? "old mode counts M inside A" : "new mode holds M beside A") +
            level_note(l, mark, t.c.quote));
}

void opened(Entries& e, const OpenOrder& o, const SpotPosition& p, const std::optional<InterestInput>& interest,
            const Coins& c, bool full) {
  const double size = total_size(o.fills), entry = average_entry(o.fills);
  const bool isLong = o.side == Side::Long;
  const std::string& owed = c.owed(o.side);
  const std::string& mc = c.of(o.marginCoin);
  const Syms sy = {{"size", amount(size, c.base)},
                   {"EP", amount(entry, c.quote)},
                   {"lev", plain(o.leverage.value_or(0))},
                   {"M", amount(p.margin.value_or(0), mc)},
                   {"principal", amount(p.principal, owed)},
                   {"interest", amount(p.interest, owed)},
                   {"rate", rate(interest ? interest->hourlyRate.value_or(0) : 0)},
                   {"hours", plain(interest ? interest->hours.value_or(0) : 0)}};
  const char* src = source::kOkxOpening;
  if (full) {
    if (o.fills.size() > 1)
      e.add_text("entryPrice", "entry price", "EP = Σ size × price ÷ Σ size",
                 "(" + fills_sum(o.fills, c, true) + ") ÷ (" + fills_sum(o.fills, c, false) + ")", entry, c.quote, src);
    else
      e.add("entryPrice", "entry price", "EP", sy, {}, entry, c.quote, src);
    e.add("principal", "borrowed principal", isLong ? "principal = size × EP" : "principal = size", sy, {}, p.principal,
          owed, src)
        .note("the whole notional is borrowed, whichever coin the margin is in");
    if (interest)
      e.add("interest", "unpaid interest", interest->accrued ? "interest" : "interest = principal × rate × hours", sy, {},
            p.interest, owed, source::kOkxIsolated)
          .note(interest->accrued ? "accrued" : "rate: hourly");
  }
  e.add("liability", "liability", "L = principal + interest", sy, {}, p.liability(), owed, source::kOkxIsolated);
  e.add("margin", "margin", o.margin ? "M" : o.marginCoin == MarginCoin::Base ? "M = size ÷ lev" : "M = size × EP ÷ lev",
        sy, {}, p.margin, mc, source::kOkxMarginOld);
  const bool old = o.mode == Mode::Old;
  e.add("assets", "assets", isLong ? (old ? "A = size + M" : "A = size") : (old ? "A = size × EP + M" : "A = size × EP"),
        sy, {}, p.assets, c.asset(o.side), src)
      .note(old ? "old mode keeps the margin inside the assets" : "new mode holds the margin beside the assets");
}

json explain_spot(const codec::Decoded& d, const SpotReport& r) {
  const SpotScenario& s = d.scenario;
  const SpotPosition& p = r.position;
  const Coins c{d.labels.base, d.labels.quote};
  const SpotTerms t{p, c};
  const Syms sy = t.syms(s.markPrice, r.mmr, s.takerFee);
  Entries e;
  if (s.order) {
    e.scope("position", "");
    opened(e, *s.order, p, s.interest, c, true);
    e.scope("", "");
  } else {
    balances(e, p, c, sy);
  }
  size_and_leverage(e, s, r.leverage, t, sy);
  tier_entries(e, p, r.tier, r.mmr, c, sy);
  risk_entries(e, r, t, sy);
  price_entries(e, s, r, t, sy);
  pnl_entries(e, s, r, t, sy);
  spot_workflow(e, s, r, c);
  return e.done();
}

json explain_opening(const codec::Decoded& d, const OpeningReport& r) {
  const SpotScenario& s = d.scenario;
  const SpotPosition& p = r.position;
  const Coins c{d.labels.base, d.labels.quote};
  const SpotTerms t{p, c};
  const double noMark = std::nan("");  // an order without a mark price: nothing is reached yet
  const Syms sy = t.syms(noMark, r.mmr.value_or(0), s.takerFee);
  Entries e;
  e.scope("position", "");
  opened(e, *s.order, p, s.interest, c, true);
  e.scope("", "");
  size_and_leverage(e, s, r.leverage, t, sy);
  if (r.mmr) tier_entries(e, p, r.tier, *r.mmr, c, sy);
  if (r.liquidation) liquidation_entry(e, t, sy, *r.liquidation, noMark);
  e.add("bankruptcyPrice.price", "bankruptcy price", "bankruptcy = " + t.level(false), sy, {},
        r.bankruptcy.kind == PriceLevel::Kind::At ? std::optional<double>(r.bankruptcy.price) : std::nullopt, c.quote,
        source::kOkxQuickMargin)
      .note("where net assets reach 0 (k = 1, no fee)" + level_note(r.bankruptcy, noMark, c.quote));
  comparison_entries(e, s, r.comparison, r.mmr, noMark, c);
  return e.done();
}

}  // namespace isomargin::explain
