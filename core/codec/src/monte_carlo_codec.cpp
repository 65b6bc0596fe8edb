// The Monte Carlo part of a report, and the merge of a run split across workers: each worker
// reports its range's raw tally, the core adds the tallies up (never the page).
#include <cmath>

#include "isomargin/codec.hpp"
#include "isomargin/range.hpp"
#include "reader.hpp"

namespace isomargin::codec {

json monte_carlo_json(const MonteCarloResult& m) {
  json buckets = json::array();
  for (int n : m.firstLiquidation) buckets.push_back(n);
  json parts = json::array();
  for (double x : m.tally.loss.parts()) parts.push_back(x);  // round-trips exactly as JSON
  const MonteCarloTally& t = m.tally;
  return Out()
      .num("anyLiquidation", m.anyLiquidation)
      .num("fullLiquidation", m.fullLiquidation)
      .num("standardError", m.standardError)
      .num("expectedLoss", m.expectedLoss)
      .put("firstLiquidation", std::move(buckets))
      .put("tally", Out()
                        .whole("paths", t.paths)
                        .whole("firstPath", t.firstPath)
                        .whole("pathCount", t.pathCount)
                        .whole("any", t.any)
                        .whole("full", t.full)
                        .put("lossParts", std::move(parts))
                        .done())
      .done();
}

namespace {

// Counts: whole numbers from 0 to 10⁹ (validate() caps a run at 100,000 paths).
constexpr long long kCount = 1000000000;
// A loss part's size: the half-million parts 1 MiB can hold then add up without overflowing,
// which the exact sum needs (an infinite part would never settle into parts again).
constexpr double kMaxLossPart = 1e300;

std::optional<MonteCarloTally> read_part(const json& j, const std::string& at, std::optional<FieldError>& error) {
  if (!expect_object(j, at, error)) return std::nullopt;
  Reader r(j, at, error);
  r.only({"anyLiquidation", "fullLiquidation", "standardError", "expectedLoss", "firstLiquidation", "tally"});
  const json* buckets = r.array("firstLiquidation", true);
  const json* tally = r.object("tally", true);
  if (!r.ok()) return std::nullopt;
  MonteCarloTally t;
  t.firstLiquidation.clear();
  for (std::size_t b = 0; b < buckets->size() && !error; ++b)
    if (auto n = read_whole((*buckets)[b], index_path(r.at("firstLiquidation"), b), 0, kCount, error))
      t.firstLiquidation.push_back(static_cast<int>(*n));
  Reader tr(*tally, r.at("tally"), error);
  tr.only({"paths", "firstPath", "pathCount", "any", "full", "lossParts"});
  int* fields[] = {&t.paths, &t.firstPath, &t.pathCount, &t.any, &t.full};
  const char* names[] = {"paths", "firstPath", "pathCount", "any", "full"};
  for (int k = 0; k < 5; ++k)
    if (auto n = tr.whole(names[k], 0, kCount, true)) *fields[k] = static_cast<int>(*n);
  const json* loss = tr.array("lossParts", true);
  if (!tr.ok()) return std::nullopt;
  for (std::size_t i = 0; i < loss->size() && !error; ++i) {
    const std::string at = index_path(tr.at("lossParts"), i);
    if (auto x = read_number((*loss)[i], at, error)) {
      if (auto e = in_range(*x, at, -kMaxLossPart, false, kMaxLossPart)) error = e;
      else t.loss.add(*x);
    }
  }
  if (error) return std::nullopt;
  return t;
}

}  // namespace

Evaluation merge_monte_carlo_text(std::string_view text) {
  auto dump = [](const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); };
  if (text.size() > (1 << 20)) return {false, dump(encode_error({"$", "is larger than 1 MiB"}))};
  auto parsed = parse_text(text);
  if (!parsed.ok()) return {false, dump(encode_error(parsed.error()))};
  const json& j = parsed.value();
  if (!j.is_array()) return {false, dump(encode_error({"$", "must be an array of Monte Carlo parts"}))};
  std::vector<MonteCarloTally> parts;
  std::optional<FieldError> error;
  for (std::size_t i = 0; i < j.size() && !error; ++i)
    if (auto t = read_part(j[i], index_path("", i), error)) parts.push_back(std::move(*t));
  if (error) return {false, dump(encode_error(*error))};
  auto merged = merge_tallies(parts);
  if (!merged.ok()) return {false, dump(encode_error(merged.error()))};
  return {true, dump(monte_carlo_json(monte_carlo_result(std::move(merged.value()))))};
}

}  // namespace isomargin::codec
