// Bybit v5 GET /v5/position/list → a perpetual or futures scenario (exchange-apis.md §4). The
// category (linear / inverse) is on the response, not the row; the margin mode is the account's.
#include <cctype>
#include <cmath>

#include "exchange.hpp"

namespace isomargin::codec {

namespace {

using R = FieldRule;

constexpr FieldRule kInformational[] = {
    {"riskId", R::Ignore, nullptr, "the risk-limit tier: its rates are in GET /v5/market/risk-limit (give them as options.tiers)"},
    {"riskLimitValue", R::Ignore, nullptr, "the risk-limit tier's cap"},
    {"autoAddMargin", R::Ignore, nullptr, "a setting"},
    {"isReduceOnly", R::Ignore, nullptr, "a risk-limit flag"},
    {"seq", R::Ignore, nullptr, "a sequence number"},
    {"cumRealisedPnl", R::Ignore, nullptr, "realised, not in the open position's risk"},
    {"curRealisedPnl", R::Ignore, nullptr, "realised, not in the open position's risk"},
    {"createdTime", R::Ignore, nullptr, "a time"},
    {"updatedTime", R::Ignore, nullptr, "a time"},
    {"adlRankIndicator", R::Ignore, nullptr, "the auto-deleveraging rank"},
    {"takeProfit", R::Ignore, nullptr, "an order"},
    {"stopLoss", R::Ignore, nullptr, "an order"},
    {"trailingStop", R::Ignore, nullptr, "an order"},
    {"tpslMode", R::Ignore, nullptr, "a setting"},
    {"sessionAvgPrice", R::Ignore, nullptr, "the session's average price (USDC contracts)"},
    {"breakEvenPrice", R::Ignore, nullptr, "the break-even price"},
    {"positionIMByMp", R::Ignore, nullptr, "the same as positionIM"},
    {"positionMMByMp", R::Ignore, nullptr, "the same as positionMM"},
    {"leverageSysUpdatedTime", R::Ignore, nullptr, "a time"},
    {"mmrSysUpdatedTime", R::Ignore, nullptr, "a time"},
    {"tradeMode", R::Ignore, nullptr, "deprecated, always 0: the margin mode is not in the entry"},
    {"positionBalance", R::Ignore, nullptr, "deprecated: the position margin of classic accounts"},
    {"bustPrice", R::Ignore, nullptr, "deprecated, always empty"},
    {"delta", R::Ignore, nullptr, "options only"},
    {"gamma", R::Ignore, nullptr, "options only"},
    {"vega", R::Ignore, nullptr, "options only"},
    {"theta", R::Ignore, nullptr, "options only"},
};

// After the side and the size: prices in, Bybit's own figures checked.
constexpr FieldRule kPosition[] = {
    {"avgPrice", R::Need, "position.entryPrice", "the average entry price"},
    {"markPrice", R::Need, "markPrice", "the mark price"},
    {"liqPrice", R::Level, "result.liquidationPrice", "Bybit's liquidation price; \"\": out of range", ""},
    {"unrealisedPnl", R::Check, "pnl.mark", "unrealised PnL at the mark"},
};

// A dated symbol: "BTCUSDT-26JUN25", "BTC-26JUN25", or inverse "BTCUSDH25".
bool dated(const std::string& symbol) {
  return symbol.find('-') != std::string::npos ||
         (!symbol.empty() && std::isdigit(static_cast<unsigned char>(symbol.back())) &&
          symbol.find("USD") != std::string::npos);
}

// linear or inverse: the response's category, else the symbol's quote coin (USD: inverse).
std::string kind_of(const std::string& category, const std::string& symbol) {
  if (!category.empty()) return category;
  std::string base, quote;
  if (!split_symbol(symbol, base, quote)) return "";
  return quote == "USD" ? "inverse" : "linear";
}

}  // namespace

void map_bybit(Entry& e, const PasteOptions& o, const std::string& category) {
  const auto symbol = e.text("symbol", true);
  const auto sideText = e.text("side");
  const auto size = e.number("size", true);
  if (!e.ok()) return;
  const std::string kind = kind_of(category, *symbol);
  if (kind == "option") return e.fail("result.category", "is \"option\": options positions are not mapped from a paste");
  if (kind != "linear" && kind != "inverse")
    return e.fail_at("symbol", kind.empty() ? "has no quote coin isomargin knows: paste the whole response (its "
                                              "result.category says linear or inverse)"
                                            : cat({"is in category \"", kind, "\": only linear and inverse are mapped"}));
  if (!sideText) return e.fail_at("side", "is empty: no open position");
  if (*sideText != "Buy" && *sideText != "Sell") return e.fail_at("side", "must be \"Buy\" or \"Sell\"");
  if (*size == 0) return e.fail_at("size", "is 0: no open position");
  const bool isLong = *sideText == "Buy";
  const bool inverse = kind == "inverse";
  e.set("product", dated(*symbol) ? "futures" : "perpetual");
  std::string base, quote;
  if (split_symbol(*symbol, base, quote))
    e.take_text("symbol", "pair", cat({base, "/", quote}), "labels; a dated symbol (BTCUSDT-26JUN25) is a futures contract");
  else
    e.note("symbol", "labels: no quote coin recognised");
  e.take("side", "side", isLong ? "long" : "short", "Buy: a long; Sell: a short");
  if (e.given("positionIdx")) {
    const auto idx = e.number("positionIdx");
    if (!idx || (*idx != 0 && *idx != 1 && *idx != 2)) return e.fail_at("positionIdx", "must be 0, 1 or 2");
    if (*idx != 0 && (*idx == 1) != isLong)
      return e.fail_at("positionIdx", cat({"is ", *idx == 1 ? "1 (the buy side" : "2 (the sell side",
                                           " in hedge mode), but side is ", *sideText}));
    e.take("positionIdx", "positionMode", *idx == 0 ? "one-way" : "hedge", *idx == 0 ? "0: one-way mode" : "1 / 2: hedge mode");
  }
  e.assume("contract.type", kind.c_str(),
           !category.empty() ? "result.category of the response"
           : inverse ? "the entry has no category: quoted in USD, inverse (the whole response's result.category says it)"
                     : "the entry has no category: not quoted in USD, linear (the whole response's result.category says it)");
  e.assume("model", "bybit", "Bybit's own formula (docs/formulas.md); compare: true shows the other exchanges'");
  e.assume("", nullptr,
           "isolated: a Bybit entry does not say (tradeMode is deprecated; the margin mode is the account's, GET "
           "/v5/account/info); a cross position's liquidation price is not this one");
  e.take("size", "position.contracts", *size, inverse ? "in USD (one contract is 1 USD)" : "in the base coin");
  apply(e, kPosition);
  const auto leverage = e.number("leverage");
  if (auto im = e.number("positionIM")) {
    e.take("positionIM", "position.margin", *im,
           "the initial margin at the mark, as close to the isolated margin as the entry comes");
  } else if (auto balance = e.number("positionBalance")) {
    e.take("positionBalance", "position.margin", *balance, "deprecated: the position margin of a classic account");
  } else if (!leverage && e.ok()) {
    return e.fail_at("positionIM", "is required (or leverage): the position's margin");
  }
  if (leverage)
    e.take("leverage", "position.leverage", *leverage,
           "with the margin: any margin above the initial margin at this leverage counts as added");
  fee_from_options(e, o, 0, "not needed: Bybit's liquidation price has no fee term");
  if (e.given("bustPrice")) e.check_level("bustPrice", "bankruptcyPrice", nullptr, "Bybit's bankruptcy price");
  e.check("positionValue", "size", inverse ? "the size ÷ the entry" : "the size × the entry", inverse ? '/' : '*',
          "entryPrice");
  if (auto status = e.text("positionStatus")) {
    e.ignore("positionStatus", *status == "Normal" ? "Normal" : "Bybit's status; not Normal");
    if (*status != "Normal")
      e.warnings.push_back({e.at("positionStatus"), cat({"is \"", *status, "\": Bybit is liquidating or deleveraging this position"})});
  }
  apply(e, kInformational);
  if (rates_from_options(e, o))
    return e.check("positionMM", "maintenanceMargin", "Bybit's maintenance margin (it may include the fee to close)");
  if (auto mm = e.number("positionMM"))
    return e.take("positionMM", "position.maintenanceMargin", *mm,
                  "with no risk-limit table the rate is this MM ÷ the notional at the mark; give options.tiers (GET "
                  "/v5/market/risk-limit) for the tier's rates",
                  "tiers");
  if (e.ok())
    e.fail("options.tiers", "is required: the entry's positionMM is empty; give options.tiers (GET "
                            "/v5/market/risk-limit) or options.mmr");
}

Candidate probe_bybit(const json& j, const std::string& path, const std::string& category) {
  Candidate c;
  c.instrument = field_text(j, "symbol");
  c.size = field_text(j, "size");
  const std::string side = field_text(j, "side");
  c.side = side == "Buy" ? "long" : side == "Sell" ? "short" : "";
  c.marginMode = "isolated";  // not in the entry (assumed)
  if (category == "option") {
    c.reason = "is an option";
    c.reasonField = "result.category";
  } else if (c.side.empty() || c.size.empty() || zero_text(c.size)) {
    c.reason = "holds no position";
    c.reasonField = join(path, c.side.empty() ? "side" : "size");
  }
  return c;
}

}  // namespace isomargin::codec
