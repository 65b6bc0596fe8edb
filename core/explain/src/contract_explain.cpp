// Perpetual swaps and futures, isolated: size, entry, notional, margin and PnL, then the chosen
// convention's rate, liquidation price, margin ratio and margin for a wanted price, the
// bankruptcy price, and every compared convention.
#include "contract_explain.hpp"

#include "sources.hpp"

namespace isomargin::explain {

namespace {

std::string fills_text(const std::vector<Fill>& fills, const Coins& c, bool linear, bool top) {
  std::string out;
  for (const Fill& f : fills) {
    if (!out.empty()) out += " + ";
    out += text(amount(f.size, c.contracts));
    if (top) out += (linear ? " × " : " ÷ ") + text(amount(f.price, c.quote));
  }
  return out;
}

void mmr_entry(Entries& e, const ContractScenario& s, const ConventionResult& res, const ContractTerms& t,
               const Syms& sy) {
  const char* model = info(res.convention).name;
  const std::string tier = res.tier ? num(*res.tier) : "";
  if (s.mmrFromReported && s.reportedMaintenanceMargin && res.convention != Convention::Hyperliquid) {
    e.add("mmr", "maintenance margin rate", std::string("mmr = MMx ÷ (") + t.notional("P") + ")", sy,
          {{"MMx", amount(*s.reportedMaintenanceMargin, t.marginUnit())}}, res.risk.mmr, "%", source::kOkxTieredMmr)
        .convention(model)
        .note("MMx: the maintenance margin the exchange reports; it sets the rate");
  } else if ((res.convention == Convention::Hyperliquid || s.tierSource == "maxLeverage") && s.maxLeverage) {
    e.add("mmr", "maintenance margin rate", "mmr = 1 ÷ (2 × max)", sy, {{"max", plain(*s.maxLeverage)}}, res.risk.mmr, "%",
          source::kHyperliquid)
        .convention(model)
        .note("max: the asset's maximum leverage");
  } else if (s.fixedMmr) {
    e.add("mmr", "maintenance margin rate", "mmr", sy, {}, res.risk.mmr, "%", source::kOkxTieredMmr).convention(model);
  } else if (!s.tiers.empty()) {
    e.add("mmr", "maintenance margin rate", "mmr", sy, {}, res.risk.mmr, "%", source::kOkxTiers)
        .convention(model)
        .note("tier " + tier + " holds " + text(amount(t.p.contracts, t.c.contracts)));
  } else {
    e.add("mmr", "maintenance margin rate", "mmr", sy, {}, res.risk.mmr, "%",
          convention_source(Convention::Binance, t.p.contract.kind))
        .convention(model)
        .note("bracket " + tier +
              (res.convention == Convention::Binance ? ": its notional range holds the notional at the liquidation price"
                                                     : ": the one that holds the notional at entry"));
  }
  if (res.risk.maintenanceAmount == 0) return;
  std::size_t i = 0;
  while (i < s.brackets.size() && res.tier && s.brackets[i].bracket != *res.tier) ++i;
  if (!s.fixedMmr && s.cumDerived && i > 0 && i < s.brackets.size())
    e.add("maintenanceAmount", "maintenance amount", "amt = floor × (mmr − mmrPrev) + cumPrev", sy,
          {{"floor", amount(s.brackets[i].notionalFloor, t.marginUnit())}, {"mmrPrev", rate(s.brackets[i - 1].mmr)},
           {"cumPrev", amount(s.brackets[i - 1].cum, t.marginUnit())}},
          res.risk.maintenanceAmount, t.marginUnit(), source::kBinanceInverse)
        .convention(model)
        .note("cum of the bracket, derived: the brackets were given without it");
  else
    e.add("maintenanceAmount", "maintenance amount", "amt", sy, {}, res.risk.maintenanceAmount, t.marginUnit(),
          convention_source(res.convention, t.p.contract.kind))
        .convention(model)
        .note(s.fixedMmr ? "as entered" : "cum of the bracket");
}

}  // namespace

Syms join(Syms a, const Syms& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

void convention_entries(Entries& e, const ContractScenario& s, const ConventionResult& res, const ContractTerms& t,
                        double mark) {
  const Convention conv = res.convention;
  const ConventionInfo ci = info(conv);
  const char* src = convention_source(conv, t.p.contract.kind);
  const Syms sy = join(t.risk(conv, res.risk), t.syms(mark));
  mmr_entry(e, s, res, t, sy);
  e.add("maintenanceMargin", "maintenance margin",
        std::string("MM = ") + t.notional(ci.mmAtEntry ? "EP" : "P") + " × mmr" + (res.risk.maintenanceAmount != 0 ? " − amt" : ""),
        sy, {}, res.maintenanceMargin, t.marginUnit(), src)
      .convention(ci.name)
      .note(ci.mmAtEntry ? "valued at entry, no fee" : "at the mark, no fee");
  e.add("marginUsed", "margin the model counts",
        conv == Convention::Phemex ? "M = OV ÷ lev + (OV − OV ÷ lev) × f + added − removed"
                                   : (t.linear() ? "M = Q × EP ÷ lev + added − removed" : "M = Q ÷ EP ÷ lev + added − removed"),
        sy, {{"OV", expr("Q × EP")}}, res.marginUsed, t.marginUnit(), src)
      .convention(ci.name)
      .note(conv == Convention::Phemex ? "Phemex's assigned position balance, not the isolated margin shown"
                                       : "the isolated margin");
  const PriceLevel& l = res.liquidation;
  std::string note = ci.mmAtEntry ? "maintenance margin valued at entry (MMe)" : "maintenance margin valued at the liquidation price";
  if (conv == Convention::Phemex)
    note += "; M is Phemex's assigned balance, OV ÷ lev + (OV − OV ÷ lev) × f + added − removed with OV = " +
            text(amount(contract_notional(t.p.contract.kind, size_q(t.p), t.p.entryPrice), t.marginUnit()));
  if (conv == Convention::OkxCalculatorDoc && !t.linear()) note += "; the fee with the sign OKX's calculator help prints";
  note += level_note(l, mark, t.c.quote);
  if (res.liquidationAtTick) note += "; on the " + num(t.p.contract.tickSz) + " tick, toward the mark: " + num(*res.liquidationAtTick);
  e.add("liquidationPrice.price", "liquidation price", "liq = " + t.liquidation(conv, res.risk), sy, {},
        l.kind == PriceLevel::Kind::At ? std::optional<double>(l.price) : std::nullopt, t.c.quote, src)
      .convention(ci.name)
      .note(note);
  if (res.marginRatio)
    e.add("marginRatio", "margin ratio", "MR = " + t.marginRatio(conv, res.risk), sy, {}, res.marginRatio, "%",
          conv == Convention::Okx ? source::kOkxTieredMmr : src)
        .convention(ci.name)
        .note(conv == Convention::Binance ? "liquidated at 100% or below; Binance shows the inverse, MM ÷ margin balance"
                                          : "liquidated at 100% or below");
  if (res.marginToAdd && s.wantedLiquidationPrice) {
    ContractRisk r = res.risk;
    // Binance takes the bracket that holds the notional at the wanted price.
    if (conv == Convention::Binance && !s.brackets.empty())
      if (auto b = find_bracket(s.brackets, contract_notional(t.p.contract.kind, size_q(t.p), *s.wantedLiquidationPrice))) {
        r.mmr = s.brackets[*b].mmr;
        r.maintenanceAmount = s.brackets[*b].cum;
      }
    e.add("marginToAdd", "margin to add", "ΔM = " + t.marginToAdd(conv, r), join(t.risk(conv, r), t.syms(mark)),
          {{"wanted", amount(*s.wantedLiquidationPrice, t.c.quote)}}, res.marginToAdd, t.marginUnit(),
          source::kBybitCalculator)
        .convention(ci.name)
        .note("the margin that puts the liquidation price at the wanted price, less the margin now (negative: "
              "margin that can be removed)");
  }
}

json explain_contract(const codec::ContractDecoded& d, const ContractReport& r, const ContractWorkflow& w) {
  const ContractScenario s = settled(d.scenario);  // as every calculation sees it
  const ContractPosition& p = s.position;
  const MarginInput& shown = d.scenario.margin;
  const Coins c{d.labels.base, d.labels.quote};
  const ContractTerms t{p, c};
  const double mark = s.markPrice;
  const std::string& mu = t.marginUnit();
  const char* src = source::kOkxCalculator;
  const Syms sy = t.syms(mark);
  Entries e;
  e.add("size", "size", "Q = n × ctVal × mult", sy, {}, r.q, t.sizeUnit(), src);
  if (p.contract.lotSz > 0) e.note("contracts rounded down to whole lots of " + num(p.contract.lotSz));
  if (d.scenario.fills.size() > 1) {
    std::vector<Fill> fills = d.scenario.fills;  // as the core averages them: in whole lots
    for (Fill& f : fills) f.size = round_to_lot(f.size, p.contract.lotSz);
    const std::string top = fills_text(fills, c, t.linear(), true), bottom = fills_text(fills, c, t.linear(), false);
    e.add_text("entryPrice", "entry price", t.linear() ? "EP = Σ n × price ÷ Σ n" : "EP = Σ n ÷ Σ (n ÷ price)",
               t.linear() ? "(" + top + ") ÷ (" + bottom + ")" : "(" + bottom + ") ÷ (" + top + ")", r.entryPrice,
               c.quote, source::kBybitEntry)
        .note(t.linear() ? "weighted by size" : "inverse contracts average harmonically");
  } else {
    e.add("entryPrice", "entry price", "EP", sy, {}, r.entryPrice, c.quote, src);
  }
  // The margin as the exchange shows it: with no leverage given, the leverage follows from it.
  const double wallet = shown.margin ? *shown.margin : shown.marginBalance ? *shown.marginBalance - r.pnlMark : 0;
  const Sym walletSym{"Mshown", amount(wallet, mu)};
  if (shown.leverageGiven || (!shown.margin && !shown.marginBalance))
    e.add("leverage", "leverage", "lev", sy, {}, r.leverage, "x", src);
  else
    e.add("leverage", "leverage", t.linear() ? "lev = Q × EP ÷ Mshown" : "lev = Q ÷ EP ÷ Mshown", sy, {walletSym}, r.leverage,
          "x", src)
        .note("the notional at entry over the margin shown");
  e.add("notional", "notional at the mark", "notional = " + t.notional("P"), sy, {}, r.notionalAtMark,
        t.linear() ? c.quote : c.base, src);
  e.add("initialMargin", "initial margin", t.linear() ? "IM = Q × EP ÷ lev" : "IM = Q ÷ EP ÷ lev", sy, {},
        r.initialMargin, mu, src);
  if (shown.margin)
    e.add("margin", "isolated margin", "M", sy, {{"M", amount(*shown.margin, mu)}}, r.margin, mu, src)
        .note(shown.leverageGiven ? "the margin shown; above the initial margin it counts as added"
                                  : "the margin shown (OKX margin, Binance isolatedWallet, Bybit positionIM)");
  else if (shown.marginBalance)
    e.add("margin", "isolated margin", "M = balance − PnL", sy, {{"balance", amount(*shown.marginBalance, mu)}}, r.margin,
          mu, src)
        .note("Binance's isolatedMargin carries the unrealised PnL: the wallet part is what stays");
  else
    e.add("margin", "isolated margin", "M = IM + added − removed", sy, {}, r.margin, mu, src);
  e.add("maintenanceMargin", "maintenance margin",
        std::string("MM = ") + t.notional(info(s.convention).mmAtEntry ? "EP" : "P") + " × mmr" +
            (r.main.risk.maintenanceAmount != 0 ? " − amt" : ""),
        join(t.risk(s.convention, r.main.risk), sy), {}, r.main.maintenanceMargin, mu, src)
      .convention(info(s.convention).name)
      .note("under the chosen model, no fee");
  e.add("pnl.mark", "PnL at the mark", "PnL = " + t.pnl("P"), sy, {}, r.pnlMark, mu, src);
  e.add("pnl.markRatio", "PnL ratio at the mark", "ROE = PnL ÷ IM", sy, {}, r.pnlRatioMark, "%", src);
  if (r.pnlLast) {
    const Syms last = t.syms(*s.lastPrice);
    e.add("pnl.last", "PnL at the last price", "PnL = " + t.pnl("P"), last, {}, r.pnlLast, mu, src);
    e.add("pnl.lastRatio", "PnL ratio at the last price", "ROE = PnL ÷ IM", last, {}, r.pnlRatioLast, "%", src);
  }
  e.scope("result", "");
  convention_entries(e, s, r.main, t, mark);
  if (r.distanceToLiquidation)
    e.add("distance", "distance to liquidation", "distance = (liq − P) ÷ P", sy,
          {{"liq", amount(r.main.liquidation.price, c.quote)}}, r.distanceToLiquidation, "%", src)
        .note(distance_note(r.main.liquidation, mark));
  e.scope("", "");
  e.add("bankruptcyPrice.price", "bankruptcy price", "bankruptcy = " + t.bankruptcy(), sy, {},
        r.bankruptcy.kind == PriceLevel::Kind::At ? std::optional<double>(r.bankruptcy.price) : std::nullopt, c.quote, src)
      .note("where M + PnL = 0, no fee" + level_note(r.bankruptcy, mark, c.quote));
  for (std::size_t i = 0; i < r.comparison.size(); ++i) {
    const ConventionResult& row = r.comparison[i];
    e.scope(item("comparison", i), std::string(info(row.convention).label) + ": ");
    convention_entries(e, s, row, t, mark);
    if (row.vsChosen)
      e.add("vsChosen", "against the chosen model", "difference = liq − chosen", sy,
            {{"liq", amount(row.liquidation.price, c.quote)}, {"chosen", amount(r.main.liquidation.price, c.quote)}},
            row.vsChosen, c.quote, convention_source(row.convention, p.contract.kind))
          .convention(info(row.convention).name);
  }
  e.scope("", "");
  if (r.spread.spread) {
    auto price_of = [&](Convention conv) {
      for (const ConventionResult& row : r.comparison)
        if (row.convention == conv) return row.liquidation.price;
      return 0.0;
    };
    e.add("comparisonSpread.spread", "spread between the conventions", "spread = highest − lowest", sy,
          {{"highest", amount(price_of(*r.spread.highest), c.quote)}, {"lowest", amount(price_of(*r.spread.lowest), c.quote)}},
          r.spread.spread, c.quote, src)
        .note(std::string("highest: ") + info(*r.spread.highest).label + "; lowest: " + info(*r.spread.lowest).label);
  }
  contract_workflow(e, s, r, w, p, c);
  return e.done();
}

}  // namespace isomargin::explain
