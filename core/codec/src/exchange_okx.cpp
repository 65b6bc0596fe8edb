// OKX GET /api/v5/account/positions → a spot-margin scenario (instType MARGIN) or a perpetual /
// futures one (SWAP, FUTURES). Fields, units and side encodings: exchange-apis.md §1; the
// mapping per field: docs/scenario.md, "Pasting a position from an exchange".
#include <cmath>

#include "exchange.hpp"
#include "isomargin/range.hpp"
#include "isomargin/risk.hpp"

namespace isomargin::codec {

namespace {

using R = FieldRule;

// Read past with a reason: they describe the position but change no number here.
constexpr FieldRule kInformational[] = {
    {"availPos", R::Ignore, nullptr, "the closable quantity"},
    {"idxPx", R::Ignore, nullptr, "the index price (the mark price is what liquidation uses)"},
    {"bePx", R::Ignore, nullptr, "the break-even price"},
    {"usdPx", R::Ignore, nullptr, "the USD price of the margin coin"},
    {"adl", R::Ignore, nullptr, "the auto-deleveraging rank"},
    {"posId", R::Ignore, nullptr, "an id"},
    {"tradeId", R::Ignore, nullptr, "an id"},
    {"cTime", R::Ignore, nullptr, "a time"},
    {"uTime", R::Ignore, nullptr, "a time"},
    {"pendingCloseOrdLiabVal", R::Ignore, nullptr, "the liability pending close orders cover"},
    {"realizedPnl", R::Ignore, nullptr, "realised, not in the open position's risk"},
    {"pnl", R::Ignore, nullptr, "realised, not in the open position's risk"},
    {"fee", R::Ignore, nullptr, "fees already paid"},
    {"fundingFee", R::Ignore, nullptr, "funding already paid"},
    {"liqPenalty", R::Ignore, nullptr, "penalties already paid"},
    {"closeOrderAlgo", R::Ignore, nullptr, "the position's TP/SL orders"},
    {"bizRefId", R::Ignore, nullptr, "an id"},
    {"bizRefType", R::Ignore, nullptr, "an id"},
    {"imr", R::Ignore, nullptr, "the initial margin requirement of a cross position"},
    {"baseBal", R::Ignore, nullptr, "deprecated Quick Margin field"},
    {"quoteBal", R::Ignore, nullptr, "deprecated Quick Margin field"},
    {"baseBorrowed", R::Ignore, nullptr, "deprecated Quick Margin field"},
    {"quoteBorrowed", R::Ignore, nullptr, "deprecated Quick Margin field"},
    {"baseInterest", R::Ignore, nullptr, "deprecated Quick Margin field"},
    {"quoteInterest", R::Ignore, nullptr, "deprecated Quick Margin field"},
    {"spotInUseAmt", R::Ignore, nullptr, "spot hedging (portfolio margin)"},
    {"spotInUseCcy", R::Ignore, nullptr, "spot hedging (portfolio margin)"},
    {"clSpotInUseAmt", R::Ignore, nullptr, "spot hedging (portfolio margin)"},
    {"maxSpotInUseAmt", R::Ignore, nullptr, "spot hedging (portfolio margin)"},
};

// MARGIN: the entry, the mark and the last price in; OKX's own figures checked.
constexpr FieldRule kMargin[] = {
    {"avgPx", R::Take, "position.entryPrice", "the average open price"},
    {"markPx", R::Need, "markPrice", "the mark price"},
    {"last", R::Take, "lastPrice", "PnL at the last price as well"},
    {"lever", R::Check, "leverage", "ours: the notional at entry ÷ the margin"},
    {"mgnRatio", R::Check, "risk.marginRatio", "ours: net assets ÷ (MM + the fee to close, domain.md §1.4)"},
    {"liqPx", R::Level, "liquidationPrice", "OKX's estimated liquidation price"},
    {"upl", R::Check, "pnl.mark", "unrealised PnL at the mark, in the margin coin"},
    {"uplRatio", R::Check, "pnl.markPercent", "the PnL ÷ the initial margin"},
    {"uplLastPx", R::Check, "pnl.last", "unrealised PnL at the last price"},
    {"uplRatioLastPx", R::Check, "pnl.lastPercent", "the same ÷ the initial margin"},
    {"notionalUsd", R::Ignore, nullptr, "the position's value in USD: not read for MARGIN"},
};

// SWAP / FUTURES, after the size, the contract and the margin.
constexpr FieldRule kContract[] = {
    {"avgPx", R::Need, "position.entryPrice", "the average open price"},
    {"markPx", R::Need, "markPrice", "the mark price"},
    {"last", R::Take, "lastPrice", "PnL at the last price as well"},
    {"lever", R::Take, "position.leverage", "with the margin: any margin above the initial margin at this leverage counts as added"},
    {"mgnRatio", R::Check, "result.marginRatio", "ours: equity ÷ (notional × (mmr + taker fee)), OKX's formula"},
    {"liqPx", R::Level, "result.liquidationPrice", "OKX's estimated liquidation price"},
    {"upl", R::Check, "pnl.mark", "unrealised PnL at the mark, in the margin coin"},
    {"uplRatio", R::Check, "pnl.markRatio", "the PnL ÷ the initial margin"},
    {"uplLastPx", R::Check, "pnl.last", "unrealised PnL at the last price"},
    {"uplRatioLastPx", R::Check, "pnl.lastRatio", "the same ÷ the initial margin"},
    {"posCcy", R::Ignore, nullptr, "MARGIN only"},
    {"liab", R::Ignore, nullptr, "MARGIN only"},
    {"liabCcy", R::Ignore, nullptr, "MARGIN only"},
    {"interest", R::Ignore, nullptr, "MARGIN only"},
};

struct Instrument {
  std::string base, quote;
};

std::string one_of(const Instrument& in) { return cat({"must be ", in.base, " or ", in.quote, " (the coins of instId)"}); }

bool split_inst(const std::string& id, Instrument& out) {
  const auto a = id.find('-');
  if (a == std::string::npos || a == 0 || id.size() > 60) return false;
  const auto b = id.find('-', a + 1);
  out.base = id.substr(0, a);
  out.quote = id.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1);
  return !out.quote.empty();
}

// instType MARGIN: pos in posCcy, which gives the side; liab owed (negative); margin in ccy.
void map_margin(Entry& e, const PasteOptions& o, const Instrument& in) {
  const auto posCcy = e.text("posCcy", true);
  const auto ccy = e.text("ccy", true);
  if (!e.ok()) return;
  if (*posCcy != in.base && *posCcy != in.quote)
    return e.fail_at("posCcy", one_of(in));
  if (*ccy != in.base && *ccy != in.quote)
    return e.fail_at("ccy", one_of(in));
  const bool isLong = *posCcy == in.base;
  e.take("posCcy", "side", isLong ? "long" : "short",
         isLong ? "the base coin is held: a long" : "the quote coin is held: a short");
  if (auto posSide = e.text("posSide")) {
    if (*posSide != "net" && *posSide != (isLong ? "long" : "short"))
      return e.fail_at("posSide", cat({"is \"", *posSide, "\", but posCcy ", *posCcy, " makes it a ", isLong ? "long" : "short"}));
    e.note("posSide", "for MARGIN the side comes from posCcy");
  }
  if (auto liabCcy = e.text("liabCcy")) {
    const std::string& owed = isLong ? in.quote : in.base;
    if (*liabCcy != owed)
      return e.fail_at("liabCcy", cat({"is ", *liabCcy, ", but a ", isLong ? "long" : "short", " (posCcy ", *posCcy, ") owes ", owed}));
    e.note("liabCcy", "agrees with the side: a long owes the quote coin, a short the base coin");
  }
  const bool baseMargin = *ccy == in.base;
  e.take("ccy", "marginCoin", baseMargin ? "base" : "quote", "the coin the margin is held in");
  e.assume("mode", "new", "OKX's isolated mode today: the margin is held beside the assets");
  const auto pos = e.number("pos", true);
  const auto margin = e.number("margin", true);
  const auto liab = e.number("liab", true);
  const auto interest = e.number("interest");
  const auto mark = e.number("markPx", true);
  if (!e.ok()) return;
  if (*pos == 0) return e.fail_at("pos", "is 0: no open position");
  // What the mapping computes with is in range first (the scenario checks the rest).
  if (!e.within("pos", *pos, kMaxAmount) || !e.within("margin", *margin, kMaxAmount) ||
      !e.within("liab", std::fabs(*liab), kMaxAmount) || (interest && !e.within("interest", *interest, kMaxAmount, true)) ||
      !e.within("markPx", *mark, kMaxPrice))
    return;
  // A margin held in the coin of pos is counted in pos (exchange-apis.md §1: a short's pos is
  // the sale proceeds plus the margin); the scenario's assets leave it out (new mode).
  const bool inPos = o.posIncludesMargin.value_or(*ccy == *posCcy);
  const double assets = inPos ? *pos - *margin : *pos;
  if (inPos && assets <= 0)
    return e.fail_at("pos", "is not above the margin: a margin held in posCcy is counted in pos (give "
                            "options.posIncludesMargin false if yours is not)");
  e.take("pos", "position.assets", assets,
         inPos ? "pos less the margin, which is held in posCcy and counted in pos"
               : "the assets held, in posCcy (the margin is in the other coin)",
         "posIncludesMargin");
  // What is owed, counted once (domain.md §1.8). OKX's current text says liab "includes the
  // borrowed amount as well as interest", and the API's example fits it (upl = pos − margin −
  // |liab| × markPx): the principal is |liab| − interest. The older reading (liab = principal and
  // deducted interest, `interest` not yet deducted: owed |liab| + interest) is the option.
  const double owed = std::fabs(*liab);
  const bool liabHasInterest = o.liabIncludesInterest.value_or(true);
  const double principal = liabHasInterest && interest ? owed - *interest : owed;
  if (principal <= 0) return e.fail_at("liab", "leaves nothing borrowed (less the interest, as liab counts it)");
  e.take("liab", "position.liability", principal,
         liabHasInterest ? "|liab| less the interest: liab counts it (OKX sends it negative); the scenario adds the "
                           "interest back, so what is owed is |liab|"
                         : "|liab|: options.liabIncludesInterest false, so the interest is owed on top (domain.md §1.8)",
         "liabIncludesInterest");
  if (interest) e.take("interest", "position.interest", *interest, "unpaid interest, in liabCcy");
  else e.ignore("interest", "empty: no unpaid interest");
  e.take("margin", "position.margin", *margin, "in ccy");
  apply(e, kMargin);
  fee_from_options(e, o, 0.001,
                   "not in the entry: OKX's Lv1 (regular user) spot taker rate, 0.100% (okx.com/fees); "
                   "give options.takerFee for yours");
  if (rates_from_options(e, o)) {
    if (baseMargin)
      e.check("mmr", "risk.maintenanceMargin", "OKX's maintenance margin in ccy; ours in the quote coin ÷ the mark",
              '/', "markPrice");
    else
      e.check("mmr", "risk.maintenanceMargin", "OKX's maintenance margin, in ccy");
    return;
  }
  const auto mm = e.number("mmr");
  if (!e.ok()) return;
  if (!mm)
    return e.fail("options.tiers", "is required: the entry's mmr (the maintenance margin) is empty; give "
                                   "options.tiers (a preset or GET /api/v5/public/position-tiers rows) or options.mmr");
  SpotPosition p;
  p.side = isLong ? Side::Long : Side::Short;
  p.marginCoin = baseMargin ? MarginCoin::Base : MarginCoin::Quote;
  p.assets = assets;
  p.principal = principal;
  p.interest = interest.value_or(0);
  p.margin = *margin;
  const auto rate = mmr_for_maintenance_margin(book_of(p), *mark, baseMargin ? *mm * *mark : *mm);
  const char* why = "an amount, not a rate: the rate is this MM ÷ the liability's value at the mark; give "
                    "options.tiers for OKX's tier table";
  if (rate) e.take("mmr", "mmr", *rate, why, "tiers");
  else e.take("mmr", "mmr", static_cast<const char*>(nullptr), why, "tiers");
}

// SWAP / FUTURES: pos in contracts (signed in net mode), margin in ccy; ctVal comes from
// GET /api/v5/public/instruments, or is read back from notionalUsd.
void map_contract(Entry& e, const PasteOptions& o, const Instrument& in) {
  const auto ccy = e.text("ccy");
  const auto pos = e.number("pos", true);
  const auto mark = e.number("markPx", true);
  if (!e.ok()) return;
  // ctVal is read back at the mark, from the size: both in range first.
  if (!e.within("markPx", *mark, kMaxPrice) || (*pos != 0 && !e.within("pos", std::fabs(*pos), kMaxAmount))) return;
  if (ccy && *ccy != in.base && *ccy != in.quote)
    return e.fail_at("ccy", one_of(in));
  const bool inverse = ccy ? *ccy == in.base : in.quote == "USD";
  if (ccy)
    e.take("ccy", "contract.type", inverse ? "inverse" : "linear",
           inverse ? "the margin is in the base coin: coin-margined" : "the margin is in the quote coin");
  else
    e.assume("contract.type", inverse ? "inverse" : "linear",
             inverse ? "ccy is empty; quoted in USD: coin-margined" : "ccy is empty; not quoted in USD: linear");
  if (*pos == 0) return e.fail_at("pos", "is 0: no open position");
  const auto posSide = e.text("posSide");
  if (posSide && *posSide != "net" && *posSide != "long" && *posSide != "short")
    return e.fail_at("posSide", "must be \"long\", \"short\" or \"net\"");
  const bool hedge = posSide && *posSide != "net";
  const bool isLong = hedge ? *posSide == "long" : *pos > 0;
  e.set("side", isLong ? "long" : "short");
  if (posSide)
    e.take("posSide", "positionMode", hedge ? "hedge" : "one-way",
           hedge ? "long/short mode: the side is the word" : "net mode: the sign of pos gives the side");
  const double contracts = std::fabs(*pos);
  e.take("pos", "position.contracts", contracts,
         cat({"contracts; a ", isLong ? "long" : "short", hedge ? "" : " by its sign"}));
  const auto notionalUsd = e.number("notionalUsd");
  if (!e.ok()) return;
  if (o.ctVal) {
    e.given_option("ctVal", "contract.ctVal", *o.ctVal);
    e.check("notionalUsd", inverse ? "size" : "notional",
            inverse ? "the size in USD" : "ours in the quote coin (USDT or USDC, ≈ USD)");
  } else if (notionalUsd) {
    if (!e.within("notionalUsd", *notionalUsd, kMaxAmount)) return;
    // Linear: notionalUsd = pos × ctVal × markPx (quote ≈ USD); inverse: pos × ctVal in USD.
    const double read = inverse ? *notionalUsd / contracts : *notionalUsd / (contracts * *mark);
    const double ctVal = nice_size(read);
    if (ctVal == 0)
      return e.fail("options.ctVal", cat({"is required: ctVal is not in the entry, and notionalUsd ÷ (pos", inverse ? "" : " × markPx",
                                          ") = ", plain_number(read), " is no contract size OKX uses (GET /api/v5/public/instruments)"}));
    e.take("notionalUsd", "contract.ctVal", ctVal,
           cat({"ctVal is not in the entry: notionalUsd ÷ (pos", inverse ? "" : " × markPx", ") = ", plain_number(read),
                ", the nearest contract size; give options.ctVal (GET /api/v5/public/instruments)"}),
           "ctVal");
  } else {
    return e.fail("options.ctVal", "is required: ctVal is not in the entry (GET /api/v5/public/instruments), "
                                   "and notionalUsd is empty");
  }
  if (o.multiplier) e.given_option("multiplier", "contract.multiplier", *o.multiplier);
  else e.assume("contract.multiplier", 1.0, "ctMult is not in the entry: 1 assumed", "multiplier");
  if (auto margin = e.number("margin", !e.given("lever")))
    e.take("margin", "position.margin", *margin, "the isolated margin, without the unrealised PnL");
  apply(e, kContract);
  e.assume("model", "okx", "OKX's own formulas (docs/formulas.md); compare: true shows the other exchanges'");
  fee_from_options(e, o, 0.0005,
                   "not in the entry: OKX's Lv1 (regular user) taker rate for perpetuals and futures, 0.050% "
                   "(okx.com/fees); give options.takerFee for yours");
  if (rates_from_options(e, o)) return e.check("mmr", "maintenanceMargin", "OKX's maintenance margin, in ccy");
  if (auto mm = e.number("mmr"))
    return e.take("mmr", "position.maintenanceMargin", *mm,
                  "an amount, not a rate: with no tier table the rate is this MM ÷ the notional at the mark; give "
                  "options.tiers (GET /api/v5/public/position-tiers) for OKX's tiers",
                  "tiers");
  if (e.ok())
    e.fail("options.tiers", "is required: the entry's mmr (the maintenance margin) is empty; give options.tiers "
                            "(GET /api/v5/public/position-tiers rows) or options.mmr");
}

}  // namespace

void map_okx(Entry& e, const PasteOptions& o) {
  const auto instType = e.text("instType", true);
  const auto instId = e.text("instId", true);
  const auto mgnMode = e.text("mgnMode", true);
  if (!e.ok()) return;
  if (*instType == "OPTION")
    return e.fail_at("instType", "is \"OPTION\": options positions are not mapped from a paste (enter them as an option scenario)");
  if (*instType != "MARGIN" && *instType != "SWAP" && *instType != "FUTURES")
    return e.fail_at("instType", "must be \"MARGIN\", \"SWAP\" or \"FUTURES\"");
  if (*mgnMode != "isolated")
    return e.fail_at("mgnMode", not_isolated(*mgnMode));
  Instrument in;
  if (!split_inst(*instId, in)) return e.fail_at("instId", "must look like \"BTC-USDT\" or \"BTC-USDT-SWAP\"");
  const char* product = *instType == "MARGIN" ? "spot-margin" : *instType == "SWAP" ? "perpetual" : "futures";
  e.take("instType", "product", product);
  e.take_text("instId", "pair", cat({in.base, "/", in.quote}), "labels");
  e.note("mgnMode", "isolated: the position is judged alone");
  if (*instType == "MARGIN") map_margin(e, o, in);
  else map_contract(e, o, in);
  apply(e, kInformational);
}

Candidate probe_okx(const json& j, const std::string& path) {
  Candidate c;
  c.instrument = field_text(j, "instId");
  c.marginMode = field_text(j, "mgnMode");
  c.size = field_text(j, "pos");
  const std::string type = field_text(j, "instType"), posSide = field_text(j, "posSide");
  Instrument in;
  if (type == "MARGIN") c.side = !split_inst(c.instrument, in) ? "" : field_text(j, "posCcy") == in.base ? "long" : "short";
  else c.side = posSide == "long" || posSide == "short" ? posSide : c.size.empty() ? "" : c.size[0] == '-' ? "short" : "long";
  if (c.marginMode != "isolated") {
    c.reason = c.marginMode.empty() ? "has no margin mode" : cat({"is ", c.marginMode, " margin"});
    c.reasonField = join(path, "mgnMode");
  } else if (type == "OPTION") {
    c.reason = "is an option";
    c.reasonField = join(path, "instType");
  } else if (c.size.empty() || zero_text(c.size)) {
    c.reason = "holds no position";
    c.reasonField = join(path, "pos");
  }
  return c;
}

}  // namespace isomargin::codec
