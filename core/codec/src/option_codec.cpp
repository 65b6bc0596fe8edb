// JSON ↔ an isolated options position ("product": "option").
#include "isomargin/codec.hpp"
#include "isomargin/option.hpp"
#include "reader.hpp"

namespace isomargin::codec {

namespace {

// "tiers": {"rows": [{tier, maxSz, mmPerContract}, …]}: MM per contract by size, an input.
OptionTierTable read_option_tiers(Reader& r, bool okx, std::optional<FieldError>& error) {
  OptionTierTable rows;
  const json* tiers = r.object("tiers");
  if (!tiers) return rows;
  Reader t(*tiers, "tiers", error);
  t.only({"rows"});
  const json* list = t.array("rows", true);
  if (!list) return rows;
  if (t.ok() && list->empty()) t.fail("tiers.rows", "tier table is empty");
  for (std::size_t i = 0; i < list->size() && !error; ++i) {
    const std::string at = index_path("tiers.rows", i);
    if (!expect_object((*list)[i], at, error)) break;
    Reader row((*list)[i], at, error);
    // OKX's formula takes each tier's margin factor; an input table, MM per contract.
    row.only({"tier", "maxSz", okx ? "marginFactor" : "mmPerContract"});
    OptionTier tier;
    tier.tier = static_cast<int>(row.whole("tier", 1, kMaxTiers, true).value_or(0));
    tier.maxSz = row.number("maxSz", true).value_or(0);
    if (okx) tier.marginFactor = row.number("marginFactor", true).value_or(0);
    else tier.mmPerContract = row.number("mmPerContract", true).value_or(0);
    rows.push_back(tier);
  }
  return rows;
}

json step_json(const OptionStep& st) { return contracts_step_json(st); }

}  // namespace

Outcome<OptionDecoded> decode_option(const json& j) {
  std::optional<FieldError> error;
  Reader r(j, "", error);
  r.only({"product", "pair", "side", "position", "markPrice", "takerFee", "maintenanceMargin",
          "tiers", "mmIncludesMark", "okx", "alertRatio", "path", "explain"});
  Labels labels;
  read_pair(r, labels);
  const bool explain = r.boolean("explain").value_or(false);
  std::vector<FieldError> unused;
  OptionScenario sc;
  OptionPosition& p = sc.position;
  p.side = r.choice("side", {"long", "short"}, true).value_or("long") == "long" ? Side::Long : Side::Short;
  if (const json* pos = r.object("position", true)) {
    Reader pr(*pos, "position", error);
    pr.only({"contracts", "averagePrice", "multiplier", "ctVal", "initialMargin", "marginAdjustment"});
    p.contracts = pr.number("contracts", true).value_or(0);
    p.averagePrice = pr.number("averagePrice", true).value_or(0);
    p.multiplier = pr.number("multiplier").value_or(1);
    p.ctVal = pr.number("ctVal").value_or(1);
    // The PnL needs no margin: without an initial margin and a maintenance margin, that alone.
    sc.marginGiven = pr.has("initialMargin") || r.has("maintenanceMargin") || r.has("tiers") || r.has("okx");
    p.initialMargin = pr.number("initialMargin", sc.marginGiven).value_or(0);
    p.marginAdjustment = pr.number("marginAdjustment").value_or(0);
    if (!sc.marginGiven && pr.has("marginAdjustment"))
      unused.push_back({"position.marginAdjustment", "is not used: without an initial margin only the PnL is calculated"});
  }
  sc.markPrice = r.number("markPrice", true).value_or(0);
  sc.takerFee = r.number("takerFee").value_or(0);
  if (r.ok() && r.has("maintenanceMargin") && r.has("tiers"))
    r.fail("tiers", "give maintenanceMargin or tiers, not both");
  if (const json* okx = r.object("okx")) {
    Reader o(*okx, "okx", error);
    o.only({"optionType", "c"});
    OkxOptionMm mm;
    mm.put = o.choice("optionType", {"call", "put"}, true).value_or("call") == "put";
    mm.c = o.number("c").value_or(0.03);
    sc.okx = mm;
    if (r.ok() && r.has("maintenanceMargin"))
      r.fail("maintenanceMargin", "OKX's formula computes the maintenance margin: leave this out");
    if (r.ok() && !r.has("tiers")) r.fail("tiers", "OKX's formula needs the margin factor of each tier");
  }
  sc.tiers = read_option_tiers(r, sc.okx.has_value(), error);
  sc.maintenanceMargin = r.number("maintenanceMargin", sc.marginGiven && sc.tiers.empty()).value_or(0);
  sc.mmIncludesMark = r.boolean("mmIncludesMark").value_or(false);
  sc.alertRatio = r.number("alertRatio").value_or(3.0);
  sc.path = read_path(r, error);
  if (!sc.marginGiven)
    for (const char* key : {"takerFee", "alertRatio", "mmIncludesMark"})
      if (r.has(key)) unused.push_back({key, "is not used: without an initial margin only the PnL is calculated"});
  if (sc.marginGiven && sc.mmIncludesMark && p.side == Side::Long)
    unused.push_back({"mmIncludesMark", "is not used: a long option carries no maintenance margin of its own"});
  if (!error) error = validate(sc);
  if (error) return *error;
  return OptionDecoded{sc, labels, std::move(unused), explain};
}

json encode_option(const OptionReport& o, const OptionWorkflow* workflow, const OptionDecoded& in) {
  const OptionScenario& sc = in.scenario;
  const Labels& labels = in.labels;
  const OptionPosition& p = sc.position;
  Out head;
  head.str("product", "option")
      .str("calculation", sc.marginGiven ? "position" : "pnl")
      .put("pair", Out().str("base", labels.base).str("quote", labels.quote).done())
      .str("side", side_name(p.side))
      .num("contracts", p.contracts)
      .num("markPrice", sc.markPrice)
      .num("value", o.value)
      .num("pnl", o.pnl)
      .num("pnlRatio", o.pnlRatio);
  if (!sc.marginGiven || !workflow) return head.put("warnings", warnings_json(in.unused)).done();
  const OptionWorkflow& w = *workflow;
  json tiers = nullptr;
  if (!sc.tiers.empty()) {
    tiers = json::array();
    for (const OptionTier& t : sc.tiers)
      tiers.push_back(Out().whole("tier", t.tier).num("maxSz", t.maxSz)
                          .num(sc.okx ? "marginFactor" : "mmPerContract", sc.okx ? t.marginFactor : t.mmPerContract)
                          .done());
  }
  json state = state_out(w.atMark, sc.alertRatio, [](const OptionStep& x) { return step_json(x); })
                   .flag("noTierToStepTo", w.atMark.noTierToStepTo)
                   .num("contractsAfter", w.atMark.after.contracts)
                   .num("marginAfter", option_margin(w.atMark.after))
                   .done();
  json timeline = nullptr;
  if (w.timeline)
    timeline = timeline_out(*w.timeline, [](const OptionStep& x) { return step_json(x); })
                   .num("contractsAfter", w.timeline->final.contracts)
                   .num("marginAfter", option_margin(w.timeline->final))
                   .done();
  return head.num("marginBalance", o.marginBalance)
                         .str("mmSource", sc.okx ? "okx" : sc.tiers.empty() ? "input" : "tiers")
                         .put("tier", o.tier ? json(*o.tier) : json(nullptr))
                         .put("tiers", std::move(tiers))
                         .flag("mmIncludesMark", sc.mmIncludesMark)
                         .num("maintenanceMargin", o.maintenanceMargin)
                         .num("liquidationFee", o.liquidationFee)
                         .num("marginRatio", o.marginRatio)
                         .put("state", std::move(state))
                         .put("timeline", std::move(timeline))
                         .str("note", sc.okx ? "maintenance margin by OKX's short-option MMR (c × margin factor "
                                               "+ mark, per coin); the liquidation fee formula is low-confidence"
                                             : "maintenance margin is an input (OKX's own formula needs "
                                               "\"okx\" and margin factor tiers); the liquidation fee "
                                               "formula is low-confidence")
                         .put("warnings", warnings_json(in.unused))
                         .done();
}

}  // namespace isomargin::codec
