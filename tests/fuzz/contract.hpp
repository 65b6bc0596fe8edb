// What every text entry point promises, checked on each fuzz input: the answer is JSON; a
// failure is exactly {"error": {"field", "message"}} with both non-empty; a report is an object
// without "error" that re-parses to itself. Any breach aborts, which libFuzzer reports.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

namespace fuzz {

using json = nlohmann::ordered_json;

[[noreturn]] inline void breach(const char* what, const std::string& text) {
  std::fprintf(stderr, "contract broken: %s\n%.2000s\n", what, text.c_str());
  std::abort();
}

inline json parse_or_die(const std::string& text) {
  json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) breach("the answer is not JSON", text);
  return j;
}

inline void check_error(const std::string& text) {
  const json j = parse_or_die(text);
  if (!j.is_object() || j.size() != 1 || !j.contains("error")) breach("not {\"error\": …}", text);
  const json& e = j["error"];
  if (!e.is_object() || e.size() != 2) breach("error is not {field, message}", text);
  for (const char* key : {"field", "message"})
    if (!e.contains(key) || !e[key].is_string() || e[key].get_ref<const std::string&>().empty())
      breach("error.field or error.message is missing or empty", text);
}

// A report: an object with no "error", and dumping what was parsed gives the same text back.
inline json check_report(const std::string& text) {
  json j = parse_or_die(text);
  if (!j.is_object() || j.contains("error")) breach("a report must be an object without \"error\"", text);
  if (j.dump(-1, ' ', false, json::error_handler_t::strict) != text) breach("the report does not re-parse to itself", text);
  return j;
}

}  // namespace fuzz
