// Binance USDⓈ-M GET /fapi/v2/positionRisk and /fapi/v3/positionRisk → a perpetual or futures
// scenario (exchange-apis.md §3). V3 drops leverage and marginType and adds marginAsset and
// maintMargin. COIN-M (dapi) entries are sized in contracts whose face value they do not carry.
#include <cmath>

#include "exchange.hpp"

namespace isomargin::codec {

namespace {

using R = FieldRule;

constexpr FieldRule kInformational[] = {
    {"breakEvenPrice", R::Ignore, nullptr, "the break-even price (its fee basis is not stated)"},
    {"maxNotionalValue", R::Ignore, nullptr, "the largest notional at this leverage: a hint of the bracket"},
    {"isAutoAddMargin", R::Ignore, nullptr, "a setting"},
    {"updateTime", R::Ignore, nullptr, "a time"},
    {"adl", R::Ignore, nullptr, "the auto-deleveraging rank"},
    {"bidNotional", R::Ignore, nullptr, "\"ignore\" in Binance's docs"},
    {"askNotional", R::Ignore, nullptr, "\"ignore\" in Binance's docs"},
    {"initialMargin", R::Ignore, nullptr, "the initial margin at the mark, open orders included"},
    {"openOrderInitialMargin", R::Ignore, nullptr, "the open orders' initial margin"},
    {"positionInitialMargin", R::Ignore, nullptr, "the initial margin at the mark"},
};

// After the side, the size and the margin: prices in, Binance's own figures checked.
constexpr FieldRule kPosition[] = {
    {"entryPrice", R::Need, "position.entryPrice", "the average entry price"},
    {"markPrice", R::Need, "markPrice", "the mark price"},
    {"liquidationPrice", R::Level, "result.liquidationPrice", "Binance's liquidation price; \"0\": none", "0"},
    {"unRealizedProfit", R::Check, "pnl.mark", "unrealised PnL at the mark"},
};

bool isolated_wallet_zero(const json& j) { return zero_text(field_text(j, "isolatedWallet")); }

}  // namespace

void map_binance(Entry& e, const PasteOptions& o) {
  const auto symbol = e.text("symbol", true);
  const auto amt = e.number("positionAmt", true);
  const auto marginType = e.text("marginType");
  if (!e.ok()) return;
  std::string base, quote;
  const bool split = split_symbol(*symbol, base, quote);
  if (auto asset = e.text("marginAsset")) {
    quote = *asset;
    e.note("marginAsset", "the margin coin: the pair's quote");
  }
  if (split && quote == "USD")
    return e.fail_at("symbol", "is a COIN-M (dapi) symbol: its size is in contracts whose face value the entry "
                               "does not carry; only USDⓈ-M entries are mapped");
  e.set("product", symbol->find('_') == std::string::npos ? "perpetual" : "futures");
  if (split) e.take_text("symbol", "pair", cat({base, "/", quote}), "labels; a dated symbol (BTCUSDT_240628) is a futures contract");
  else e.note("symbol", "labels: no quote coin recognised");
  if (marginType && *marginType != "isolated")
    return e.fail_at("marginType", not_isolated(*marginType));
  if (marginType) {
    e.note("marginType", "isolated: the position is judged alone");
  } else {
    e.assume("", nullptr, "isolated: a V3 entry does not say; its isolatedWallet > 0 marks an isolated position");
  }
  if (*amt == 0) return e.fail_at("positionAmt", "is 0: no open position");
  const auto positionSide = e.text("positionSide");
  if (positionSide && *positionSide != "BOTH" && *positionSide != "LONG" && *positionSide != "SHORT")
    return e.fail_at("positionSide", "must be \"BOTH\", \"LONG\" or \"SHORT\"");
  const bool hedge = positionSide && *positionSide != "BOTH";
  const bool isLong = hedge ? *positionSide == "LONG" : *amt > 0;
  e.set("side", isLong ? "long" : "short");
  if (positionSide)
    e.take("positionSide", "positionMode", hedge ? "hedge" : "one-way",
           hedge ? "hedge mode: the side is the word" : "one-way mode: the sign of positionAmt gives the side");
  e.assume("model", "binance", "Binance's own formula (docs/formulas.md); compare: true shows the other exchanges'");
  e.assume("contract.type", "linear", "a USDⓈ-M contract, sized in the base coin (ctVal 1)");
  e.take("positionAmt", "position.contracts", std::fabs(*amt),
         cat({"in the base coin; a ", isLong ? "long" : "short", hedge ? "" : " by its sign"}));
  apply(e, kPosition);
  const auto wallet = e.number("isolatedWallet", true);
  if (!e.ok()) return;
  if (!marginType && *wallet == 0)
    return e.fail_at("isolatedWallet", "is 0: a cross position (a V3 entry sends no marginType); only isolated "
                                       "positions are calculated");
  e.take("isolatedWallet", "position.margin", *wallet, "the isolated wallet: the margin without the unrealised PnL");
  if (auto leverage = e.number("leverage")) {
    e.take("leverage", "position.leverage", *leverage,
           "with the margin: a wallet above the initial margin at this leverage counts as added");
  } else if (o.leverage) {
    e.given_option("leverage", "position.leverage", *o.leverage);
  } else {
    // Binance's IM at the mark is notional ÷ leverage, and its leverages are whole numbers.
    const auto im = e.number("positionInitialMargin");
    const auto notional = e.number("notional");
    if (!e.ok()) return;
    const double read = im && notional && *im > 0 ? std::fabs(*notional) / *im : 0;
    const double whole = std::round(read);
    if (whole >= 1 && std::fabs(read - whole) <= 0.01 * whole)
      e.take("positionInitialMargin", "position.leverage", whole,
             cat({"a V3 entry has no leverage: |notional| ÷ positionInitialMargin = ", plain_number(read),
                  ", Binance's initial margin at the mark being notional ÷ leverage; give options.leverage"}),
             "leverage");
    else
      e.assume("position.leverage", nullptr,
               "not in the entry: the margin alone gives it (the notional at entry ÷ isolatedWallet); give "
               "options.leverage",
               "leverage");
  }
  fee_from_options(e, o, 0, "not needed: Binance's liquidation price has no fee term");
  e.check("isolatedMargin", "margin", "the wallet plus the unrealised PnL", '+', "pnl.mark");
  if (e.given("notional")) {
    e.check("notional", "notional", "Binance signs it by the side: its size is compared");
    if (!e.checks.empty() && e.checks.back().key == "notional" && e.checks.back().exchange)
      e.checks.back().exchange = std::fabs(*e.checks.back().exchange);
  }
  apply(e, kInformational);
  if (rates_from_options(e, o))
    return e.check("maintMargin", "maintenanceMargin", "Binance's maintenance margin (notional × rate − cum)");
  if (auto mm = e.number("maintMargin"))
    return e.take("maintMargin", "position.maintenanceMargin", *mm,
                  "with no brackets the rate is this MM ÷ the notional at the mark; give options.tiers (GET "
                  "/fapi/v1/leverageBracket) for the exact bracket",
                  "tiers");
  if (e.ok())
    e.fail("options.tiers", "is required: the entry carries no maintenance rate (maintMargin is V3's); give "
                            "options.tiers (the symbol's GET /fapi/v1/leverageBracket brackets) or options.mmr");
}

Candidate probe_binance(const json& j, const std::string& path) {
  Candidate c;
  c.instrument = field_text(j, "symbol");
  c.size = field_text(j, "positionAmt");
  const std::string type = field_text(j, "marginType"), side = field_text(j, "positionSide");
  c.marginMode = !type.empty() ? type : isolated_wallet_zero(j) ? "cross" : "isolated";
  c.side = side == "LONG" ? "long" : side == "SHORT" ? "short" : c.size.empty() ? "" : c.size[0] == '-' ? "short" : "long";
  if (c.marginMode != "isolated") {
    c.reason = cat({"is ", c.marginMode, " margin"});
    c.reasonField = join(path, type.empty() ? "isolatedWallet" : "marginType");
  } else if (c.size.empty() || zero_text(c.size)) {
    c.reason = "holds no position";
    c.reasonField = join(path, "positionAmt");
  }
  return c;
}

}  // namespace isomargin::codec
