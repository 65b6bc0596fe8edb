// Every explanation of every vector case: its value is the report's value at its quantity path,
// and its substituted line, evaluated, gives that value — within 1e-13 per exactly printed number
// allow and within the case's own tolerance for that path. The same check runs in wasm
// (tests/wasm/explanations.test.mjs).
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "isomargin/codec.hpp"
#include "isomargin/explain.hpp"
#include "substituted.hpp"
#include "vectors.hpp"

using isomargin::test::at_path;
using isomargin::test::vectors;
using nlohmann::json;

namespace {

json evaluate(const json& scenario) {
  const isomargin::codec::Explainer ex = isomargin::explain::explainer();
  const auto out = isomargin::codec::evaluate_text(scenario.dump(), -1, &ex);
  INFO(out.json);
  REQUIRE(out.ok);
  return json::parse(out.json);
}

// Numbers a person reads off a report: each must be explained wherever the report has it.
const std::set<std::string> kExplained = {
    // spot margin
    "position.assets", "position.liability", "position.margin", "position.entryPrice", "position.principal",
    "position.size", "leverage", "mmr", "tier.tier", "risk.liabilityValue", "risk.netAssets",
    "risk.maintenanceMargin", "risk.liquidationFee", "risk.marginRatio", "liquidationPrice.price",
    "liquidationPrice.distance", "bankruptcyPrice.price", "alertPrice.price", "pnl.mark", "pnl.markPercent",
    "pnl.last", "pnl.lastPercent", "close.returnedToAccount", "close.realizedPnl", "close.realizedPnlPercent",
    "close.reverse.assets", "close.reverse.liability", "close.reverse.margin", "comparison[].assets",
    "comparison[].liability", "comparison[].margin", "comparison[].liquidationPrice.price",
    "state.partialSteps[].principalRepaid", "state.partialSteps[].sizeClosed", "state.partialSteps[].fee",
    "state.partialSteps[].assetsAfter", "state.partialSteps[].liabilityAfter",
    "state.partialSteps[].netAssetsAfter", "state.partialSteps[].marginRatioAfter",
    "timeline.events[].marginRatio", "timeline.events[].step.marginRatioAfter", "liquidationProbability",
    // perpetuals and futures
    "size", "entryPrice", "notional", "initialMargin", "margin", "pnl.markRatio", "pnl.lastRatio", "result.mmr",
    "result.liquidationPrice.price", "result.marginRatio", "result.marginToAdd", "result.distance",
    "comparison[].mmr", "comparison[].marginRatio", "comparison[].vsChosen", "comparisonSpread.spread",
    "calculate.exitPnl", "calculate.exitRoe", "calculate.targetPrice.price", "calculate.maxOpenContracts",
    "availableToClose", "order.realizedPnl", "order.marginReleased", "order.after.margin",
    "order.after.liquidationPrice.price", "order.after.marginRatio", "opposite.liquidationPrice.price",
    "opposite.marginRatio", "state.partialSteps[].contractsClosed", "state.partialSteps[].realizedPnl",
    "state.partialSteps[].marginAfter", "timeline.events[].step.contractsClosed",
    "result.maintenanceMargin", "result.marginUsed", "comparison[].maintenanceMargin", "comparison[].marginUsed",
    "order.after.mmr", "order.after.maintenanceMargin", "order.after.marginUsed", "opposite.mmr",
    "opposite.maintenanceMargin", "opposite.marginUsed", "calculate.tierFor.scaledAmount", "calculate.tierFor.tier",
    "calculate.tierFor.mmr", "calculate.tierFor.imr", "calculate.tierFor.maxLeverage", "calculate.tierFor.cum",
    "calculate.maxLeverage.maxLeverage", "calculate.maxLeverage.notional", "calculate.maxLeverage.contracts",
    // options
    "value", "pnl", "pnlRatio", "marginBalance", "maintenanceMargin", "liquidationFee", "marginRatio", "tier"};

// Every number (and every price, null or not) the report holds, by path.
void leaves(const json& j, const std::string& path, std::map<std::string, const json*>& out) {
  if (j.is_object()) {
    for (const auto& [k, v] : j.items())
      if (k != "explanations" && k != "sweep" && k != "monteCarlo") leaves(v, path.empty() ? k : path + "." + k, out);
  } else if (j.is_array()) {
    for (std::size_t i = 0; i < j.size(); ++i) leaves(j[i], path + "[" + std::to_string(i) + "]", out);
  } else if (j.is_number() || (j.is_null() && path.size() > 6 && path.compare(path.size() - 6, 6, ".price") == 0)) {
    out[path] = &j;
  }
}

std::string pattern(const std::string& path) { return std::regex_replace(path, std::regex(R"(\[\d+\])"), "[]"); }

}  // namespace

TEST_CASE("substituted lines: the evaluator reads the grammar and nothing else", "[explain]") {
  auto value = [](const char* s) { return evaluate_substituted(s).value().value; };
  CHECK(value("110.5 BTC × 29,000 USDT × 4%") == Approx(128180));
  CHECK(value("(1 + 4%) × (1 + 0.01%)") == Approx(1.040104));
  CHECK(value("max(0, −(3 − 5)) + min(1,000, 2)") == Approx(4));
  CHECK(value("1 ÷ (2 × 50)") == Approx(0.01));
  CHECK(value("N(0) + ln(exp(2)) + √(9)") == Approx(5.5));
  CHECK(value("3 1INCH × 2 contracts") == Approx(6));
  const double error = evaluate_substituted("110.5 BTC × 29,000 USDT × 4%")->error;
  CHECK((error > 128180 * 3e-13 && error < 128180 * 5e-13));
  for (const char* bad : {"", "(1 + 2", "1 +", "× 2", "1 - 2", "BTC", "1 2", "min(1)", "ln(−1)", "1e", "2 ÷ ()"})
    CHECK_FALSE(evaluate_substituted(bad).has_value());
}

TEST_CASE("explanations: every vector case, every number explained and consistent", "[explain][vectors]") {
  for (const json& c : vectors()["cases"]) {
    const std::string name = c["name"];
    SECTION(name) {
      json scenario = c["scenario"];
      scenario["explain"] = true;
      const json report = evaluate(scenario);
      REQUIRE(report.contains("explanations"));
      const json& list = report["explanations"];
      REQUIRE(list.is_array());
      // Asking for explanations changes nothing else.
      json plain = report;
      plain.erase("explanations");
      CHECK(plain == evaluate(c["scenario"]));
      std::map<std::string, double> tolerance;
      for (const json& e : c["expect"])
        if (e.size() == 3) tolerance[e[0].get<std::string>()] = e[2].get<double>();
      std::set<std::string> explained;
      for (const json& x : list) {
        const std::string quantity = x["quantity"];
        INFO(quantity << ": " << x.dump());
        CHECK(explained.insert(quantity).second);  // one entry per number
        for (const char* key : {"label", "formula", "substituted", "unit", "source"}) REQUIRE(x[key].is_string());
        CHECK_FALSE(x["source"].get<std::string>().empty());
        // Text a page shows: no file of this repo, no "seed".
        for (const char* key : {"label", "source", "note", "formula"})
          if (x.contains(key))
            CHECK_FALSE(std::regex_search(x[key].get<std::string>(),
                                          std::regex(R"(\.(md|json|cpp|hpp)\b|\bseed\b|docs/|tests/|core/)")));
        const json* got = at_path(report, quantity);
        REQUIRE(got != nullptr);
        CHECK(*got == x["value"]);
        const auto ev = evaluate_substituted(x["substituted"]);
        REQUIRE(ev.has_value());
        if (x["value"].is_number()) {
          const double v = x["value"];
          CHECK(std::fabs(ev->value - v) <= 2 * ev->error + 1e-300);
          if (tolerance.count(quantity)) CHECK(std::fabs(ev->value - v) <= tolerance[quantity]);
        } else {
          // A price that does not exist: the formula gives no positive finite number, and says so.
          CHECK((!std::isfinite(ev->value) || ev->value <= 0));
          CHECK(x.contains("note"));
        }
      }
      std::map<std::string, const json*> numbers;
      leaves(report, "", numbers);
      for (const auto& [path, v] : numbers) {
        INFO("reported but not explained: " << path);
        const bool beyondCap = path.rfind("timeline.events[", 0) == 0 && std::stoul(path.substr(16)) >= 64;
        if (kExplained.count(pattern(path)) && !beyondCap) CHECK(explained.count(path) == 1);
      }
    }
  }
}

TEST_CASE("explanations: the issue's example, 110.5 × 29,000 × 4% = 128,180", "[explain]") {
  json s = vectors()["bases"]["position"];
  s["explain"] = true;
  const json report = evaluate(s);
  const json* mm = nullptr;
  for (const json& x : report["explanations"])
    if (x["quantity"] == "risk.maintenanceMargin") mm = &x;
  REQUIRE(mm != nullptr);
  CHECK((*mm)["substituted"] == "110.5 BTC × 29,000 USDT × 4%");
  // The same line in parts, for a page that prints numbers in its reader's locale.
  CHECK((*mm)["substitutedParts"] == json::parse(R"([110.5, " BTC × ", 29000, " USDT × ", 4, "%"])"));
  CHECK((*mm)["value"].get<double>() == Approx(128180));
  CHECK((*mm)["unit"] == "USDT");
}

TEST_CASE("explanations: a module without them names the field", "[explain]") {
  json s = vectors()["bases"]["position"];
  s["explain"] = true;
  const auto out = isomargin::codec::evaluate_text(s.dump());
  REQUIRE_FALSE(out.ok);
  CHECK(json::parse(out.json)["error"]["field"] == "explain");
  s["explain"] = "yes";
  const isomargin::codec::Explainer ex = isomargin::explain::explainer();
  CHECK(json::parse(isomargin::codec::evaluate_text(s.dump(), -1, &ex).json)["error"]["field"] == "explain");
}
