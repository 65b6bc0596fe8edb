// Issue 9's edges: the state at the mark and reachedAtMark come from one comparison, so around
// a computed liquidation price they never disagree, in every product form and convention.
#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>

#include "isomargin/codec.hpp"

using nlohmann::json;

namespace {

json report(const json& scenario) {
  const auto out = isomargin::codec::evaluate_text(scenario.dump());
  INFO(out.json.substr(0, 300));
  REQUIRE(out.ok);
  return json::parse(out.json);
}

bool liquidating(const json& state) {
  return state["name"] == "partial-liquidation" || state["name"] == "full-liquidation";
}

// The marks around a price: on it, a few ulps either side, inside and outside the 1e-12 band.
std::vector<double> around(double price) {
  std::vector<double> marks{price, std::nextafter(price, 0.0), std::nextafter(price, 2 * price)};
  for (double r : {1e-13, 5e-13, 2e-12, 1e-9, 1e-6}) {
    marks.push_back(price * (1 + r));
    marks.push_back(price * (1 - r));
  }
  return marks;
}

}  // namespace

TEST_CASE("spot margin: liquidating exactly when the mark has reached the liquidation price", "[edges]") {
  int checked = 0;
  for (const char* side : {"long", "short"})
    for (const char* coin : {"base", "quote"})
      for (const char* mode : {"old", "new"})
        for (double leverage : {2.0, 3.0, 7.0, 10.0, 33.0})
          for (double fee : {0.0, 0.001}) {
            json s = {{"side", side}, {"marginCoin", coin}, {"mode", mode}, {"markPrice", 100000}, {"takerFee", fee},
                      {"mmr", 0.03}, {"order", {{"entryPrice", 100000}, {"size", 1}, {"leverage", leverage}}}};
            const auto first = isomargin::codec::evaluate_text(s.dump());
            if (!first.ok) continue;  // old mode lacks two of the eight forms
            const json level = json::parse(first.json)["liquidationPrice"];
            if (level["status"] != "price") continue;
            for (double mark : around(level["price"].get<double>())) {
              s["markPrice"] = mark;
              const json r = report(s);
              INFO(side << " " << coin << " " << mode << " " << leverage << "x, fee " << fee << ", mark " << mark);
              CHECK(liquidating(r["state"]) == r["liquidationPrice"]["reachedAtMark"].get<bool>());
              ++checked;
            }
          }
  CHECK(checked > 500);
}

TEST_CASE("perpetuals: liquidating exactly when the mark has reached the liquidation price, mmr 0 included", "[edges][contract]") {
  int checked = 0;
  for (const char* model : {"okx", "okx-calculator-doc", "binance", "bybit", "bitmex", "gate", "hyperliquid", "phemex", "simple-inverse"})
    for (const char* type : {"linear", "inverse"})
      for (const char* side : {"long", "short"})
        for (double leverage : {3.0, 10.0, 50.0})
          for (double mmr : {0.0, 0.005, 0.02}) {
            json s = {{"product", "perpetual"}, {"side", side}, {"model", model}, {"contract", {{"type", type}, {"ctVal", 100}}},
                      {"position", {{"contracts", 10}, {"entryPrice", 20000}, {"leverage", leverage}}},
                      {"markPrice", 20000}, {"takerFee", 0.0005}, {"mmr", mmr}};
            const auto first = isomargin::codec::evaluate_text(s.dump());
            if (!first.ok) continue;  // a model without this contract type
            const json level = json::parse(first.json)["result"]["liquidationPrice"];
            if (level["status"] != "price") continue;
            for (double mark : around(level["price"].get<double>())) {
              s["markPrice"] = mark;
              const json r = report(s);
              INFO(model << " " << type << " " << side << " " << leverage << "x, mmr " << mmr << ", mark " << mark);
              CHECK(liquidating(r["state"]) == r["result"]["liquidationPrice"]["reachedAtMark"].get<bool>());
              ++checked;
            }
          }
  CHECK(checked > 1000);
}
