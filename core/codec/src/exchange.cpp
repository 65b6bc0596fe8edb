// A pasted exchange position in, {scenario, mapping, checks, report} out: the response is
// unwrapped (OKX {"code","data"}, Binance's array, Bybit {"retCode","result":{"list"}}), one
// position picked, mapped (exchange_okx.cpp, …), evaluated, and the exchange's own figures set
// beside the report's. Nothing here throws; every error names its path in the paste.
#include <cmath>

#include "exchange.hpp"
#include "isomargin/codec.hpp"

namespace isomargin::codec {

namespace {

constexpr std::size_t kMaxPasteBytes = 1 << 20;

enum class Exchange { Okx, Binance, Bybit };

const char* name_of(Exchange x) { return x == Exchange::Okx ? "okx" : x == Exchange::Binance ? "binance" : "bybit"; }
const char* label_of(Exchange x) { return x == Exchange::Okx ? "OKX" : x == Exchange::Binance ? "Binance" : "Bybit"; }
const char* endpoint_of(Exchange x) {
  return x == Exchange::Okx       ? "GET /api/v5/account/positions"
         : x == Exchange::Binance ? "GET /fapi/v2/positionRisk (or v3)"
                                  : "GET /v5/position/list";
}

// By the fields only one exchange sends.
std::optional<Exchange> shape_of(const json& e) {
  if (!e.is_object()) return std::nullopt;
  if (e.contains("instId") || e.contains("mgnMode")) return Exchange::Okx;
  if (e.contains("positionAmt")) return Exchange::Binance;
  if (e.contains("avgPrice") || e.contains("positionIdx") || e.contains("positionIM")) return Exchange::Bybit;
  return std::nullopt;
}

const json* member(const json& v, const char* key) {
  const auto it = v.is_object() ? v.find(key) : v.end();
  return it == v.end() ? nullptr : &*it;
}

// "0" and 0 both say all is well (OKX sends a string, Bybit a number).
bool zero_code(const json& c) {
  return (c.is_number() && c.get<double>() == 0) || (c.is_string() && c.get_ref<const std::string&>() == "0");
}

std::string text_of(const json* v) {
  if (!v) return "";
  return v->is_string() ? v->get<std::string>() : v->dump(-1, ' ', false, json::error_handler_t::replace);
}

// An error response: its code and message.
FieldError answered(const json& root, const char* code, const char* msg, const char* who) {
  return {code, cat({"is ", text_of(member(root, code)), ": ", who, " answered with an error (",
                     text_of(member(root, msg)).substr(0, 200), ")"})};
}

// Where the positions are in what was pasted.
struct Response {
  std::optional<Exchange> exchange;
  const json* list = nullptr;  // null: one bare entry (the root)
  std::string listPath, category;
};

Check unwrap(const json& root, Response& r) {
  const json* data = member(root, "data");
  const json* result = member(root, "result");
  if (data && member(root, "code")) {
    if (!zero_code(*member(root, "code")))
      return answered(root, "code", "msg", "OKX");
    if (!data->is_array()) return FieldError{"data", "must be an array of positions"};
    r = {Exchange::Okx, data, "data", ""};
    return std::nullopt;
  }
  if (result || member(root, "retCode")) {
    if (const json* code = member(root, "retCode"); code && !zero_code(*code))
      return answered(root, "retCode", "retMsg", "Bybit");
    const json* list = result ? member(*result, "list") : nullptr;
    if (!list || !list->is_array()) return FieldError{"result.list", "must be an array of positions"};
    const json* category = member(*result, "category");
    r = {Exchange::Bybit, list, "result.list", category && category->is_string() ? category->get<std::string>() : ""};
    return std::nullopt;
  }
  if (root.is_object() && member(root, "code") && member(root, "msg") && !shape_of(root))
    return answered(root, "code", "msg", "the exchange");
  if (root.is_array()) {
    r.list = &root;
    for (const json& e : root)
      if ((r.exchange = shape_of(e))) break;
    return std::nullopt;
  }
  if (!root.is_object())
    return FieldError{"$", "must be a position entry or an exchange's response (an object or an array)"};
  r.exchange = shape_of(root);
  return std::nullopt;
}

std::string entry_path(const Response& r, std::size_t i) { return r.list ? index_path(r.listPath, i) : ""; }

Candidate probe(const Response& r, const json& e, const std::string& path) {
  if (!e.is_object() || shape_of(e) != r.exchange) {
    Candidate c;
    c.reason = !e.is_object() ? "is not an object" : cat({"is not an ", label_of(*r.exchange), " position"});
    c.reasonField = path.empty() ? "$" : path;
    c.foreign = true;
    return c;
  }
  if (r.exchange == Exchange::Okx) return probe_okx(e, path);
  if (r.exchange == Exchange::Binance) return probe_binance(e, path);
  return probe_bybit(e, path, r.category);
}

Check read_options(const json& j, PasteOptions& o) {
  std::optional<FieldError> error;
  if (!expect_object(j, "options", error)) return error;
  Reader r(j, "options", error);
  r.only({"index", "takerFee", "mmr", "tiers", "ctVal", "multiplier", "leverage", "liabIncludesInterest",
          "posIncludesMargin", "explain"});
  if (auto index = r.number("index")) {
    if (r.ok() && (*index != std::floor(*index) || *index < 0 || *index > 1e6))
      r.fail("options.index", "must be a whole number from 0");
    o.index = static_cast<std::size_t>(*index);
  }
  o.takerFee = r.number("takerFee");
  o.mmr = r.number("mmr");
  o.ctVal = r.number("ctVal");
  o.multiplier = r.number("multiplier");
  o.leverage = r.number("leverage");
  o.liabIncludesInterest = r.boolean("liabIncludesInterest");
  o.posIncludesMargin = r.boolean("posIncludesMargin");
  o.explain = r.boolean("explain");
  if (const json* tiers = member(j, "tiers"); tiers && !error) o.tiers = tiers_option(*tiers, error);
  return error;
}

// "a.b[2].c" in a report; null when absent.
const json* at_path(const json& root, const std::string& path) {
  const json* cur = &root;
  std::size_t i = 0;
  while (cur && i < path.size()) {
    const std::size_t end = path.find('.', i);
    const std::string key = path.substr(i, end == std::string::npos ? std::string::npos : end - i);
    cur = member(*cur, key.c_str());
    i = end == std::string::npos ? path.size() : end + 1;
  }
  return cur;
}

std::optional<double> number_at(const json& report, const std::string& path) {
  const json* v = at_path(report, path);
  return v && v->is_number() ? std::optional<double>(v->get<double>()) : std::nullopt;
}

// Half a unit of the last digit the exchange printed: "57870.3" is 57870.3 ± 0.05.
double printed_rounding(const json& pasted) {
  const std::string s = text_of(&pasted);
  if (s.find_first_of("eE") != std::string::npos) return 0;
  const auto dot = s.find('.');
  const std::size_t decimals = dot == std::string::npos ? 0 : s.size() - dot - 1;
  return 0.5 * std::pow(10.0, -static_cast<double>(decimals));
}

json check_json(const CheckSpec& c, const json& report) {
  std::optional<double> ours;
  std::string status;
  if (c.level) {
    const json* level = at_path(report, c.path);
    status = level ? text_of(member(*level, "status")) : "";
    ours = level ? number_at(*level, "price") : std::nullopt;
  } else {
    ours = number_at(report, c.path);
    const auto second = c.op ? number_at(report, c.path2) : std::nullopt;
    if (c.op && ours && second)
      ours = c.op == '+' ? *ours + *second : c.op == '*' ? *ours * *second : *ours / *second;
    else if (c.op)
      ours.reset();
  }
  Out o;
  o.str("field", c.field)
      .put("pasted", c.pasted)
      .str("against", c.op ? cat({c.path, c.op == '+' ? " + " : c.op == '*' ? " * " : " / ", c.path2}) : c.path)
      .num("exchange", c.exchange)
      .num("isomargin", ours);
  if (c.exchange && ours) {
    const double tolerance = printed_rounding(c.pasted);
    const double diff = *ours - *c.exchange;
    o.num("difference", diff)
        .num("relative", *c.exchange != 0 ? std::optional<double>(diff / *c.exchange) : std::nullopt)
        .num("tolerance", tolerance)
        .flag("agrees", std::fabs(diff) <= tolerance * (1 + 1e-12) + 1e-12 * std::fabs(*c.exchange));
  } else {
    // One side says there is no such price (or no ratio): they agree when both say so.
    const bool exchangeNone = c.level && !c.exchange;
    const bool oursNone = c.level ? status != "price" : !ours;
    o.put("difference", nullptr).put("relative", nullptr).put("tolerance", nullptr).flag("agrees", exchangeNone && oursNone);
  }
  if (c.level) o.str("status", status);
  return o.str("note", c.note).done();
}

// An error in the scenario made from the paste names the pasted field it came from.
FieldError to_paste(const FieldError& e, const Entry& entry) {
  auto match = [&e](const AccountRow& r) {
    if (r.to.empty() || r.field.empty()) return false;
    return e.field == r.to || e.field.compare(0, r.to.size() + 1, r.to + ".") == 0 ||
           e.field.compare(0, r.to.size() + 1, r.to + "[") == 0;
  };
  for (const auto* rows : {&entry.rows, &entry.assumed})
    for (const AccountRow& r : *rows)
      if (match(r)) return {r.field + e.field.substr(r.to.size()), cat({e.message, " (as ", e.field, " in the scenario)"})};
  return {e.field, cat({e.message, " (in the scenario made from the paste)"})};
}

// The scenario made, evaluated as `eval` would: the report, or the error it meets.
Outcome<json> evaluated(const json& scenario, const Explainer* explainer) {
  const Evaluation e = evaluate_text(scenario.dump(-1, ' ', false, json::error_handler_t::replace), -1, explainer);
  auto out = parse_text(e.json);
  if (!out.ok() || e.ok) return out;
  const json* err = member(out.value(), "error");
  return FieldError{text_of(err ? member(*err, "field") : nullptr), text_of(err ? member(*err, "message") : nullptr)};
}

// The entry to take: options.index (the mapper then says what is wrong with it, if anything), or
// the first open isolated position.
Outcome<std::size_t> choose(const Response& r, const std::vector<Candidate>& c, std::optional<std::size_t> index) {
  const std::size_t n = c.size();
  if (index && *index >= n)
    return FieldError{"options.index", cat({"is ", std::to_string(*index), ", but the paste holds ", std::to_string(n),
                                            n == 1 ? " position" : " positions"})};
  if (index) {
    if (c[*index].foreign) return FieldError{c[*index].reasonField, c[*index].reason};
    return *index;
  }
  for (std::size_t i = 0; i < n; ++i)
    if (c[i].reason.empty()) return i;
  if (n == 1) return FieldError{c[0].reasonField, cat({c[0].reason, ": nothing to calculate"})};
  std::string why;
  for (std::size_t i = 0; i < n && i < 5; ++i) why += cat({i ? "; " : "", entry_path(r, i), " ", c[i].reason});
  return FieldError{r.listPath.empty() ? "$" : r.listPath,
                    cat({"holds no open isolated position (", why, n > 5 ? "; …)" : ")"})};
}

std::string dump(const json& j, int indent) { return j.dump(indent, ' ', false, json::error_handler_t::replace); }

Outcome<json> paste_json(std::string_view paste, const PasteArgs& args) {
  if (paste.size() > kMaxPasteBytes) return FieldError{"$", "is larger than 1 MiB"};
  auto parsed = parse_text(paste);
  if (!parsed.ok()) return parsed.error();
  PasteOptions options;
  if (!args.options.empty()) {
    auto o = parse_text(args.options);
    if (!o.ok()) return FieldError{"options", o.error().message};
    if (auto e = read_options(o.value(), options)) return *e;
  }
  const json& root = parsed.value();
  Response r;
  if (auto e = unwrap(root, r)) return *e;
  const std::size_t n = r.list ? r.list->size() : 1;
  if (n == 0) return FieldError{r.listPath.empty() ? "$" : r.listPath, "holds no position"};
  if (!r.exchange)
    return FieldError{r.list ? entry_path(r, 0) : "$",
                      "is not a position entry of OKX (instId, mgnMode), Binance (positionAmt) or Bybit "
                      "(avgPrice, positionIdx)"};
  json positions = json::array();
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < n; ++i) {
    const json& e = r.list ? (*r.list)[i] : root;
    candidates.push_back(probe(r, e, entry_path(r, i)));
    const Candidate& c = candidates.back();
    positions.push_back(Out()
                            .whole("index", static_cast<int>(i))
                            .str("path", entry_path(r, i).empty() ? "$" : entry_path(r, i))
                            .str("instrument", c.instrument)
                            .str("side", c.side)
                            .str("size", c.size)
                            .str("marginMode", c.marginMode)
                            .flag("usable", c.reason.empty())
                            .put("reason", c.reason.empty() ? json(nullptr) : json(c.reason))
                            .done());
  }
  const auto pick = choose(r, candidates, options.index);
  if (!pick.ok()) return pick.error();
  const std::size_t i = pick.value();
  std::optional<FieldError> error;
  Entry entry(r.list ? (*r.list)[i] : root, entry_path(r, i), label_of(*r.exchange), error);
  if (r.exchange == Exchange::Okx) map_okx(entry, options);
  else if (r.exchange == Exchange::Binance) map_binance(entry, options);
  else map_bybit(entry, options, r.category);
  if (error) return *error;
  if (options.explain) entry.given_option("explain", "explain", *options.explain);
  auto report = evaluated(entry.scenario, args.explainer);
  if (!report.ok()) return to_paste(report.error(), entry);
  if (args.scenarioOnly) return entry.scenario;
  json checks = json::array();
  for (const CheckSpec& c : entry.checks) checks.push_back(check_json(c, report.value()));
  const json* product = member(entry.scenario, "product");
  Out out;
  out.str("exchange", name_of(*r.exchange))
      .str("endpoint", endpoint_of(*r.exchange))
      .str("product", product ? text_of(product) : "spot-margin")
      .str("entry", entry.path().empty() ? "$" : entry.path())
      .whole("index", static_cast<int>(i))
      .put("positions", std::move(positions))
      .put("scenario", entry.scenario)
      .put("mapping", entry.account_json())
      .put("checks", std::move(checks))
      .put("warnings", warnings_json(entry.warnings));
  if (args.withReport) out.put("report", std::move(report.value()));
  return out.done();
}

}  // namespace

Evaluation from_exchange_text(std::string_view paste, const PasteArgs& args) {
  auto out = paste_json(paste, args);
  if (!out.ok()) return {false, dump(encode_error(out.error()), args.indent)};
  return {true, dump(out.value(), args.indent)};
}

}  // namespace isomargin::codec
