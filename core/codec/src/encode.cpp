// SpotReport → JSON. Numbers go out unrounded (rounding is the display's job); a value that
// does not exist is null or a status, never NaN or Infinity.
#include <cmath>

#include "isomargin/codec.hpp"
#include "reader.hpp"

namespace isomargin::codec {

namespace {

json value(std::optional<double> x) {
  if (!x || !std::isfinite(*x)) return nullptr;
  return *x;
}

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

json level(const PriceLevel& l, double mark) {
  json j;
  switch (l.kind) {
    case PriceLevel::Kind::At: j["status"] = "price"; break;
    case PriceLevel::Kind::Never: j["status"] = "none"; break;
    case PriceLevel::Kind::Always: j["status"] = "every-price"; break;
  }
  j["price"] = l.kind == PriceLevel::Kind::At ? value(l.price) : json(nullptr);
  j["trigger"] = l.falls ? "at-or-below" : "at-or-above";
  j["reachedAtMark"] = reached(l, mark);
  return j;
}

json position(const SpotPosition& p, const Labels& labels) {
  const bool isLong = p.side == Side::Long;
  const std::string& base = labels.base;
  const std::string& quote = labels.quote;
  return {{"assets", value(p.assets)},
          {"assetsCoin", isLong ? base : quote},
          {"liability", value(p.liability())},
          {"principal", value(p.principal)},
          {"interest", value(p.interest)},
          {"liabilityCoin", isLong ? quote : base},
          {"margin", value(p.margin)},
          {"marginCoin", p.marginCoin == MarginCoin::Base ? base : quote},
          {"entryPrice", value(p.entryPrice)},
          {"size", value(position_size(p))}};
}

json state(const LiquidationState& s, double alertRatio) {
  json steps = json::array();
  for (const PartialStep& p : s.steps)
    steps.push_back({{"tierBefore", p.tierBefore},
                     {"tierAfter", p.tierAfter},
                     {"principalRepaid", value(p.principalRepaid)},
                     {"sizeClosed", value(p.sizeClosed)},
                     {"fee", value(p.fee)},
                     {"assetsAfter", value(p.assetsAfter)},
                     {"liabilityAfter", value(p.liabilityAfter)},
                     {"marginRatioAfter", value(p.marginRatioAfter)}});
  return {{"name", name(s.state)},
          {"marginRatio", value(s.marginRatio)},
          {"alertRatio", alertRatio},
          {"ordersCancelled", s.ordersCancelled},
          {"partialSteps", steps},
          {"finalMarginRatio", value(s.finalMarginRatio)},
          {"noTierToStepTo", s.noTierToStepTo}};
}

json close(const CloseResult& c, const Labels& labels) {
  json j = {{"sizeFilled", value(c.sizeFilled)},
            {"sizeNotExecuted", value(c.sizeNotExecuted)},
            {"fullyClosed", c.fullyClosed},
            {"returnedToAccount", value(c.returnedToAccount)},
            {"shortfall", value(c.shortfall)},
            {"realizedPnl", value(c.realizedPnl)},
            {"realizedPnlPercent", value(c.realizedPnlPercent)},
            {"remaining", nullptr},
            {"reverse", nullptr}};
  if (c.remaining) j["remaining"] = position(*c.remaining, labels);
  if (c.reverse) {
    j["reverse"] = position(c.reverse->position, labels);
    j["reverse"]["side"] = name(c.reverse->position.side);
    j["reverse"]["marginFromAccount"] = value(c.reverse->marginFromAccount);
  }
  return j;
}

}  // namespace

json tier_json(const Tier& t) {
  return {{"tier", t.tier}, {"minSz", t.minSz}, {"maxSz", t.maxSz},
          {"mmr", t.mmr},   {"imr", t.imr},     {"maxLever", t.maxLever}};
}

json encode(const SpotReport& r, const Decoded& in) {
  const SpotScenario& s = in.scenario;
  const SpotPosition& p = r.position;
  const double mark = s.markPrice;
  json j;
  j["product"] = "spot-margin";
  j["pair"] = {{"base", in.labels.base}, {"quote", in.labels.quote}};
  j["side"] = name(p.side);
  j["marginCoin"] = name(p.marginCoin);
  j["mode"] = name(p.mode);
  j["markPrice"] = mark;
  j["position"] = position(p, in.labels);
  j["leverage"] = value(r.leverage);
  j["tierSource"] = s.tierSource;
  j["tier"] = r.tier ? tier_json(*r.tier) : json(nullptr);
  j["mmr"] = r.mmr;
  j["takerFee"] = s.takerFee;
  j["risk"] = {{"coin", in.labels.quote},
               {"liabilityValue", value(r.atMark.liabilityValue)},
               {"netAssets", value(r.atMark.netAssets)},
               {"maintenanceMargin", value(r.atMark.maintenanceMargin)},
               {"liquidationFee", value(r.atMark.liquidationFee)},
               {"marginRatio", value(r.atMark.marginRatio)}};
  j["liquidationPrice"] = level(r.liquidation, mark);
  j["liquidationPrice"]["distance"] = value(r.distanceToLiquidation);
  j["bankruptcyPrice"] = level(r.bankruptcy, mark);
  j["pnl"] = {{"coin", p.marginCoin == MarginCoin::Base ? in.labels.base : in.labels.quote},
              {"mark", value(r.pnlMark)},
              {"markPercent", value(r.pnlPercentMark)},
              {"last", value(r.pnlLast)},
              {"lastPercent", value(r.pnlPercentLast)}};
  j["state"] = state(r.state, s.rules.alertRatio);
  j["preTrade"] = nullptr;
  if (r.preTrade)
    j["preTrade"] = {{"passes", r.preTrade->passes},
                     {"required", value(r.preTrade->required)},
                     {"reason", r.preTrade->reason}};
  j["close"] = r.close ? close(*r.close, in.labels) : json(nullptr);
  j["comparison"] = json::array();
  for (const ModeRow& row : r.comparison) {
    json line = position(row.position, in.labels);
    line["mode"] = name(row.mode);
    line["marginCoinKind"] = name(row.marginCoin);
    line["liquidationPrice"] = level(row.liquidation, mark);
    j["comparison"].push_back(line);
  }
  j["warnings"] = json::array();
  for (const FieldError& w : r.warnings)
    j["warnings"].push_back({{"field", w.field}, {"message", w.message}});
  return j;
}

json encode_error(const FieldError& e) {
  return {{"error", {{"field", e.field}, {"message", e.message}}}};
}

}  // namespace isomargin::codec
