// The shared vectors file, run through the scenario codec and the core. The same file is run
// against the wasm module by tests/wasm/vectors.test.mjs.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "isomargin/codec.hpp"

using nlohmann::json;

namespace {

const json& vectors() {
  static const json v = [] {
    std::ifstream in(ISOMARGIN_VECTORS);
    REQUIRE(in.good());
    return json::parse(in);
  }();
  return v;
}

// "a.b[2].c" → the value in the report; null (a json discarded value) when absent.
const json* at_path(const json& root, const std::string& path) {
  const json* cur = &root;
  std::size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '.') ++i;
    if (path[i] == '[') {
      const std::size_t end = path.find(']', i);
      const std::size_t n = std::stoul(path.substr(i + 1, end - i - 1));
      if (!cur->is_array() || n >= cur->size()) return nullptr;
      cur = &(*cur)[n];
      i = end + 1;
      continue;
    }
    const std::size_t end = path.find_first_of(".[", i);
    const std::string key = path.substr(i, end == std::string::npos ? end : end - i);
    if (!cur->is_object() || !cur->contains(key)) return nullptr;
    cur = &(*cur)[key];
    i = end == std::string::npos ? path.size() : end;
  }
  return cur;
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
      const json report = json::parse(out.json);
      for (const json& e : c["expect"]) {
        const std::string path = e[0];
        INFO("path: " << path);
        const json* got = at_path(report, path);
        REQUIRE(got != nullptr);
        if (e.size() == 3) {
          REQUIRE(got->is_number());
          CHECK_THAT(got->get<double>(), Catch::Matchers::WithinAbs(e[1].get<double>(),
                                                                    e[2].get<double>()));
        } else {
          CHECK(*got == e[1]);
        }
      }
    }
  }
}

TEST_CASE("vectors: every bad input names its field and nothing crashes", "[vectors][bad]") {
  const json& v = vectors();
  REQUIRE(v["badInput"].size() >= 40);
  for (const json& b : v["badInput"]) {
    const std::string name = b["name"];
    SECTION(name) {
      std::string text;
      if (b.contains("text")) {
        text = b["text"];
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
