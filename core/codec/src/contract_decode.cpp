// JSON → ContractScenario for perpetual swaps and futures. Each calculation asks for the inputs
// it uses (docs/scenario.md); a field given that changes nothing is a warning, not an error.
#include "isomargin/codec.hpp"
#include "reader.hpp"

namespace isomargin::codec {

namespace {

// Binance's table as its API sends it; `cum` in every bracket or in none (then derived).
BracketTable read_brackets(const json& list, const std::string& path, bool& cumDerived,
                           std::optional<FieldError>& error) {
  BracketTable rows;
  std::size_t withCum = 0;
  std::optional<std::size_t> firstWithout;
  for (std::size_t i = 0; i < list.size() && !error; ++i) {
    const std::string at = index_path(path, i);
    if (!expect_object(list[i], at, error)) break;
    Reader b(list[i], at, error);
    b.only({"bracket", "notionalFloor", "notionalCap", "maintMarginRatio", "cum", "initialLeverage"});
    Bracket row;
    row.bracket = static_cast<int>(b.whole("bracket", 1, kMaxBrackets, true).value_or(0));
    row.notionalFloor = b.number("notionalFloor", true).value_or(0);
    row.notionalCap = b.number("notionalCap", true).value_or(0);
    row.mmr = b.number("maintMarginRatio", true).value_or(0);
    if (auto cum = b.number("cum")) {
      row.cum = *cum;
      ++withCum;
    } else if (!firstWithout) {
      firstWithout = i;
    }
    row.maxLeverage = b.number("initialLeverage", true).value_or(0);
    rows.push_back(row);
  }
  if (!error && withCum > 0 && firstWithout)
    error = FieldError{index_path(path, *firstWithout) + ".cum",
                       "is required when other brackets give it (leave it out of every bracket to "
                       "derive it)"};
  cumDerived = withCum == 0;
  if (cumDerived) derive_cum(rows);
  return rows;
}

void read_rates(Reader& r, ContractScenario& s, bool required, std::vector<FieldError>& unused,
                std::optional<FieldError>& error) {
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
  if (!tiers && !s.fixedMmr) {
    // The exchange's own maintenance margin amount stands in for a rate.
    if (s.reportedMaintenanceMargin && s.atMark) {
      s.mmrFromReported = true;
      s.tierSource = "maintenanceMargin";
      return;
    }
    if (required) return r.fail("mmr", "give a fixed mmr, a tier table (tiers) or position.maintenanceMargin");
    s.tierSource = "none";
    return;
  }
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
    s.brackets = read_brackets(*brackets, "tiers.brackets", s.cumDerived, error);
    s.tierSource = "custom brackets";
  } else if (rows) {
    s.tiers = read_tier_rows(*rows, "tiers.rows", error, &unused);
    s.tierSource = "custom";
  } else {
    auto found = find_contract_tier_preset(*preset);
    if (!found) return t.fail("tiers.preset", "is not a known contract preset: \"" + *preset + "\"");
    s.tiers = found->rows;
    s.tierSource = *preset;
  }
}

// What a position (or the hedge-mode opposite) needs: its size, its entry, and its leverage or
// its margin as the exchange shows it.
struct Needs {
  bool size = true, entry = true, margin = true;
};

void read_position(Reader& r, ContractPosition& p, MarginInput& m, std::vector<Fill>* fills,
                   const Needs& needs, std::optional<FieldError>& error) {
  if (fills)
    r.only({"contracts", "entryPrice", "fills", "leverage", "marginAdded", "marginRemoved", "margin",
            "marginBalance", "maintenanceMargin"});
  else
    r.only({"contracts", "entryPrice", "leverage", "marginAdded", "marginRemoved", "margin", "marginBalance"});
  m.margin = r.number("margin");
  m.marginBalance = r.number("marginBalance");
  const bool shown = m.margin || m.marginBalance;
  if (const json* list = fills ? r.array("fills") : nullptr) {
    if (r.has("entryPrice") || r.has("contracts"))
      r.fail(r.at("fills"), "give position.fills or position.entryPrice with position.contracts");
    *fills = read_fills(*list, r.at("fills"), error);
    if (r.ok() && fills->empty()) r.fail(r.at("fills"), "needs at least one fill");
  } else {
    // Without a leverage, the margin's leverage needs the notional: the size as well.
    p.contracts = r.number("contracts", needs.size || (shown && !r.has("leverage"))).value_or(0);
    p.entryPrice = r.number("entryPrice", needs.entry).value_or(0);
  }
  m.leverageGiven = r.has("leverage") || !shown;
  p.leverage = r.number("leverage", needs.margin && !shown).value_or(1);
  p.marginAdded = r.number("marginAdded").value_or(0);
  p.marginRemoved = r.number("marginRemoved").value_or(0);
}

// {contracts | notional | stake, price}: one size, and the price that converts it.
std::optional<TierQuery> read_query(Reader& c, const char* key, bool stake,
                                    std::optional<FieldError>& error) {
  const json* o = c.object(key);
  if (!o) return std::nullopt;
  Reader q(*o, c.at(key), error);
  if (stake) q.only({"contracts", "notional", "stake", "price"});
  else q.only({"contracts", "notional", "price"});
  TierQuery t;
  const int given = q.has("contracts") + q.has("notional") + q.has("stake");
  if (q.ok() && given != 1)
    q.fail(q.path(), stake ? "give one of contracts, notional and stake" : "give contracts or notional");
  t.by = q.has("stake") ? TierQuery::By::Stake : q.has("notional") ? TierQuery::By::Notional : TierQuery::By::Contracts;
  t.amount = q.number(q.has("stake") ? "stake" : q.has("notional") ? "notional" : "contracts").value_or(0);
  t.price = q.number("price");
  return t;
}

void read_calculate(Reader& r, ContractScenario& s, std::optional<FieldError>& error) {
  const json* calc = r.object("calculate");
  if (!calc) return;
  Reader c(*calc, "calculate", error);
  c.only({"exitPrice", "targetRoe", "liquidationPrice", "maxOpenBalance", "tierFor", "maxLeverage"});
  s.exitPrice = c.number("exitPrice");
  s.targetRoe = c.number("targetRoe");
  s.wantedLiquidationPrice = c.number("liquidationPrice");
  s.maxOpenBalance = c.number("maxOpenBalance");
  s.tierFor = read_query(c, "tierFor", false, error);
  s.maxLeverageFor = read_query(c, "maxLeverage", true, error);
}

// Fields given that the calculation does not use (docs/scenario.md).
void note_unused(const Reader& r, const ContractScenario& s, std::vector<FieldError>& out) {
  auto note = [&](const char* key, const std::string& why) {
    if (r.has(key)) out.push_back({key, "is not used: " + why});
  };
  if (!s.atMark) {
    const std::string why = "without markPrice only the calculators run, and they do not use it";
    for (const char* key : {"model", "compare", "lastPrice", "takerFee", "mmr", "maintenanceAmount",
                            "maxLeverage", "alertRatio", "positionMode", "pendingClose"})
      note(key, why);
    if (!s.tierFor && !s.maxLeverageFor && !s.maxOpenBalance) note("tiers", why);
    return;
  }
  const ConventionInfo c = info(s.convention);
  if (s.mmrFromReported) note("maintenanceAmount", "position.maintenanceMargin sets the rate alone (MM ÷ notional)");
  else if (!s.fixedMmr) note("maintenanceAmount", "it goes with a fixed mmr (a bracket carries its own cum)");
  else if (!s.compare && s.convention != Convention::Binance && s.convention != Convention::Bybit &&
           s.convention != Convention::Phemex)
    note("maintenanceAmount", std::string(c.label) + " has no maintenance amount");
  if (!s.compare && s.convention != Convention::Hyperliquid)
    note("maxLeverage", "it is Hyperliquid's (the hyperliquid model)");
  if (!s.compare && !c.usesFee && s.tiers.empty() && s.takerFee != 0)
    note("takerFee", std::string(c.label) + " adds no fee to its maintenance requirement, and "
                     "partial steps (their fee) need OKX tiers");
  if (s.mode == PositionMode::OneWay) {
    note("pendingClose", "it goes with positionMode \"hedge\"");
    note("opposite", "it goes with positionMode \"hedge\"");
  }
}

}  // namespace

Outcome<ContractDecoded> decode_contract(const json& j) {
  std::optional<FieldError> error;
  Reader r(j, "", error);
  r.only({"product", "pair", "side", "model", "compare", "contract", "position", "markPrice",
          "lastPrice", "takerFee", "mmr", "maintenanceAmount", "tiers", "maxLeverage", "calculate",
          "positionMode", "order", "pendingClose", "opposite", "alertRatio", "path", "explain"});
  ContractDecoded d;
  ContractScenario& s = d.scenario;
  d.product = r.choice("product", {"perpetual", "futures"}, true).value_or("perpetual");
  read_pair(r, d.labels);
  d.explain = r.boolean("explain").value_or(false);
  // No mark price but calculators: those alone (Binance's and Bybit's calculator tabs).
  s.atMark = r.has("markPrice") || !r.has("calculate");
  read_calculate(r, s, error);
  const bool byPosition = s.atMark || s.exitPrice || s.targetRoe || s.maxOpenBalance;
  s.position.side = r.choice("side", {"long", "short"}, s.atMark || s.exitPrice || s.targetRoe)
                            .value_or("long") == "long" ? Side::Long : Side::Short;
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
  if (const json* position = r.object("position", byPosition)) {
    Reader p(*position, "position", error);
    Needs needs;
    needs.size = s.atMark || s.exitPrice;
    needs.entry = needs.margin = byPosition;
    read_position(p, s.position, s.margin, &s.fills, needs, error);
    s.reportedMaintenanceMargin = p.number("maintenanceMargin");
    if (!s.atMark && p.has("maintenanceMargin"))
      d.unused.push_back({"position.maintenanceMargin", "is not used: without markPrice only the calculators run"});
  }
  s.markPrice = r.number("markPrice", s.atMark).value_or(0);
  s.lastPrice = r.number("lastPrice");
  s.takerFee = r.number("takerFee").value_or(0);
  read_rates(r, s, s.atMark, d.unused, error);
  // A tier query on the other scale than the table's needs the contract to convert it.
  const bool needsContract = byPosition || (s.tierFor && converts(s, *s.tierFor)) ||
                             (s.maxLeverageFor && converts(s, *s.maxLeverageFor));
  if (const json* contract = r.object("contract", needsContract)) {
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
    ContractPosition op = s.position;
    op.side = s.position.side == Side::Long ? Side::Short : Side::Long;
    read_position(o, op, s.oppositeMargin, nullptr, Needs{}, error);
    s.opposite = op;
  }
  if (error) return *error;
  note_unused(r, s, d.unused);
  if (auto e = validate(s)) return *e;
  return d;
}

}  // namespace isomargin::codec
