// JSON ↔ ContractScenario / ContractReport for perpetual swaps and futures.
#include "isomargin/codec.hpp"
#include "isomargin/contract_liquidation.hpp"
#include "reader.hpp"

namespace isomargin::codec {

namespace {

BracketTable read_brackets(const json& list, const std::string& path,
                           std::optional<FieldError>& error) {
  BracketTable rows;
  for (std::size_t i = 0; i < list.size() && !error; ++i) {
    const std::string at = index_path(path, i);
    if (!expect_object(list[i], at, error)) break;
    Reader b(list[i], at, error);
    b.only({"bracket", "notionalFloor", "notionalCap", "maintMarginRatio", "cum", "initialLeverage"});
    Bracket row;
    row.bracket = static_cast<int>(b.number("bracket", true).value_or(0));
    row.notionalFloor = b.number("notionalFloor", true).value_or(0);
    row.notionalCap = b.number("notionalCap", true).value_or(0);
    row.mmr = b.number("maintMarginRatio", true).value_or(0);
    row.cum = b.number("cum", true).value_or(0);
    row.maxLeverage = b.number("initialLeverage", true).value_or(0);
    rows.push_back(row);
  }
  return rows;
}

void read_rates(Reader& r, ContractScenario& s, std::optional<FieldError>& error) {
  const json* tiers = r.object("tiers");
  s.fixedMmr = r.number("mmr");
  s.maintenanceAmount = r.number("maintenanceAmount").value_or(0);
  s.maxLeverage = r.number("maxLeverage");
  if (!r.ok()) return;
  if (tiers && s.fixedMmr) return r.fail("mmr", "give mmr or tiers, not both");
  // Hyperliquid's rate follows from the asset's max leverage alone (§8a).
  if (!tiers && !s.fixedMmr && s.maxLeverage && s.convention == Convention::Hyperliquid &&
      *s.maxLeverage >= 1) {
    s.fixedMmr = 1 / (2 * *s.maxLeverage);
    s.tierSource = "maxLeverage";
    return;
  }
  if (!tiers && !s.fixedMmr) return r.fail("mmr", "give a fixed mmr or a tier table (tiers)");
  if (s.fixedMmr) {
    s.tierSource = "fixed";
    return;
  }
  Reader t(*tiers, "tiers", error);
  t.only({"preset", "rows", "brackets"});
  auto preset = t.text("preset");
  const json* rows = t.array("rows");
  const json* brackets = t.array("brackets");
  if (!t.ok()) return;
  if (!!preset + !!rows + !!brackets != 1)
    return t.fail("tiers", "give one of tiers.preset, tiers.rows and tiers.brackets");
  if (brackets) {
    s.brackets = read_brackets(*brackets, "tiers.brackets", error);
    s.tierSource = "custom brackets";
  } else if (rows) {
    s.tiers = read_tier_rows(*rows, "tiers.rows", error);
    s.tierSource = "custom";
  } else {
    auto found = find_contract_tier_preset(*preset);
    if (!found) return t.fail("tiers.preset", "is not a known contract preset: \"" + *preset + "\"");
    s.tiers = found->rows;
    s.tierSource = *preset;
  }
}

void read_position(Reader& r, ContractScenario& s, std::optional<FieldError>& error) {
  r.only({"contracts", "entryPrice", "fills", "leverage", "marginAdded", "marginRemoved"});
  ContractPosition& p = s.position;
  if (const json* fills = r.array("fills")) {
    if (r.has("entryPrice") || r.has("contracts"))
      r.fail(r.at("fills"), "give position.fills or position.entryPrice with position.contracts");
    s.fills = read_fills(*fills, r.at("fills"), error);
    if (r.ok() && s.fills.empty()) r.fail(r.at("fills"), "needs at least one fill");
  } else {
    p.contracts = r.number("contracts", true).value_or(0);
    p.entryPrice = r.number("entryPrice", true).value_or(0);
  }
  p.leverage = r.number("leverage", true).value_or(1);
  p.marginAdded = r.number("marginAdded").value_or(0);
  p.marginRemoved = r.number("marginRemoved").value_or(0);
}

const char* convention_name(Convention c) { return info(c).name; }

Out convention_json(const ConventionResult& c, double mark) {
  Out o;
  o.str("model", convention_name(c.convention))
      .str("label", info(c.convention).label)
      .flag("mmAtEntry", info(c.convention).mmAtEntry)
      .num("mmr", c.risk.mmr)
      .num("maintenanceAmount", c.risk.maintenanceAmount)
      .put("tier", c.tier ? json(*c.tier) : json(nullptr))
      .put("liquidationPrice", level_json(c.liquidation, mark).num("priceAtTick", c.liquidationAtTick).done())
      .num("marginRatio", c.marginRatio)
      .num("marginToAdd", c.marginToAdd)
      .num("vsChosen", c.vsChosen);
  return o;
}

json step_json(const ContractStep& st) { return contracts_step_json(st); }

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

Outcome<ContractDecoded> decode_contract(const json& j) {
  std::optional<FieldError> error;
  Reader r(j, "", error);
  r.only({"product", "pair", "side", "model", "compare", "contract", "position", "markPrice",
          "lastPrice", "takerFee", "mmr", "maintenanceAmount", "tiers", "maxLeverage", "calculate",
          "positionMode", "order", "pendingClose", "opposite", "alertRatio", "path"});
  ContractDecoded d;
  ContractScenario& s = d.scenario;
  d.product = r.choice("product", {"perpetual", "futures"}, true).value_or("perpetual");
  read_pair(r, d.labels);
  s.position.side = r.choice("side", {"long", "short"}, true).value_or("long") == "long"
                        ? Side::Long
                        : Side::Short;
  if (auto model = r.text("model")) {
    auto c = find_convention(*model);
    if (!c) {
      std::string list;
      for (const ConventionInfo& i : conventions()) list += (list.empty() ? "" : ", ") + std::string(i.name);
      r.fail("model", "must be one of " + list);
    } else {
      s.convention = c->convention;
    }
  }
  s.compare = r.boolean("compare").value_or(false);
  if (const json* contract = r.object("contract", true)) {
    Reader c(*contract, "contract", error);
    c.only({"type", "ctVal", "multiplier", "lotSz", "tickSz"});
    s.position.contract.kind = c.choice("type", {"linear", "inverse"}, true).value_or("linear") == "linear"
                                   ? ContractKind::Linear
                                   : ContractKind::Inverse;
    s.position.contract.ctVal = c.number("ctVal").value_or(1);
    s.position.contract.multiplier = c.number("multiplier").value_or(1);
    s.position.contract.lotSz = c.number("lotSz").value_or(0);
    s.position.contract.tickSz = c.number("tickSz").value_or(0);
  }
  if (const json* position = r.object("position", true)) {
    Reader p(*position, "position", error);
    read_position(p, s, error);
  }
  s.markPrice = r.number("markPrice", true).value_or(0);
  s.lastPrice = r.number("lastPrice");
  s.takerFee = r.number("takerFee").value_or(0);
  read_rates(r, s, error);
  if (const json* calc = r.object("calculate")) {
    Reader c(*calc, "calculate", error);
    c.only({"exitPrice", "targetRoe", "liquidationPrice", "maxOpenBalance"});
    s.exitPrice = c.number("exitPrice");
    s.targetRoe = c.number("targetRoe");
    s.wantedLiquidationPrice = c.number("liquidationPrice");
    s.maxOpenBalance = c.number("maxOpenBalance");
  }
  s.mode = r.choice("positionMode", {"one-way", "hedge"}).value_or("one-way") == "hedge"
               ? PositionMode::Hedge
               : PositionMode::OneWay;
  s.pendingClose = r.number("pendingClose").value_or(0);
  s.alertRatio = r.number("alertRatio").value_or(3.0);
  s.path = read_path(r, error);
  if (const json* order = r.object("order")) {
    Reader o(*order, "order", error);
    o.only({"side", "contracts", "price", "reduceOnly"});
    ContractOrder co;
    co.side = o.choice("side", {"buy", "sell"}, true).value_or("buy") == "buy" ? Side::Long : Side::Short;
    co.contracts = o.number("contracts", true).value_or(0);
    co.price = o.number("price").value_or(0);
    if (o.has("price") && co.price == 0) o.fail(o.at("price"), "must be greater than 0");
    co.reduceOnly = o.boolean("reduceOnly").value_or(false);
    s.order = co;
  }
  if (const json* opposite = r.object("opposite")) {
    Reader o(*opposite, "opposite", error);
    o.only({"contracts", "entryPrice", "leverage", "marginAdded", "marginRemoved"});
    ContractPosition op = s.position;
    op.side = s.position.side == Side::Long ? Side::Short : Side::Long;
    op.contracts = o.number("contracts", true).value_or(0);
    op.entryPrice = o.number("entryPrice", true).value_or(0);
    op.leverage = o.number("leverage", true).value_or(1);
    op.marginAdded = o.number("marginAdded").value_or(0);
    op.marginRemoved = o.number("marginRemoved").value_or(0);
    s.opposite = op;
  }
  if (error) return *error;
  if (auto e = validate(s)) return *e;
  return d;
}

json encode_contract(const ContractReport& r, const ContractWorkflow& w, const ContractDecoded& in) {
  const ContractScenario& s = in.scenario;
  const double mark = s.markPrice;
  const bool linear = s.position.contract.kind == ContractKind::Linear;
  const std::string& marginCoin = linear ? in.labels.quote : in.labels.base;
  json comparison = json::array();
  for (const ConventionResult& c : r.comparison) comparison.push_back(convention_json(c, mark).done());
  json warnings = json::array();
  for (const FieldError& w : r.warnings)
    warnings.push_back(Out().str("field", w.field).str("message", w.message).done());
  return Out()
      .str("product", in.product)
      .put("pair", Out().str("base", in.labels.base).str("quote", in.labels.quote).done())
      .str("side", side_name(s.position.side))
      .str("contractType", linear ? "linear" : "inverse")
      .str("marginCoin", marginCoin)
      .str("sizeUnit", linear ? in.labels.base : "USD")
      .num("markPrice", mark)
      .num("size", r.q)
      .num("entryPrice", r.entryPrice)
      .num("leverage", s.position.leverage)
      .num("notional", r.notionalAtMark)
      .num("initialMargin", r.initialMargin)
      .num("margin", r.margin)
      .put("pnl", Out()
                      .num("mark", r.pnlMark)
                      .num("markRatio", r.pnlRatioMark)
                      .num("last", r.pnlLast)
                      .num("lastRatio", r.pnlRatioLast)
                      .done())
      .str("tierSource", s.tierSource)
      .put("result", convention_json(r.main, mark).num("distance", r.distanceToLiquidation).done())
      .put("bankruptcyPrice", level_json(r.bankruptcy, mark).done())
      .put("comparison", std::move(comparison))
      .put("comparisonSpread",
           Out()
               .put("lowest", r.spread.lowest ? json(convention_name(*r.spread.lowest)) : json(nullptr))
               .put("highest", r.spread.highest ? json(convention_name(*r.spread.highest)) : json(nullptr))
               .num("spread", r.spread.spread)
               .done())
      .put("calculate", Out()
                            .num("exitPnl", r.exitPnl)
                            .num("exitRoe", r.exitRoe)
                            .put("targetPrice", r.targetPrice ? level_json(*r.targetPrice, mark).num("priceAtTick", r.targetAtTick).done() : json(nullptr))
                            .num("maxOpenContracts", r.maxOpenContracts)
                            .done())
      .str("positionMode", s.mode == PositionMode::Hedge ? "hedge" : "one-way")
      .num("availableToClose", r.availableToClose)
      .put("order", r.order ? order_json(*r.order, mark) : json(nullptr))
      .put("opposite", r.opposite ? convention_json(*r.opposite, mark).done() : json(nullptr))
      .put("state", state_json(w.atMark, s.alertRatio))
      .put("timeline", w.timeline ? timeline_json(*w.timeline) : json(nullptr))
      .put("warnings", std::move(warnings))
      .done();
}

}  // namespace isomargin::codec
