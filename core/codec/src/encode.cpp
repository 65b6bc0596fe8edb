// SpotReport → JSON. Numbers go out unrounded (rounding is the display's job); a value that
// does not exist is null or a status, never NaN or Infinity.
#include <cmath>

#include "isomargin/codec.hpp"
#include "reader.hpp"

namespace isomargin::codec {

namespace {

const char* name(Side s) { return s == Side::Long ? "long" : "short"; }
const char* name(MarginCoin c) { return c == MarginCoin::Base ? "base" : "quote"; }
const char* name(Mode m) { return m == Mode::Old ? "old" : "new"; }
const char* name(RiskState s) {
  switch (s) {
    case RiskState::Normal: return "normal";
    case RiskState::Alert: return "alert";
    case RiskState::PartialLiquidation: return "partial-liquidation";
    case RiskState::FullLiquidation: return "full-liquidation";
  }
  return "normal";
}
const char* name(PriceLevel::Kind k) {
  switch (k) {
    case PriceLevel::Kind::At: return "price";
    case PriceLevel::Kind::Never: return "none";
    case PriceLevel::Kind::Always: return "every-price";
  }
  return "none";
}


Out position(const SpotPosition& p, const Labels& labels) {
  const bool isLong = p.side == Side::Long;
  Out o;
  o.num("assets", p.assets)
      .str("assetsCoin", isLong ? labels.base : labels.quote)
      .num("liability", p.liability())
      .num("principal", p.principal)
      .num("interest", p.interest)
      .str("liabilityCoin", isLong ? labels.quote : labels.base)
      .num("margin", p.margin)
      .str("marginCoin", p.marginCoin == MarginCoin::Base ? labels.base : labels.quote)
      .num("entryPrice", p.entryPrice)
      .num("size", position_size(p));
  return o;
}

json step_json(const PartialStep& p) {
  return Out()
      .whole("tierBefore", p.tierBefore)
      .whole("tierAfter", p.tierAfter)
      .num("principalRepaid", p.principalRepaid)
      .num("sizeClosed", p.sizeClosed)
      .num("fee", p.fee)
      .num("assetsAfter", p.assetsAfter)
      .num("liabilityAfter", p.liabilityAfter)
      .num("netAssetsAfter", p.netAssetsAfter)
      .num("marginRatioAfter", p.marginRatioAfter)
      .done();
}

json state(const LiquidationState& s, double alertRatio) {
  return state_out(s, alertRatio, [](const PartialStep& st) { return step_json(st); })
      .flag("noTierToStepTo", s.noTierToStepTo)
      .done();
}

json close(const CloseResult& c, const Labels& labels) {
  Out o;
  o.num("sizeFilled", c.sizeFilled)
      .num("sizeNotExecuted", c.sizeNotExecuted)
      .flag("fullyClosed", c.fullyClosed)
      .num("returnedToAccount", c.returnedToAccount)
      .num("shortfall", c.shortfall)
      .num("realizedPnl", c.realizedPnl)
      .num("realizedPnlPercent", c.realizedPnlPercent)
      .put("remaining", c.remaining ? position(*c.remaining, labels).done() : json(nullptr));
  if (c.reverse)
    o.put("reverse", position(c.reverse->position, labels)
                         .str("side", name(c.reverse->position.side))
                         .num("marginFromAccount", c.reverse->marginFromAccount)
                         .done());
  else
    o.put("reverse", nullptr);
  return o.done();
}

const char* name(PathEventKind k) {
  switch (k) {
    case PathEventKind::Alert: return "alert";
    case PathEventKind::AlertCleared: return "alert-cleared";
    case PathEventKind::OrdersCancelled: return "orders-cancelled";
    case PathEventKind::PartialLiquidation: return "partial-liquidation";
    case PathEventKind::FullLiquidation: return "full-liquidation";
  }
  return "alert";
}

json timeline(const PathRun& run) {
  return timeline_out(run, [](const PartialStep& st) { return step_json(st); })
      .num("assetsAfter", run.final.assets)
      .num("liabilityAfter", run.final.liability())
      .done();
}

// Columns, not rows: a chart reads one array per series.
json sweep_json(const std::vector<SweepRow>& rows) {
  if (rows.empty()) return nullptr;
  json price = json::array(), pnl = json::array(), ratio = json::array(), state = json::array();
  auto value = [](std::optional<double> x) { return x && std::isfinite(*x) ? json(*x) : json(nullptr); };
  for (const SweepRow& r : rows) {
    price.push_back(r.price);
    pnl.push_back(value(r.pnl));
    ratio.push_back(value(r.marginRatio));
    state.push_back(name(r.state));
  }
  return Out()
      .put("price", std::move(price))
      .put("pnl", std::move(pnl))
      .put("marginRatio", std::move(ratio))
      .put("state", std::move(state))
      .done();
}

json comparison(const std::vector<ModeRow>& rows, const Labels& labels, std::optional<double> mark,
                bool rated) {
  json list = json::array();
  for (const ModeRow& row : rows) {
    json level = !rated ? json(nullptr) : mark ? level_json(row.liquidation, *mark).done()
                                               : level_without_mark(row.liquidation);
    list.push_back(position(row.position, labels)
                       .str("mode", name(row.mode))
                       .str("marginCoinKind", name(row.marginCoin))
                       .put("liquidationPrice", std::move(level))
                       .done());
  }
  return list;
}

json pre_trade(const std::optional<PreTradeCheck>& c) {
  if (!c) return nullptr;
  return Out().flag("passes", c->passes).num("required", c->required).str("reason", c->reason).done();
}

}  // namespace

Out level_json(const PriceLevel& l, double mark) {
  Out o;
  o.str("status", name(l.kind))
      .num("price", l.kind == PriceLevel::Kind::At ? std::optional<double>(l.price) : std::nullopt)
      .str("trigger", l.falls ? "at-or-below" : "at-or-above")
      .flag("reachedAtMark", reached(l, mark));
  return o;
}

// Without a mark price nothing is "reached at the mark": that is null.
json level_without_mark(const PriceLevel& l) { return level_json(l, 0).put("reachedAtMark", nullptr).done(); }

const char* side_name(Side s) { return name(s); }
const char* state_name(RiskState s) { return name(s); }
const char* event_name(PathEventKind k) { return name(k); }

json tier_json(const Tier& t) {
  return Out()
      .whole("tier", t.tier)
      .num("minSz", t.minSz)
      .num("maxSz", t.maxSz)
      .num("mmr", t.mmr)
      .num("imr", t.imr)
      .num("maxLever", t.maxLever)
      .done();
}

json encode(const SpotReport& r, const Decoded& in) {
  const SpotScenario& s = in.scenario;
  const SpotPosition& p = r.position;
  const Labels& labels = in.labels;
  const double mark = s.markPrice;
  const std::string& pnlCoin = p.marginCoin == MarginCoin::Base ? labels.base : labels.quote;
  const std::vector<FieldError> warnings = all_warnings(in.unused, r.warnings);
  return Out()
      .str("product", "spot-margin")
      .str("calculation", "position")
      .put("pair", Out().str("base", labels.base).str("quote", labels.quote).done())
      .str("side", name(p.side))
      .str("marginCoin", name(p.marginCoin))
      .str("mode", name(p.mode))
      .num("markPrice", mark)
      .put("position", position(p, labels).done())
      .num("leverage", r.leverage)
      .str("tierSource", s.tierSource)
      .put("tier", r.tier ? tier_json(*r.tier) : json(nullptr))
      .num("mmr", r.mmr)
      .num("takerFee", s.takerFee)
      .put("risk", Out()
                       .str("coin", labels.quote)
                       .num("liabilityValue", r.atMark.liabilityValue)
                       .num("netAssets", r.atMark.netAssets)
                       .num("maintenanceMargin", r.atMark.maintenanceMargin)
                       .num("liquidationFee", r.atMark.liquidationFee)
                       .num("marginRatio", r.atMark.marginRatio)
                       .done())
      .put("liquidationPrice",
           level_json(r.liquidation, mark).num("distance", r.distanceToLiquidation).done())
      .put("bankruptcyPrice", level_json(r.bankruptcy, mark).done())
      .put("alertPrice", level_json(r.alertPrice, mark).done())
      .put("pnl", Out()
                      .str("coin", pnlCoin)
                      .num("mark", r.pnlMark)
                      .num("markPercent", r.pnlPercentMark)
                      .num("last", r.pnlLast)
                      .num("lastPercent", r.pnlPercentLast)
                      .done())
      .put("state", state(r.state, s.rules.alertRatio))
      .put("preTrade", pre_trade(r.preTrade))
      .put("close", r.close ? close(*r.close, labels) : json(nullptr))
      .put("comparison", comparison(r.comparison, labels, mark, true))
      .put("timeline", r.timeline ? timeline(*r.timeline) : json(nullptr))
      .num("liquidationProbability", r.touchProbability)
      .put("sweep", sweep_json(r.sweep))
      .put("monteCarlo", r.monteCarlo ? monte_carlo_json(*r.monteCarlo) : json(nullptr))
      .put("warnings", warnings_json(warnings))
      .done();
}

json encode_opening(const OpeningReport& r, const Decoded& in) {
  const SpotPosition& p = r.position;
  const std::vector<FieldError> warnings = all_warnings(in.unused, r.warnings);
  return Out()
      .str("product", "spot-margin")
      .str("calculation", "opening")
      .put("pair", Out().str("base", in.labels.base).str("quote", in.labels.quote).done())
      .str("side", name(p.side))
      .str("marginCoin", name(p.marginCoin))
      .str("mode", name(p.mode))
      .put("position", position(p, in.labels).done())
      .num("leverage", r.leverage)
      .str("tierSource", in.scenario.tierSource)
      .put("tier", r.tier ? tier_json(*r.tier) : json(nullptr))
      .num("mmr", r.mmr)
      .num("takerFee", in.scenario.takerFee)
      .put("liquidationPrice", r.liquidation ? level_without_mark(*r.liquidation) : json(nullptr))
      .put("bankruptcyPrice", level_without_mark(r.bankruptcy))
      .put("comparison", comparison(r.comparison, in.labels, std::nullopt, r.mmr.has_value()))
      .put("preTrade", pre_trade(r.preTrade))
      .put("warnings", warnings_json(warnings))
      .done();
}

std::vector<FieldError> all_warnings(const std::vector<FieldError>& unused, const Warnings& report) {
  std::vector<FieldError> out = unused;
  for (const Warning& w : report) out.push_back({w.field(), std::string(w.message())});
  return out;
}

json warnings_json(const std::vector<FieldError>& warnings) {
  json list = json::array();
  for (const FieldError& w : warnings) list.push_back(Out().str("field", w.field).str("message", w.message).done());
  return list;
}

json encode_error(const FieldError& e) {
  return Out()
      .put("error", Out().str("field", e.field).str("message", e.message).done())
      .done();
}

}  // namespace isomargin::codec
