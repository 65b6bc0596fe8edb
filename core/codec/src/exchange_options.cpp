// options.tiers for a paste: the scenario's own tiers object, or a tier table as an exchange's
// API sends it, turned into one — OKX GET /api/v5/public/position-tiers (rows as they come),
// Binance GET /fapi/v1/leverageBracket (one symbol's brackets), Bybit GET /v5/market/risk-limit
// (rows turned into brackets). exchange-apis.md §2, §3, §4.
#include "exchange.hpp"

namespace isomargin::codec {

namespace {

const json* member(const json& v, const char* key) {
  const auto it = v.is_object() ? v.find(key) : v.end();
  return it == v.end() ? nullptr : &*it;
}

// Bybit's rows are caps of position value: each tier runs from the previous cap to its own.
// Its docs print the rates as percent in one example and as fractions in others: when
// initialMargin × maxLeverage is near 100 they are percent (exchange-apis.md §4).
json bybit_brackets(const json& list, const std::string& path, std::optional<FieldError>& error) {
  json brackets = json::array();
  bool anyDeduction = false;
  for (const json& row : list) anyDeduction = anyDeduction || !field_text(row, "mmDeduction").empty();
  double floor = 0, scale = 1;
  for (std::size_t i = 0; i < list.size() && !error; ++i) {
    const std::string at = index_path(path, i);
    if (!expect_object(list[i], at, error)) break;
    Reader r(list[i], at, error);
    const double cap = r.decimal("riskLimitValue", true).value_or(0);
    const double mm = r.decimal("maintenanceMargin", true).value_or(0);
    const double im = r.decimal("initialMargin").value_or(0);
    const double lev = r.decimal("maxLeverage", true).value_or(0);
    const auto deduction = r.decimal("mmDeduction");
    if (i == 0 && im * lev > 10) scale = 100;
    Out b;
    b.whole("bracket", static_cast<int>(i + 1))
        .num("notionalFloor", floor)
        .num("notionalCap", cap)
        .num("maintMarginRatio", mm / scale)
        .num("initialLeverage", lev);
    // "" on the first tier is a deduction of 0 when the others give theirs.
    if (anyDeduction) b.num("cum", deduction.value_or(0));
    brackets.push_back(b.done());
    floor = cap;
  }
  return Out().put("brackets", std::move(brackets)).done();
}

}  // namespace

json tiers_option(const json& v, std::optional<FieldError>& error) {
  const std::string path = "options.tiers";
  if (const json* data = member(v, "data"); data && data->is_array())  // OKX's response
    return Out().put("rows", *data).done();
  if (const json* result = member(v, "result")) {  // Bybit's response
    const json* list = member(*result, "list");
    if (list && list->is_array()) return bybit_brackets(*list, path + ".result.list", error);
  }
  if (member(v, "symbol") && member(v, "brackets")) return Out().put("brackets", *member(v, "brackets")).done();
  if (v.is_object()) return v;  // the scenario's form: {preset}, {rows} or {brackets}
  if (v.is_array() && !v.empty() && v[0].is_object()) {
    const json& first = v[0];
    if (member(first, "tier")) return Out().put("rows", v).done();
    if (member(first, "bracket")) return Out().put("brackets", v).done();
    if (member(first, "riskLimitValue")) return bybit_brackets(v, path, error);
    if (member(first, "brackets")) {
      if (v.size() == 1) return Out().put("brackets", *member(first, "brackets")).done();
      error = FieldError{path, "holds the brackets of " + std::to_string(v.size()) +
                                   " symbols: give the one of this position's symbol"};
      return nullptr;
    }
  }
  error = FieldError{path, "must be a tiers object ({preset}, {rows} or {brackets}) or a tier table as OKX, "
                           "Binance or Bybit send it"};
  return nullptr;
}

}  // namespace isomargin::codec
