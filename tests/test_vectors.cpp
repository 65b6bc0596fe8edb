// The shared vectors file, run through the scenario codec and the core. The same file is run
// against the wasm module by tests/wasm/vectors.test.mjs.
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "isomargin/codec.hpp"
#include "vectors.hpp"

using nlohmann::json;

namespace {

using isomargin::test::at_path;
using isomargin::test::check_expect;
using isomargin::test::vectors;

// JSON has no NaN or ±Infinity: the vectors write them as strings, as the JS API sends them.
// {"from", "to", "count"} stands for that many evenly spaced prices.
std::vector<double> prices_of(const json& list) {
  std::vector<double> out;
  if (list.is_object()) {
    const double from = list["from"], to = list["to"];
    const int n = list["count"];
    for (int i = 0; i < n; ++i) out.push_back(from + (to - from) * i / (n - 1));
    return out;
  }
  for (const json& p : list) out.push_back(p.is_string() ? std::stod(p.get<std::string>()) : p.get<double>());
  return out;
}

// A bad input's text: a string, or [piece, times] pairs for inputs too long to write out.
std::string text_of(const json& text) {
  if (text.is_string()) return text;
  std::string out;
  for (const json& part : text)
    for (int i = 0; i < part[1].get<int>(); ++i) out += part[0].get<std::string>();
  return out;
}

}  // namespace

TEST_CASE("vectors: every case evaluates to its sourced numbers", "[vectors]") {
  for (const json& c : vectors()["cases"]) {
    const std::string name = c["name"];
    SECTION(name) {
      INFO("source: " << c["source"].get<std::string>());
      const auto out = isomargin::codec::evaluate_text(c["scenario"].dump());
      INFO(out.json);
      REQUIRE(out.ok);
      check_expect(json::parse(out.json), c["expect"]);
    }
  }
}

TEST_CASE("vectors: every sweep gives its sourced numbers at each price", "[vectors][sweep]") {
  REQUIRE(vectors()["sweeps"].size() >= 3);
  const std::vector<std::string> states = isomargin::codec::state_names();
  for (const json& c : vectors()["sweeps"]) {
    const std::string name = c["name"];
    SECTION(name) {
      INFO("source: " << c["source"].get<std::string>());
      const auto out = isomargin::codec::sweep_text(c["scenario"].dump(), prices_of(c["prices"]));
      INFO(out.error);
      REQUIRE(out.ok);
      REQUIRE(out.pnl.size() == c["prices"].size());
      // The same columns the wasm module hands over, with NaN as null and states by name.
      json report = {{"pnl", json::array()}, {"marginRatio", json::array()}, {"state", json::array()}};
      auto value = [](double x) { return std::isnan(x) ? json(nullptr) : json(x); };
      for (std::size_t i = 0; i < out.pnl.size(); ++i) {
        report["pnl"].push_back(value(out.pnl[i]));
        report["marginRatio"].push_back(value(out.marginRatio[i]));
        report["state"].push_back(states.at(out.state[i]));
      }
      check_expect(report, c["expect"]);
    }
  }
}

TEST_CASE("vectors: every bad sweep names its field", "[vectors][sweep][bad]") {
  const json& v = vectors();
  for (const json& b : v["badSweeps"]) {
    const std::string name = b["name"];
    SECTION(name) {
      json scenario = v["bases"][b["base"].get<std::string>()];
      if (b.contains("patch")) scenario.merge_patch(b["patch"]);
      const auto out = isomargin::codec::sweep_text(scenario.dump(), prices_of(b["prices"]));
      INFO(out.error);
      REQUIRE_FALSE(out.ok);
      const json err = json::parse(out.error);
      CHECK(err["error"]["field"] == b["field"]);
    }
  }
}

TEST_CASE("sweep: more than 100,000 prices is an error, 100,000 is not", "[sweep][bad]") {
  const std::string scenario = vectors()["bases"]["position"].dump();
  CHECK(isomargin::codec::sweep_text(scenario, std::vector<double>(100000, 29000)).ok);
  const auto out = isomargin::codec::sweep_text(scenario, std::vector<double>(100001, 29000));
  REQUIRE_FALSE(out.ok);
  CHECK(json::parse(out.error)["error"]["field"] == "prices");
}

TEST_CASE("vectors: every bad input names its field and nothing crashes", "[vectors][bad]") {
  const json& v = vectors();
  REQUIRE(v["badInput"].size() >= 40);
  for (const json& b : v["badInput"]) {
    const std::string name = b["name"];
    SECTION(name) {
      std::string text;
      if (b.contains("text")) {
        text = text_of(b["text"]);
      } else {
        json scenario = v["bases"][b["base"].get<std::string>()];
        scenario.merge_patch(b["patch"]);
        text = scenario.dump();
      }
      INFO(text);
      const auto out = isomargin::codec::evaluate_text(text);
      INFO(out.json);
      REQUIRE_FALSE(out.ok);
      const json err = json::parse(out.json);
      CHECK(err["error"]["field"] == b["field"]);
      CHECK_FALSE(err["error"]["message"].get<std::string>().empty());
    }
  }
}

TEST_CASE("vectors: the bases themselves are valid scenarios", "[vectors]") {
  for (const auto& [name, scenario] : vectors()["bases"].items()) {
    INFO(name);
    CHECK(isomargin::codec::evaluate_text(scenario.dump()).ok);
  }
}
