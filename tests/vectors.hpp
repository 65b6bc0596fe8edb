// The shared vectors file, paths into a report and its [path, value, tolerance] rows, for the
// Catch2 files that read them.
#pragma once
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

namespace isomargin::test {

inline const nlohmann::json& vectors() {
  static const nlohmann::json v = [] {
    std::ifstream in(ISOMARGIN_VECTORS);
    REQUIRE(in.good());
    return nlohmann::json::parse(in);
  }();
  return v;
}

// "a.b[2].c" → the value in the report; nullptr when absent.
inline const nlohmann::json* at_path(const nlohmann::json& root, const std::string& path) {
  const nlohmann::json* cur = &root;
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

// Each [path, value, tolerance] row against the report; without a tolerance, exactly.
inline void check_expect(const nlohmann::json& report, const nlohmann::json& expect) {
  for (const nlohmann::json& e : expect) {
    const std::string path = e[0];
    INFO("path: " << path);
    const nlohmann::json* got = at_path(report, path);
    REQUIRE(got != nullptr);
    if (e.size() == 3) {
      REQUIRE(got->is_number());
      CHECK_THAT(got->get<double>(), Catch::Matchers::WithinAbs(e[1].get<double>(), e[2].get<double>()));
    } else {
      CHECK(*got == e[1]);
    }
  }
}

}  // namespace isomargin::test
