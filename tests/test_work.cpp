// The work one evaluation does is bounded (issue 9): the issue's worst cases, run through the
// codec as the CLI and wasm run them. These never assert a time; ctest's timeout on this file's
// tests (tests/CMakeLists.txt) only stops a regression to the old quadratic scans (221 s).
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

#include "isomargin/codec.hpp"
#include "isomargin/contract_liquidation.hpp"

using nlohmann::json;
using namespace isomargin;

namespace {

// n Binance brackets 10,000 wide (in the notional's unit), mmr rising by 0.001% each, cum as
// §6 chains it, to 6 decimals (8,000 rows then fit in 1 MiB).
json brackets(int n, int width = 10000) {
  json rows = json::array();
  double cum = 0, prev = 0;
  for (int i = 0; i < n; ++i) {
    const double mmr = std::round((0.004 + i * 1e-5) * 1e8) / 1e8;
    if (i > 0) cum = std::round((cum + i * width * (mmr - prev)) * 1e6) / 1e6;
    const long long floor = static_cast<long long>(i) * width;  // whole numbers print shorter
    rows.push_back({{"bracket", i + 1}, {"notionalFloor", floor}, {"notionalCap", floor + width},
                    {"maintMarginRatio", mmr}, {"cum", cum}, {"initialLeverage", 10}});
    prev = mmr;
  }
  return rows;
}

// n spot tiers 1,000 wide, mmr 1% + 0.08% per tier.
json tiers(int n) {
  json rows = json::array();
  for (int i = 0; i < n; ++i)
    rows.push_back({{"tier", i + 1}, {"minSz", i * 1000}, {"maxSz", (i + 1) * 1000}, {"mmr", 0.01 + i * 0.0008},
                    {"imr", 0.02 + i * 0.0008}, {"maxLever", 10}});
  return rows;
}

// A long borrowing `borrowed` quote (new mode borrows the whole notional at entry 100).
json tiered_long(int rows, double borrowed) {
  return {{"side", "long"}, {"marginCoin", "quote"}, {"order", {{"entryPrice", 100}, {"size", borrowed / 100}, {"leverage", 10}}},
          {"markPrice", 100}, {"takerFee", 0.001}, {"tiers", {{"rows", tiers(rows)}}}};
}

json evaluated(const json& scenario) {
  const auto out = codec::evaluate_text(scenario.dump());
  INFO(out.json.substr(0, 400));
  REQUIRE(out.ok);
  return json::parse(out.json);
}

json refused(const json& scenario) {
  const auto out = codec::evaluate_text(scenario.dump());
  REQUIRE_FALSE(out.ok);
  return json::parse(out.json)["error"];
}

}  // namespace

TEST_CASE("8,000 Binance brackets along a 100,000-step path: the bracket holds its own liquidation notional", "[work]") {
  const json s = {{"product", "perpetual"}, {"side", "long"}, {"model", "binance"}, {"contract", {{"type", "linear"}}},
                  {"position", {{"contracts", 1000}, {"entryPrice", 20000}, {"leverage", 10}}}, {"markPrice", 20000},
                  {"tiers", {{"brackets", brackets(8000)}}}, {"path", {{"from", 20000}, {"to", 15000}, {"steps", 100000}}}};
  REQUIRE(s.dump().size() < (1u << 20));
  const json r = evaluated(s);
  const int b = r["result"]["tier"];
  const double notional = 1000 * r["result"]["liquidationPrice"]["price"].get<double>();
  CHECK(notional >= (b - 1) * 10000.0);
  CHECK(notional < b * 10000.0);
  CHECK(r["timeline"]["fullyLiquidated"] == true);
}

TEST_CASE("Binance's bracket by bisection is the one a scan of every bracket finds", "[work][contract]") {
  // The scan the core used to run: the first bracket whose own liquidation notional it holds,
  // else the entry notional's bracket.
  const json table = brackets(300, 1000);
  int checked = 0, reselected = 0;
  for (const char* type : {"linear", "inverse"})
    for (const char* side : {"long", "short"})
      for (double contracts : {1.0, 7.0, 40.0, 130.0, 555.0})
        for (double leverage : {1.0, 3.0, 10.0, 50.0, 125.0}) {
          const bool linear = std::string(type) == "linear";
          // Inverse: contracts of 100 USD, so the notional in coin is contracts × 100 / price.
          const double price = linear ? 1000 : 0.1;
          const json s = {{"product", "perpetual"}, {"side", side}, {"model", "binance"},
                          {"contract", {{"type", type}, {"ctVal", linear ? 1 : 100}}},
                          {"position", {{"contracts", contracts}, {"entryPrice", price}, {"leverage", leverage}}},
                          {"markPrice", price}, {"tiers", {{"brackets", table}}}};
          const auto d = codec::decode_contract(s);
          if (!d.ok()) continue;  // above the table at entry
          const ContractScenario& sc = d.value().scenario;
          const ContractPosition p = settled_position(sc);
          const auto notional = [&](double at) { return contract_notional(p.contract.kind, size_q(p), at); };
          const std::size_t entry = *find_bracket(sc.brackets, notional(p.entryPrice));
          std::size_t want = entry;
          for (std::size_t i = 0; i < sc.brackets.size(); ++i) {
            ContractRisk r;
            r.mmr = sc.brackets[i].mmr;
            r.maintenanceAmount = sc.brackets[i].cum;
            const PriceLevel l = contract_liquidation(Convention::Binance, p, r);
            if (l.kind == PriceLevel::Kind::At && find_bracket(sc.brackets, notional(l.price)) == i) {
              want = i;
              break;
            }
          }
          INFO(type << " " << side << " " << contracts << " contracts at " << leverage << "x");
          CHECK(evaluate(sc).main.tier == sc.brackets[want].bracket);
          ++checked;
          reselected += want != entry;
        }
  CHECK(checked >= 80);  // of 100: 555 contracts are above the table
  CHECK(reselected >= 20);  // the liquidation price's bracket is not the entry's
}

TEST_CASE("a 1,000-row tier table: 100,000 × 200 Monte Carlo paths at tier 900 are over the work budget", "[work]") {
  json s = tiered_long(1000, 899500);
  s["monteCarlo"] = {{"paths", 100000}, {"steps", 200}, {"volatility", 0.6}, {"days", 30}, {"seed", 1}};
  const json e = refused(s);
  CHECK(e["field"] == "monteCarlo.paths");
  CHECK_THAT(e["message"].get<std::string>(), Catch::Contains("work budget") && Catch::Contains("10000000"));
  // Without the run the position evaluates: 899 partial steps at the mark, then a full liquidation.
  s.erase("monteCarlo");
  CHECK(evaluated(s)["tier"]["tier"] == 900);
}

TEST_CASE("a batch sweep at tier 900: 1,000 prices are inside the budget, 100,000 are not", "[work][sweep]") {
  const std::string s = tiered_long(1000, 899500).dump();
  std::vector<double> prices(1000);
  for (std::size_t i = 0; i < prices.size(); ++i) prices[i] = 50 + 0.1 * i;
  const auto ok = codec::sweep_text(s, prices);
  INFO(ok.error);
  REQUIRE(ok.ok);
  CHECK(ok.state.front() == static_cast<unsigned char>(RiskState::FullLiquidation));
  const auto over = codec::sweep_text(s, std::vector<double>(100000, 100));
  REQUIRE_FALSE(over.ok);
  CHECK(json::parse(over.error)["error"]["field"] == "prices");
}

TEST_CASE("the work budget: exactly 10,000,000 partial steps are accepted, one start more is not", "[work]") {
  // Tier 100 of 100: the mark and 99,999 paths are 100,000 starts × 100 steps.
  json s = tiered_long(100, 99500);
  s["monteCarlo"] = {{"paths", 99999}, {"steps", 1}, {"volatility", 0.01}, {"days", 1}};
  CHECK(evaluated(s)["monteCarlo"]["tally"]["paths"] == 99999);
  s["monteCarlo"]["paths"] = 100000;
  CHECK(refused(s)["field"] == "monteCarlo.paths");
  // The sweep's points are named when they are the larger share.
  json t = tiered_long(1000, 999500);
  t["sweep"] = {{"from", 50}, {"to", 150}, {"points", 10000}};
  t["monteCarlo"] = {{"paths", 5}, {"steps", 1}, {"volatility", 0.01}, {"days", 1}};
  CHECK(refused(t)["field"] == "sweep.points");
}

TEST_CASE("merging Monte Carlo parts: a loss part that would overflow is refused, not summed forever", "[work][mc]") {
  auto part = [](const std::string& lossParts) {
    return R"({"anyLiquidation":0,"fullLiquidation":0,"standardError":0,"expectedLoss":0,"firstLiquidation":[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0],"tally":{"paths":1,"firstPath":0,"pathCount":1,"any":0,"full":0,"lossParts":)" +
           lossParts + "}}";
  };
  const auto over = codec::merge_monte_carlo_text("[" + part("[1e308, 1e308]") + "]");
  REQUIRE_FALSE(over.ok);
  CHECK(json::parse(over.json)["error"]["field"] == "[0].tally.lossParts[0]");
  const auto big = codec::merge_monte_carlo_text("[" + part("[1e300, 1e300]") + "]");
  REQUIRE(big.ok);
  CHECK(json::parse(big.json)["expectedLoss"] == 2e300);
  const auto deep = codec::merge_monte_carlo_text(std::string(100000, '[') + std::string(100000, ']'));
  REQUIRE_FALSE(deep.ok);
  CHECK(json::parse(deep.json)["error"]["field"] == "$");
}
