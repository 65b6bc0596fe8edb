// The reverse calculators, which need no mark price: PnL and ROE at an exit, the price for a
// ROE, Max Open, the tier or bracket that holds a size, and the highest leverage for a size or a
// stake (freqtrade's get_max_leverage).
#include "contract_explain.hpp"
#include "isomargin/leverage.hpp"
#include "sources.hpp"

namespace isomargin::explain {

namespace {

// A query on the other scale than the table: contracts × the notional of one contract.
void scaled_amount(Entries& e, const ContractScenario& s, const TierQuery& q, std::optional<double> price,
                   double scaled, const ContractTerms& t) {
  if (!converts(s, q) || !s.tiers.empty()) {
    e.add("scaledAmount", "amount on the table's scale", "amount", {}, {{"amount", plain(scaled)}}, scaled,
          !s.tiers.empty() && q.by == TierQuery::By::Contracts ? t.c.contracts : t.marginUnit(),
          s.tiers.empty() ? source::kBinanceLinear : source::kOkxTiers)
        .note(s.tiers.empty() ? "a notional, as the brackets read it"
                              : q.by == TierQuery::By::Contracts ? "contracts, as OKX's tiers read them"
                                                                 : "a notional: the tiers' bounds are scaled to it");
    return;
  }
  ContractPosition one = t.p;
  one.contracts = 1;
  e.add("scaledAmount", "amount on the table's scale", t.linear() ? "notional = n × q1 × price" : "notional = n × q1 ÷ price",
        {}, {{"n", amount(q.amount, t.c.contracts)}, {"q1", amount(size_q(one), t.sizeUnit())}, {"price", amount(*price, t.c.quote)}},
        scaled, t.marginUnit(), source::kBinanceLinear)
      .note("contracts turned into the notional the brackets are read by");
}

void tier_for(Entries& e, const ContractScenario& s, const ContractCalculations::TierAnswer& a, const ContractTerms& t) {
  e.scope("calculate.tierFor", "tier for the size: ");
  scaled_amount(e, s, a.query, a.price, a.amount, t);
  if (a.lookup.index) {
    const std::size_t i = *a.lookup.index;
    const bool okx = !s.tiers.empty();
    const char* src = okx ? source::kOkxTiers : source::kBinanceLinear;
    const int number = okx ? s.tiers[i].tier : s.brackets[i].bracket;
    e.add_text("tier", okx ? "tier" : "bracket", okx ? "tier: the first row whose maxSz ≥ the amount"
                                                     : "bracket: the row with notionalFloor ≤ the amount < notionalCap",
               num(number), number, t.c.none, src)
        .note(a.lookup.inGap ? "the amount falls between a row's maxSz and the next row's published minSz: the next row"
                             : "rows as published");
    const double mmr = okx ? s.tiers[i].mmr : s.brackets[i].mmr;
    const double maxLev = okx ? s.tiers[i].maxLever : s.brackets[i].maxLeverage;
    e.add("mmr", "maintenance margin rate", "mmr", {}, {{"mmr", rate(mmr)}}, mmr, "%", src).note("the row's rate");
    if (okx)
      e.add("imr", "initial margin rate", "imr", {}, {{"imr", rate(s.tiers[i].imr)}}, s.tiers[i].imr, "%", src);
    else
      e.add("imr", "initial margin rate", "imr = 1 ÷ max", {}, {{"max", plain(maxLev)}}, 1 / maxLev, "%", src)
          .note("Binance's IMR is 1 ÷ the bracket's initial leverage");
    e.add("maxLeverage", "max leverage", "max", {}, {{"max", plain(maxLev)}}, maxLev, "x", src).note("as published");
    if (!okx) {
      const Bracket& b = s.brackets[i];
      if (s.cumDerived && i > 0)
        e.add("cum", "maintenance amount", "cum = floor × (mmr − mmrPrev) + cumPrev", {},
              {{"floor", amount(b.notionalFloor, t.marginUnit())}, {"mmr", rate(b.mmr)}, {"mmrPrev", rate(s.brackets[i - 1].mmr)},
               {"cumPrev", amount(s.brackets[i - 1].cum, t.marginUnit())}},
              b.cum, t.marginUnit(), source::kBinanceInverse)
            .note("derived: the brackets were given without cum");
      else
        e.add("cum", "maintenance amount", "cum", {}, {{"cum", amount(b.cum, t.marginUnit())}}, b.cum, t.marginUnit(), src);
    }
  }
}

void max_leverage(Entries& e, const ContractScenario& s, const ContractCalculations::LeverageAnswer& a,
                  const ContractTerms& t) {
  e.scope("calculate.maxLeverage", "highest leverage: ");
  const MaxLeverage& m = a.result;
  const bool okx = !s.tiers.empty();
  const char* src = okx ? source::kOkxTiers : source::kBinanceLinear;
  const bool contractsScale = okx && a.query.by == TierQuery::By::Contracts;
  auto size = [&] {
    if (a.notional)
      e.add(contractsScale ? "contracts" : "notional", contractsScale ? "contracts" : "notional", "size", {},
            {{"size", amount(*a.notional, contractsScale ? t.c.contracts : t.marginUnit())}}, a.notional,
            contractsScale ? t.c.contracts : t.marginUnit(), src)
          .note(m.leverage ? "the size asked about, on the table's scale" : "above the table: no leverage places it");
  };
  if (!m.leverage || !m.index) return size();
  const std::size_t i = *m.index;
  const double maxLev = okx ? s.tiers[i].maxLever : s.brackets[i].maxLeverage;
  const int number = okx ? s.tiers[i].tier : s.brackets[i].bracket;
  if (a.query.by == TierQuery::By::Stake && a.query.amount > 0) {
    double stake = 0;
    const Bands bands = query_bands(s, t.p, a.query, stake);
    e.add("maxLeverage", "max leverage", "lev = min(upper ÷ stake, max)", {},
          {{"upper", amount(bands[i].to, t.marginUnit())}, {"stake", amount(stake, t.marginUnit())}, {"max", plain(maxLev)}},
          m.leverage, "x", src)
        .note("row " + num(number) + ": the first whose next row's floor ÷ its max leverage is above the stake" +
              std::string(m.capped ? "; capped by the row's upper bound" : ""));
    e.add("notional", "notional at that leverage", "notional = stake × lev", {},
          {{"stake", amount(stake, t.marginUnit())}, {"lev", plain(*m.leverage)}}, a.notional, t.marginUnit(), src);
    return;
  }
  e.add("maxLeverage", "max leverage", "max", {}, {{"max", plain(maxLev)}}, m.leverage, "x", src)
      .note((okx ? "tier " : "bracket ") + num(number) + (a.query.by == TierQuery::By::Stake ? ", for no stake: the first row"
                                                                                           : ": the row that holds the size"));
  size();
}

void tier_calculators(Entries& e, const ContractScenario& s, const ContractCalculations& c, const ContractTerms& t) {
  if (c.tierFor) tier_for(e, s, *c.tierFor, t);
  if (c.maxLeverage) max_leverage(e, s, *c.maxLeverage, t);
}

}  // namespace

void calculators(Entries& e, const ContractScenario& s, const ContractCalculations& r, const ContractTerms& t) {
  const std::string& mu = t.marginUnit();
  const char* src = source::kBinanceCalculator;
  // Max Open at the mark; without one, at the entry price (as the core takes it).
  const Syms sy = t.syms(s.atMark ? s.markPrice : t.p.entryPrice);
  e.scope("calculate", "");
  if (r.exitPnl) {
    const Syms x = join({{"exit", amount(*s.exitPrice, t.c.quote)}, {"PnL", amount(*r.exitPnl, mu)}}, sy);
    e.add("exitPnl", "PnL at the exit price", "PnL = " + t.pnl("exit"), x, {}, r.exitPnl, mu, src);
    e.add("exitRoe", "ROE at the exit price", "ROE = PnL ÷ IM", x, {}, r.exitRoe, "%", src)
        .note("PnL over the initial margin, not the calculator page's shortcut (the inverse identity)");
  }
  if (r.targetPrice) {
    const bool up = t.isLong() == t.linear();  // linear long and inverse short: 1 + ROE ÷ lev
    std::string note = "the price where PnL = ROE × IM";
    if (r.targetPrice->kind != PriceLevel::Kind::At) note += "; none: the formula gives no positive price";
    if (r.targetAtTick) note += "; on the " + num(t.p.contract.tickSz) + " tick, toward the entry: " + num(*r.targetAtTick);
    e.add("targetPrice.price", "target price",
          std::string("target = EP ") + (t.linear() ? "× " : "÷ ") + (up ? "(1 + ROE ÷ lev)" : "(1 − ROE ÷ lev)"), sy,
          {{"ROE", rate(*s.targetRoe)}},
          r.targetPrice->kind == PriceLevel::Kind::At ? std::optional<double>(r.targetPrice->price) : std::nullopt,
          t.c.quote, src)
        .note(note);
  }
  if (r.maxOpenContracts) {
    ContractPosition one = t.p;
    one.contracts = 1;
    double cap = 0;
    std::string f = std::string("max = balance ÷ (q1 ") + (t.linear() ? "× P" : "÷ P") + " ÷ lev)";
    std::string note = "the balance over one contract's initial margin at the mark";
    if (!s.tiers.empty()) {
      for (const Tier& tier : s.tiers)
        if (tier.maxLever + 1e-9 >= t.p.leverage) cap = tier.maxSz;
      f = "max = min(" + f.substr(6) + ", cap)";
      note += "; cap: the largest tier's maxSz that allows this leverage";
    } else if (!s.brackets.empty()) {
      for (const Bracket& b : s.brackets)
        if (b.maxLeverage + 1e-9 >= t.p.leverage) cap = b.notionalCap;
      f = "max = min(" + f.substr(6) + (t.linear() ? ", cap ÷ (q1 × P))" : ", cap ÷ (q1 ÷ P))");
      note += "; cap: the notional cap of the largest bracket that allows this leverage";
    }
    e.add("maxOpenContracts", "max open", f, sy,
          {{"balance", amount(*s.maxOpenBalance, mu)},
           {"q1", amount(size_q(one), t.sizeUnit())},
           {"cap", !s.tiers.empty() ? amount(cap, t.c.contracts) : amount(cap, mu)}},
          r.maxOpenContracts, t.c.contracts, src)
        .note(note);
  }
  tier_calculators(e, s, r, t);
  e.scope("", "");
}


json explain_calculators(const codec::ContractDecoded& d, const ContractCalculations& c) {
  const ContractScenario& s = d.scenario;
  const ContractPosition p = settled_position(s);
  const Coins coins{d.labels.base, d.labels.quote};
  Entries e;
  calculators(e, s, c, ContractTerms{p, coins});
  return e.done();
}

}  // namespace isomargin::explain
