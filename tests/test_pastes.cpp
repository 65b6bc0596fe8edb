// The vectors file's pastes (a position from an exchange's API) through codec::from_exchange_text:
// the scenario made, the account's classifications, the exchange's figures checked, the report.
// The same tables run in wasm (tests/wasm/paste.test.mjs).
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "isomargin/codec.hpp"
#include "isomargin/explain.hpp"
#include "vectors.hpp"

using nlohmann::json;
using isomargin::test::check_expect;
using isomargin::test::vectors;

namespace {

std::string read_file(const std::string& relative) {
  std::string root = ISOMARGIN_VECTORS;
  root.resize(root.size() - std::string("tests/vectors.json").size());
  std::ifstream in(root + relative);
  REQUIRE(in.good());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A row's paste (inline JSON, raw text, or a file of examples/paste/) and its options.
std::string paste_of(const json& row) {
  if (row.contains("text")) return row["text"];
  if (row.contains("file")) return read_file(row["file"]);
  return row["paste"].dump();
}
std::string options_of(const json& row) {
  if (row.contains("optionsText")) return row["optionsText"];
  if (row.contains("optionsFile")) return read_file(row["optionsFile"]);
  return row.contains("options") ? row["options"].dump() : "";
}

const json* find_by_field(const json& list, const json& field) {
  for (const json& r : list)
    if (r["field"] == field) return &r;
  return nullptr;
}

// As the CLI and the wasm module bind it: with the explainer, for options.explain.
const isomargin::codec::Explainer kExplainer = isomargin::explain::explainer();

json paste(const json& row, isomargin::codec::PasteArgs args = {}) {
  const std::string options = options_of(row);
  args.options = options;
  args.explainer = &kExplainer;
  const auto out = isomargin::codec::from_exchange_text(paste_of(row), args);
  INFO(out.json);
  REQUIRE(out.ok);
  return json::parse(out.json);
}

}  // namespace

TEST_CASE("pastes: each maps, classifies, checks and evaluates as derived", "[pastes]") {
  REQUIRE(vectors()["pastes"].size() >= 10);
  for (const json& row : vectors()["pastes"]) {
    SECTION(row["name"].get<std::string>()) {
      INFO("source: " << row["source"].get<std::string>());
      const json out = paste(row);
      check_expect(out, row["expect"]);
      for (const json& m : row["mapping"]) {
        INFO("mapping: " << m.dump());
        const json* found = nullptr;
        if (m[0].is_null()) {  // an assumption, found by where it went
          for (const json& r : out["mapping"])
            if (r["field"].is_null() && r["to"] == m[2]) found = &r;
        } else {
          found = find_by_field(out["mapping"], m[0]);
        }
        REQUIRE(found != nullptr);
        CHECK((*found)["status"] == m[1]);
        if (!m[2].is_null()) CHECK((*found)["to"] == m[2]);
      }
      for (const json& c : row["checks"]) {
        INFO("check: " << c.dump());
        const json* found = find_by_field(out["checks"], c[0]);
        REQUIRE(found != nullptr);
        if (c[1].is_null()) CHECK((*found)["isomargin"].is_null());
        else CHECK_THAT((*found)["isomargin"].get<double>(), Catch::Matchers::WithinAbs(c[1], c[2]));
        CHECK((*found)["agrees"] == c[3]);
      }
    }
  }
}

TEST_CASE("pastes: every field of the entry has one line in the account", "[pastes]") {
  for (const json& row : vectors()["pastes"]) {
    INFO(row["name"].get<std::string>());
    const json out = paste(row);
    const std::string path = out["entry"];
    std::size_t fromEntry = 0;
    for (const json& r : out["mapping"]) {
      if (r["field"].is_null() || r["field"].get<std::string>().rfind("options.", 0) == 0) continue;
      ++fromEntry;
      CHECK(r["status"] != "assumed");
    }
    // The entry, found again in the paste by its path.
    json pasted = json::parse(paste_of(row));
    json entry = path == "$" ? pasted : *isomargin::test::at_path(pasted, path);
    CHECK(fromEntry == entry.size());
  }
}

TEST_CASE("pastes: the scenario made is one eval takes, with the same report", "[pastes]") {
  for (const json& row : vectors()["pastes"]) {
    INFO(row["name"].get<std::string>());
    isomargin::codec::PasteArgs scenarioOnly;
    scenarioOnly.scenarioOnly = true;
    const json scenario = paste(row, scenarioOnly);
    const auto again = isomargin::codec::evaluate_text(scenario.dump(), -1, &kExplainer);
    REQUIRE(again.ok);
    CHECK(json::parse(again.json) == paste(row)["report"]);
  }
}

TEST_CASE("bad pastes: each names its field, in the paste or the options", "[pastes][bad]") {
  REQUIRE(vectors()["badPastes"].size() >= 30);
  for (const json& row : vectors()["badPastes"]) {
    SECTION(row["name"].get<std::string>()) {
      const std::string options = options_of(row);
      isomargin::codec::PasteArgs args;
      args.options = options;
      const auto out = isomargin::codec::from_exchange_text(paste_of(row), args);
      INFO(out.json);
      REQUIRE_FALSE(out.ok);
      const json err = json::parse(out.json);
      CHECK(err["error"]["field"] == row["field"]);
      CHECK_FALSE(err["error"]["message"].get<std::string>().empty());
    }
  }
}
