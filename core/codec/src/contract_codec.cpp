// ContractReport → JSON for perpetual swaps and futures (the decoder: contract_decode.cpp).
#include "isomargin/codec.hpp"
#include "isomargin/contract_liquidation.hpp"
#include "reader.hpp"

namespace isomargin::codec {

namespace {

const char* convention_name(Convention c) { return info(c).name; }

Out convention_json(const ConventionResult& c, double mark) {
  const char* reason = counted_margin_reason(c.convention);
  Out o;
  o.str("model", convention_name(c.convention))
      .str("label", info(c.convention).label)
      .flag("mmAtEntry", info(c.convention).mmAtEntry)
      .num("mmr", c.risk.mmr)
      .num("maintenanceAmount", c.risk.maintenanceAmount)
      .num("maintenanceMargin", c.maintenanceMargin)
      .num("marginUsed", c.marginUsed)
      .put("marginUsedReason", reason ? json(reason) : json(nullptr))
      .put("tier", c.tier ? json(*c.tier) : json(nullptr))
      .put("liquidationPrice", level_json(c.liquidation, mark).num("priceAtTick", c.liquidationAtTick).done())
      .num("marginRatio", c.marginRatio)
      .num("marginToAdd", c.marginToAdd)
      .num("vsChosen", c.vsChosen);
  return o;
}

json step_json(const ContractStep& st) { return contracts_step_json(st); }

const char* by_name(TierQuery::By by) {
  return by == TierQuery::By::Contracts ? "contracts" : by == TierQuery::By::Notional ? "notional" : "stake";
}

json row_json(const ContractScenario& s, std::size_t i) {
  if (!s.tiers.empty()) return tier_json(s.tiers[i]);
  const Bracket& b = s.brackets[i];
  return Out()
      .whole("bracket", b.bracket)
      .num("notionalFloor", b.notionalFloor)
      .num("notionalCap", b.notionalCap)
      .num("maintMarginRatio", b.mmr)
      .num("cum", b.cum)
      .num("initialLeverage", b.maxLeverage)
      .done();
}

// The query as asked, the price that converted it, and the scale the table was read on.
Out query_json(const ContractScenario& s, const TierQuery& q, std::optional<double> price) {
  const bool contractsScale = !s.tiers.empty() && q.by == TierQuery::By::Contracts;
  Out o;
  o.str("by", by_name(q.by))
      .num("amount", q.amount)
      .num("price", price)
      .str("scale", contractsScale ? "contracts" : "notional");
  return o;
}

json tier_for_json(const ContractScenario& s, const ContractCalculations::TierAnswer& a) {
  Out o = query_json(s, a.query, a.price);
  o.num("scaledAmount", a.amount);
  const auto& i = a.lookup.index;
  if (!i)
    return o.put("tier", nullptr).flag("aboveTable", true).flag("inGap", false).put("mmr", nullptr)
        .put("imr", nullptr).put("maxLeverage", nullptr).put("cum", nullptr).put("row", nullptr).done();
  // The row's rates, whichever table: a bracket's IMR is 1/its leverage (Binance's IMR = 1/leverage).
  const bool okx = !s.tiers.empty();
  const double maxLeverage = okx ? s.tiers[*i].maxLever : s.brackets[*i].maxLeverage;
  return o.whole("tier", okx ? s.tiers[*i].tier : s.brackets[*i].bracket)
      .flag("aboveTable", false)
      .flag("inGap", a.lookup.inGap)
      .num("mmr", okx ? s.tiers[*i].mmr : s.brackets[*i].mmr)
      .num("imr", okx ? s.tiers[*i].imr : 1 / maxLeverage)
      .num("maxLeverage", maxLeverage)
      .num("cum", okx ? std::nullopt : std::optional<double>(s.brackets[*i].cum))
      .put("row", row_json(s, *i))
      .done();
}

json max_leverage_json(const ContractScenario& s, const ContractCalculations::LeverageAnswer& a) {
  const MaxLeverage& m = a.result;
  const bool contractsScale = !s.tiers.empty() && a.query.by == TierQuery::By::Contracts;
  return query_json(s, a.query, a.price)
      .num("maxLeverage", m.leverage)
      .put("tier", m.index ? json(s.tiers.empty() ? s.brackets[*m.index].bracket : s.tiers[*m.index].tier) : json(nullptr))
      .flag("capped", m.capped)
      .flag("aboveTable", !m.leverage)
      .num("notional", contractsScale ? std::nullopt : a.notional)
      .num("contracts", contractsScale ? a.notional : std::nullopt)
      .done();
}

json calculate_json(const ContractScenario& s, const ContractCalculations& c) {
  json target = nullptr;
  if (c.targetPrice) {
    target = s.atMark ? level_json(*c.targetPrice, s.markPrice).done() : level_without_mark(*c.targetPrice);
    target["priceAtTick"] = c.targetAtTick ? json(*c.targetAtTick) : json(nullptr);
  }
  return Out()
      .num("exitPnl", c.exitPnl)
      .num("exitRoe", c.exitRoe)
      .put("targetPrice", std::move(target))
      .num("maxOpenContracts", c.maxOpenContracts)
      .put("tierFor", c.tierFor ? tier_for_json(s, *c.tierFor) : json(nullptr))
      .put("maxLeverage", c.maxLeverage ? max_leverage_json(s, *c.maxLeverage) : json(nullptr))
      .done();
}

// What every contract report starts with; `calculation` says which report it is.
Out header(const ContractDecoded& in, const char* calculation) {
  const ContractScenario& s = in.scenario;
  const bool linear = s.position.contract.kind == ContractKind::Linear;
  Out o;
  o.str("product", in.product)
      .str("calculation", calculation)
      .put("pair", Out().str("base", in.labels.base).str("quote", in.labels.quote).done())
      .str("side", side_name(s.position.side))
      .str("contractType", linear ? "linear" : "inverse")
      .str("marginCoin", linear ? in.labels.quote : in.labels.base)
      .str("sizeUnit", linear ? in.labels.base : "USD");
  return o;
}

const char* margin_source(const MarginInput& m) {
  return m.margin ? "margin" : m.marginBalance ? "marginBalance" : "leverage";
}

json state_json(const ContractLiquidationState& st, double alertRatio) {
  return state_out(st, alertRatio, [](const ContractStep& x) { return step_json(x); })
      .num("contractsAfter", st.after.contracts)
      .done();
}

json timeline_json(const ContractPathRun& run) {
  return timeline_out(run, [](const ContractStep& st) { return step_json(st); })
      .num("contractsAfter", run.final.contracts)
      .num("marginAfter", isolated_margin(run.final))
      .done();
}

json order_json(const OrderReport& o, double mark) {
  const OrderOutcome& x = o.outcome;
  json after = nullptr;
  if (x.after && o.after)
    after = convention_json(*o.after, mark)
                .str("side", side_name(x.after->side))
                .num("contracts", x.after->contracts)
                .num("entryPrice", x.after->entryPrice)
                .num("margin", isolated_margin(*x.after))
                .done();
  return Out()
      .num("contractsFilled", x.contractsFilled)
      .num("contractsNotExecuted", x.contractsNotExecuted)
      .num("realizedPnl", x.realizedPnl)
      .num("marginReleased", x.marginReleased)
      .flag("flipped", x.flipped)
      .put("after", std::move(after))
      .done();
}

}  // namespace

json encode_contract(const ContractReport& r, const ContractWorkflow& w, const ContractDecoded& in) {
  const ContractScenario& s = in.scenario;
  const double mark = s.markPrice;
  json comparison = json::array();
  for (const ConventionResult& c : r.comparison) comparison.push_back(convention_json(c, mark).done());
  const std::vector<FieldError> warnings = all_warnings(in.unused, r.warnings);
  return header(in, "position")
      .num("markPrice", mark)
      .num("size", r.q)
      .num("entryPrice", r.entryPrice)
      .num("leverage", r.leverage)
      .str("leverageSource", s.margin.leverageGiven ? "input" : "margin")
      .num("notional", r.notionalAtMark)
      .num("initialMargin", r.initialMargin)
      .num("margin", r.margin)
      .str("marginSource", margin_source(s.margin))
      .num("maintenanceMargin", r.main.maintenanceMargin)
      .put("pnl", Out()
                      .num("mark", r.pnlMark)
                      .num("markRatio", r.pnlRatioMark)
                      .num("last", r.pnlLast)
                      .num("lastRatio", r.pnlRatioLast)
                      .done())
      .str("tierSource", s.tierSource)
      .flag("cumDerived", s.cumDerived)
      .put("result", convention_json(r.main, mark).num("distance", r.distanceToLiquidation).done())
      .put("bankruptcyPrice", level_json(r.bankruptcy, mark).done())
      .put("comparison", std::move(comparison))
      .put("comparisonSpread",
           Out()
               .put("lowest", r.spread.lowest ? json(convention_name(*r.spread.lowest)) : json(nullptr))
               .put("highest", r.spread.highest ? json(convention_name(*r.spread.highest)) : json(nullptr))
               .num("spread", r.spread.spread)
               .done())
      .put("calculate", calculate_json(s, r.calculate))
      .str("positionMode", s.mode == PositionMode::Hedge ? "hedge" : "one-way")
      .num("availableToClose", r.availableToClose)
      .put("order", r.order ? order_json(*r.order, mark) : json(nullptr))
      .put("opposite", r.opposite ? convention_json(*r.opposite, mark).done() : json(nullptr))
      .put("state", state_json(w.atMark, s.alertRatio))
      .put("timeline", w.timeline ? timeline_json(*w.timeline) : json(nullptr))
      .put("warnings", warnings_json(warnings))
      .done();
}

json encode_contract_calculators(const ContractCalculations& c, const ContractDecoded& in) {
  const ContractScenario& s = in.scenario;
  return header(in, "calculators")
      .str("tierSource", s.tierSource)
      .flag("cumDerived", s.cumDerived)
      .put("calculate", calculate_json(s, c))
      .put("warnings", warnings_json(in.unused))
      .done();
}

}  // namespace isomargin::codec
