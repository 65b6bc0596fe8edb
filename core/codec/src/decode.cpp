// JSON scenario → SpotScenario. Shapes and types are checked here; ranges and consistency are
// the core's (validate), so C++ callers get the same checks.
#include <cmath>

#include "isomargin/codec.hpp"
#include "isomargin/tiers.hpp"
#include "reader.hpp"

namespace isomargin::codec {

namespace {

Side side_of(const std::string& s) { return s == "long" ? Side::Long : Side::Short; }
MarginCoin coin_of(const std::string& s) {
  return s == "base" ? MarginCoin::Base : MarginCoin::Quote;
}
Mode mode_of(const std::string& s) { return s == "old" ? Mode::Old : Mode::New; }

SpotPosition read_position(Reader& r) {
  r.only({"assets", "liability", "interest", "margin", "entryPrice", "initialMargin"});
  SpotPosition p;
  p.assets = r.number("assets", true).value_or(0);
  p.principal = r.number("liability", true).value_or(0);
  p.interest = r.number("interest").value_or(0);
  p.margin = r.number("margin");
  p.entryPrice = r.number("entryPrice");
  p.initialMargin = r.number("initialMargin");
  return p;
}


OpenOrder read_order(Reader& r, std::optional<FieldError>& error) {
  r.only({"entryPrice", "size", "fills", "leverage", "margin"});
  OpenOrder o;
  if (const json* fills = r.array("fills")) {
    if (r.has("entryPrice") || r.has("size"))
      r.fail(r.at("fills"), "give order.fills or order.entryPrice with order.size, not both");
    o.fills = read_fills(*fills, r.at("fills"), error);
  } else {
    Fill fill;
    fill.price = r.number("entryPrice", true).value_or(0);
    fill.size = r.number("size", true).value_or(0);
    o.fills = {fill};
    o.singleFill = true;
  }
  o.leverage = r.number("leverage");
  o.margin = r.number("margin");
  return o;
}


// "tiers": {"preset": name} or {"rows": [...]}; or a fixed "mmr".
void read_mmr(Reader& r, SpotScenario& s, Side side, std::optional<FieldError>& error) {
  const json* tiers = r.object("tiers");
  auto mmr = r.number("mmr");
  if (!r.ok()) return;
  if (tiers && mmr) return r.fail("mmr", "give mmr or tiers, not both");
  if (!tiers && !mmr && !s.atMark) {
    s.tierSource = "none";
    return;
  }
  if (!tiers && !mmr) return r.fail("mmr", "give a fixed mmr or a tier table (tiers)");
  if (mmr) {
    s.mmr.fixedMmr = mmr;
    s.tierSource = "fixed";
    return;
  }
  Reader t(*tiers, "tiers", error);
  t.only({"preset", "rows"});
  auto preset = t.text("preset");
  const json* rows = t.array("rows");
  if (!t.ok()) return;
  if (preset && rows) return t.fail("tiers", "give tiers.preset or tiers.rows, not both");
  if (rows) {
    s.mmr.tiers = read_tier_rows(*rows, "tiers.rows", error);
    s.tierSource = "custom";
    return;
  }
  if (!preset) return t.fail("tiers.preset", "is required (or give tiers.rows)");
  auto found = find_margin_tier_preset(*preset);
  if (!found) return t.fail("tiers.preset", "is not a known preset: \"" + *preset + "\"");
  // Longs borrow quote, shorts borrow base (§1.7).
  s.mmr.tiers = side == Side::Long ? found->quote : found->base;
  if (s.mmr.tiers.empty())
    return t.fail("tiers.preset", std::string("has no table for the ") +
                                      (side == Side::Long ? "quote" : "base") + " coin borrowed");
  s.tierSource = *preset;
}


}  // namespace

std::vector<Fill> read_fills(const json& list, const std::string& path,
                             std::optional<FieldError>& error) {
  std::vector<Fill> fills;
  for (std::size_t i = 0; i < list.size() && !error; ++i) {
    const std::string at = index_path(path, i);
    if (!expect_object(list[i], at, error)) break;
    Reader f(list[i], at, error);
    f.only({"price", "size"});
    Fill fill;
    fill.price = f.number("price", true).value_or(0);
    fill.size = f.number("size", true).value_or(0);
    fills.push_back(fill);
  }
  return fills;
}

TierTable read_tier_rows(const json& list, const std::string& path, std::optional<FieldError>& error,
                         std::vector<FieldError>* unused) {
  // What GET /api/v5/public/position-tiers adds to a row, none of it used here.
  static constexpr const char* kOkxInfo[] = {"instFamily", "instId", "instType", "uly",
                                              "baseMaxLoan", "quoteMaxLoan", "optMgnFactor"};
  TierTable rows;
  for (std::size_t i = 0; i < list.size() && !error; ++i) {
    const std::string at = index_path(path, i);
    if (!expect_object(list[i], at, error)) break;
    Reader t(list[i], at, error);
    t.only({"tier", "minSz", "maxSz", "mmr", "imr", "maxLever", "instFamily", "instId", "instType",
            "uly", "baseMaxLoan", "quoteMaxLoan", "optMgnFactor"});
    for (const char* info : kOkxInfo)
      if (unused && i == 0 && t.has(info)) {
        unused->push_back({t.at(info), "is not used (OKX's instFamily, instId, uly, baseMaxLoan, "
                                       "quoteMaxLoan and optMgnFactor describe the row)"});
        break;
      }
    Tier tier;
    tier.tier = static_cast<int>(t.whole(t.decimal("tier", true), "tier", 1, kMaxTiers).value_or(0));
    tier.minSz = t.decimal("minSz", true).value_or(0);
    tier.maxSz = t.decimal("maxSz", true).value_or(0);
    tier.mmr = t.decimal("mmr", true).value_or(0);
    tier.imr = t.decimal("imr", true).value_or(0);
    tier.maxLever = t.decimal("maxLever", true).value_or(0);
    rows.push_back(tier);
  }
  return rows;
}

void read_pair(Reader& r, Labels& labels) {
  auto pair = r.text("pair");
  if (!pair) return;
  const auto cut = pair->find_first_of("/-");
  if (cut == std::string::npos || cut == 0 || cut + 1 == pair->size() || pair->size() > 40)
    return r.fail("pair", "must look like \"BTC/USDT\" or \"BTC-USDT\"");
  labels.base = pair->substr(0, cut);
  labels.quote = pair->substr(cut + 1);
}

std::optional<PathInput> read_path(Reader& r, std::optional<FieldError>& error) {
  const json* path = r.object("path");
  if (!path) return std::nullopt;
  Reader pr(*path, "path", error);
  pr.only({"prices", "from", "to", "steps"});
  PathInput in;
  if (const json* prices = pr.array("prices")) {
    if (pr.has("from") || pr.has("to") || pr.has("steps"))
      pr.fail("path", "give path.prices, or path.from, path.to and path.steps");
    if (pr.ok() && prices->empty()) pr.fail("path.prices", "needs at least one price");
    for (std::size_t i = 0; i < prices->size() && !error; ++i)
      in.prices.push_back(read_number((*prices)[i], index_path("path.prices", i), error).value_or(0));
  } else {
    in.from = pr.number("from", true).value_or(0);
    in.to = pr.number("to", true).value_or(0);
    in.steps = static_cast<int>(pr.whole("steps", 1, 100000, true).value_or(0));
  }
  return in;
}

Outcome<Decoded> decode(const json& j) {
  std::optional<FieldError> error;
  if (!expect_object(j, "", error)) return *error;
  Reader r(j, "", error);
  r.only({"product", "pair", "side", "marginCoin", "mode", "position", "order", "interest",
          "markPrice", "lastPrice", "takerFee", "mmr", "tiers", "alertRatio", "preTrade", "close",
          "path", "probability", "sweep", "monteCarlo", "explain"});
  Decoded d;
  SpotScenario& s = d.scenario;
  r.choice("product", {"spot-margin", "perpetual", "futures", "option"});
  read_pair(r, d.labels);
  d.explain = r.boolean("explain").value_or(false);
  const Side side = side_of(r.choice("side", {"long", "short"}, true).value_or("long"));
  const MarginCoin coin = coin_of(r.choice("marginCoin", {"base", "quote"}, true).value_or(""));
  const Mode mode = mode_of(r.choice("mode", {"old", "new"}).value_or("new"));

  const json* position = r.object("position");
  const json* order = r.object("order");
  if (r.ok() && !position && !order)
    r.fail("position", "give position (balances) or order (how it was opened)");
  if (r.ok() && position && order) r.fail("order", "give position or order, not both");
  if (position) {
    Reader pr(*position, "position", error);
    s.position = read_position(pr);
    s.position->side = side;
    s.position->marginCoin = coin;
    s.position->mode = mode;
  } else if (order) {
    Reader orr(*order, "order", error);
    s.order = read_order(orr, error);
    s.order->side = side;
    s.order->marginCoin = coin;
    s.order->mode = mode;
  }
  if (const json* interest = r.object("interest")) {
    Reader ir(*interest, "interest", error);
    ir.only({"accrued", "hourlyRate", "hours"});
    s.interest = InterestInput{ir.number("accrued"), ir.number("hourlyRate"), ir.number("hours")};
  }
  // An order without a mark price: the opening calculation alone.
  s.atMark = r.has("markPrice") || !order;
  s.markPrice = r.number("markPrice", s.atMark).value_or(0);
  s.lastPrice = r.number("lastPrice");
  s.takerFee = r.number("takerFee").value_or(0);
  read_mmr(r, s, side, error);
  s.rules.alertRatio = r.number("alertRatio").value_or(3.0);

  if (const json* pre = r.object("preTrade")) {
    Reader pt(*pre, "preTrade", error);
    pt.only({"accountMode", "availableBalance", "adjustedEquity", "pendingHoldEquity"});
    PreTradeInput in;
    const auto accountMode = pt.choice("accountMode", {"single", "multi"}).value_or("single");
    in.accountMode =
        accountMode == "multi" ? AccountMode::MultiCurrency : AccountMode::SingleCurrency;
    in.availableBalance = pt.number("availableBalance", true).value_or(0);
    in.adjustedEquity = pt.number("adjustedEquity", accountMode == "multi").value_or(0);
    in.pendingHoldEquity = pt.number("pendingHoldEquity").value_or(0);
    s.preTrade = in;
  }
  if (const json* close = r.object("close")) {
    Reader c(*close, "close", error);
    c.only({"type", "size", "price", "reduceOnly"});
    CloseOrder o;
    o.closeAll = c.choice("type", {"all", "order"}, true).value_or("all") == "all";
    if (o.closeAll && c.has("size"))
      d.unused.push_back({"close.size", "is not used: it goes with close.type \"order\""});
    if (!o.closeAll) o.size = c.number("size", true).value_or(0);
    o.price = c.number("price").value_or(0);
    if (c.has("price") && o.price == 0) c.fail(c.at("price"), "must be greater than 0");
    o.reduceOnly = c.boolean("reduceOnly").value_or(false);
    s.close = o;
  }
  s.path = read_path(r, error);
  if (const json* sweep = r.object("sweep")) {
    Reader sr(*sweep, "sweep", error);
    sr.only({"from", "to", "points"});
    SweepInput in;
    in.from = sr.number("from", true).value_or(0);
    in.to = sr.number("to", true).value_or(0);
    in.points = static_cast<int>(sr.whole("points", 2, 10000, true).value_or(0));
    s.sweep = in;
  }
  if (const json* mc = r.object("monteCarlo")) {
    Reader mr(*mc, "monteCarlo", error);
    mr.only({"paths", "steps", "seed", "volatility", "drift", "days", "firstPath", "pathCount"});
    MonteCarloInput in;
    in.paths = static_cast<int>(mr.whole("paths", 1, kMaxMonteCarloPaths, true).value_or(0));
    in.steps = static_cast<int>(mr.whole("steps", 1, kMaxMonteCarloSteps, true).value_or(0));
    in.seed = static_cast<unsigned long long>(mr.whole("seed", 0, 9007199254740991LL).value_or(1));  // 2⁵³ − 1: JS-safe
    in.volatility = mr.number("volatility", true).value_or(0);
    in.drift = mr.number("drift").value_or(0);
    in.days = mr.number("days", true).value_or(0);
    // A share of a run split across workers: paths [firstPath, firstPath + pathCount).
    // validate() checks them against paths.
    in.firstPath = static_cast<int>(mr.whole("firstPath", 0, kMaxMonteCarloPaths - 1).value_or(0));
    if (mr.has("pathCount"))
      in.pathCount = static_cast<int>(mr.whole("pathCount", 1, kMaxMonteCarloPaths, true).value_or(0));
    s.monteCarlo = in;
  }
  if (const json* prob = r.object("probability")) {
    Reader pr(*prob, "probability", error);
    pr.only({"volatility", "drift", "days"});
    ProbabilityInput in;
    in.volatility = pr.number("volatility", true).value_or(0);
    in.drift = pr.number("drift").value_or(0);
    in.days = pr.number("days", true).value_or(0);
    s.probability = in;
  }
  if (error) return *error;
  if (s.position && r.has("interest"))
    d.unused.push_back({"interest", "is not used: a position gives its unpaid interest as position.interest"});
  if (s.position && r.has("preTrade"))
    d.unused.push_back({"preTrade", "is not used: it checks an order, and a position is already open"});
  if (!s.atMark)
    for (const char* key : {"lastPrice", "alertRatio"})
      if (r.has(key)) d.unused.push_back({key, "is not used: without markPrice only the opening is calculated"});
  if (auto e = validate(s)) return *e;
  return d;
}

Outcome<Decoded> decode_text(std::string_view text) {
  auto j = parse_text(text);
  if (!j.ok()) return j.error();
  return decode(j.value());
}

}  // namespace isomargin::codec
