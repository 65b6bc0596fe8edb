// Reads one JSON object field by field, keeping its path and the first error met. Every
// accessor checks the type before it reads, so nlohmann_json never throws here.
#pragma once
#include <cmath>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "isomargin/error.hpp"
#include "isomargin/monte_carlo.hpp"
#include "isomargin/open.hpp"
#include "isomargin/path.hpp"
#include "isomargin/risk.hpp"
#include "isomargin/tiers.hpp"
#include "isomargin/warning.hpp"

namespace isomargin::codec {

using json = nlohmann::ordered_json;  // keeps fields in the order written

class Reader {
 public:
  Reader(const json& j, std::string path, std::optional<FieldError>& error);

  bool ok() const { return !error_.has_value(); }
  bool has(const char* key) const;
  const std::string& path() const { return path_; }
  std::string at(const char* key) const;

  // Missing optional fields are nothing; missing required fields are an error.
  std::optional<double> number(const char* key, bool required = false);
  // A number, or a decimal in a string as exchange APIs send them ("0.004"); "" is not given.
  std::optional<double> decimal(const char* key, bool required = false);
  // A whole number in [lo, hi] (a count, a tier, a seed): 1.9, −1 or 1e300 is an error naming
  // the field, found before any conversion (casting an out-of-range double is undefined).
  std::optional<long long> whole(const char* key, long long lo, long long hi, bool required = false);
  // The same check on a value already read (a tier row's number may be a decimal string).
  std::optional<long long> whole(std::optional<double> x, const char* key, long long lo, long long hi);
  std::optional<bool> boolean(const char* key);
  std::optional<std::string> text(const char* key, bool required = false);
  // One of `choices`, or an error listing them.
  std::optional<std::string> choice(const char* key, std::initializer_list<const char*> choices,
                                    bool required = false);
  // A nested object or array; null when absent or of the wrong type (error set).
  const json* object(const char* key, bool required = false);
  const json* array(const char* key, bool required = false);

  // Any key not in `known` is an error naming it: a typo must not be silently ignored.
  void only(std::initializer_list<const char*> known);
  void fail(std::string field, std::string message);

 private:
  const json* find(const char* key, bool required);
  const json& j_;
  std::string path_;
  std::optional<FieldError>& error_;
};

// Reads a JSON value that must be an object at `path`.
bool expect_object(const json& j, const std::string& path, std::optional<FieldError>& error);

// A number read from a bare JSON value (array element), same rules as Reader::number.
std::optional<double> read_number(const json& v, const std::string& path,
                                  std::optional<FieldError>& error);
// The same for Reader::whole.
std::optional<long long> read_whole(const json& v, const std::string& path, long long lo, long long hi,
                                    std::optional<FieldError>& error);

std::string join(const std::string& path, const char* key);
// A key as written in an error's path: "order.lev", or order["\u0000x"] and [""] for a key that
// is empty or holds a control character, quote, backslash, dot or bracket.
std::string key_path(const std::string& path, const std::string& key);

// One tier row in OKX's position-tiers shape.
json tier_json(const Tier& t);
// Allowed but worth a look (an unused field): {field, message} rows for a report's warnings.
json warnings_json(const std::vector<FieldError>& warnings);
// The fields given that change nothing, then the report's own warnings.
std::vector<FieldError> all_warnings(const std::vector<FieldError>& unused, const Warnings& report);

// Builds one object a field at a time. Each field is a call rather than an inlined
// initializer list: that keeps the wasm module small (docs/benchmarks.md).
class Out {
 public:
  Out& num(const char* key, std::optional<double> x) {
    return put(key, x && std::isfinite(*x) ? json(*x) : json(nullptr));
  }
  Out& str(const char* key, const std::string& s) { return put(key, json(s)); }
  Out& flag(const char* key, bool b) { return put(key, json(b)); }
  Out& whole(const char* key, int n) { return put(key, json(n)); }
  Out& put(const char* key, json v) {
    j_[key] = std::move(v);
    return *this;
  }
  json done() { return std::move(j_); }

 private:
  json j_ = json::object();
};

// {status, price, trigger, reachedAtMark}: a price, or why there is none.
Out level_json(const PriceLevel& l, double mark);
// The same without a mark price: reachedAtMark is null.
json level_without_mark(const PriceLevel& l);
const char* side_name(Side s);

struct Labels;
// Shared by the spot and contract decoders.
std::vector<Fill> read_fills(const json& list, const std::string& path, std::optional<FieldError>& error);
// OKX's rows as its API sends them: numbers or decimal strings; its descriptive fields
// (instFamily, uly, …) are read past, with one notice in `unused`.
TierTable read_tier_rows(const json& list, const std::string& path, std::optional<FieldError>& error,
                         std::vector<FieldError>* unused = nullptr);
void read_pair(Reader& r, Labels& labels);
// "path": {"prices": [...]} or {"from", "to", "steps"}.
std::optional<PathInput> read_path(Reader& r, std::optional<FieldError>& error);
// The names used in reports.
const char* state_name(RiskState s);
const char* event_name(PathEventKind k);

// The liquidation state at the mark, spot or contract; the caller adds its own fields.
template <class State, class StepJson>
Out state_out(const State& s, double alertRatio, StepJson step_json) {
  json steps = json::array();
  for (const auto& st : s.steps) steps.push_back(step_json(st));
  Out o;
  o.str("name", state_name(s.state))
      .num("marginRatio", s.marginRatio)
      .num("alertRatio", alertRatio)
      .flag("ordersCancelled", s.ordersCancelled)
      .put("partialSteps", std::move(steps))
      .num("finalMarginRatio", s.finalMarginRatio);
  return o;
}

// One partial step that closes contracts (swaps, futures, options): the same fields for both.
template <class Step>
json contracts_step_json(const Step& st) {
  return Out()
      .whole("tierBefore", st.tierBefore)
      .whole("tierAfter", st.tierAfter)
      .num("contractsClosed", st.contractsClosed)
      .num("fee", st.fee)
      .num("realizedPnl", st.realizedPnl)
      .num("marginAfter", st.marginAfter)
      .num("marginRatioAfter", st.marginRatioAfter)
      .done();
}

// A path's points and events, spot or contract; the caller adds what the position became.
template <class Run, class StepJson>
Out timeline_out(const Run& run, StepJson step_json) {
  json points = json::array();
  for (const PathPoint& p : run.points)
    points.push_back(Out().num("price", p.price).num("marginRatio", p.marginRatio).str("state", state_name(p.state)).done());
  json events = json::array();
  for (const auto& e : run.events)
    events.push_back(Out()
                         .whole("index", static_cast<int>(e.index))
                         .num("price", e.price)
                         .str("kind", event_name(e.kind))
                         .num("marginRatio", e.marginRatio)
                         .put("step", e.step ? step_json(*e.step) : json(nullptr))
                         .done());
  Out o;
  o.put("points", std::move(points)).put("events", std::move(events)).flag("fullyLiquidated", run.fullyLiquidated);
  return o;
}

// Parses text without throwing; the error keeps the parser's message. Objects and arrays may
// nest kMaxDepth deep (a scenario needs 4).
constexpr int kMaxDepth = 64;
Outcome<json> parse_text(std::string_view text);

// The report's "monteCarlo": shares, expected loss, histogram and the raw tally to merge.
json monte_carlo_json(const MonteCarloResult& m);

}  // namespace isomargin::codec
