// The pasted entry's reader and its account (exchange.hpp), and what the three mappers share.
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "exchange.hpp"
#include "isomargin/range.hpp"

namespace isomargin::codec {

Entry::Entry(const json& j, std::string path, const char* exchange, std::optional<FieldError>& error)
    : j_(j), path_(std::move(path)), exchange_(exchange), error_(error) {}

bool Entry::given(const char* key) const {
  const auto it = j_.find(key);
  return it != j_.end() && !it->is_null() && !(it->is_string() && it->get_ref<const std::string&>().empty());
}

json Entry::pasted(const char* key) const {
  const auto it = j_.find(key);
  return it == j_.end() ? json(nullptr) : *it;
}

std::optional<double> Entry::number(const char* key, bool required) {
  if (error_) return std::nullopt;
  if (!given(key)) {
    if (required) fail_at(key, j_.contains(key) ? "is empty (\"\" means not given), and it is needed" : "is required");
    return std::nullopt;
  }
  Reader r(j_, path_, error_);
  return r.decimal(key);
}

std::optional<std::string> Entry::text(const char* key, bool required) {
  if (error_) return std::nullopt;
  Reader r(j_, path_, error_);
  auto s = r.text(key, required);
  if (s && s->empty()) {
    if (required) fail_at(key, "is empty (\"\" means not given), and it is needed");
    return std::nullopt;
  }
  return s;
}

bool Entry::within(const char* key, double x, double max, bool zero) {
  if (auto bad = in_range(x, at(key), 0, !zero, max)) fail(bad->field, bad->message);
  return ok();
}

void Entry::fail(std::string_view field, std::string_view message) {
  if (!error_) error_ = FieldError{std::string(field), std::string(message)};
}
void Entry::fail_at(const char* key, std::string_view message) { fail(at(key), message); }

AccountRow& Entry::row(const char* key, const char* status) {
  AccountRow* r = nullptr;
  for (AccountRow& x : rows)
    if (x.key == key) r = &x;
  if (!r) {
    rows.emplace_back();
    r = &rows.back();
  }
  // A field classified again keeps only its last classification.
  *r = AccountRow{key, at(key), pasted(key), status, {}, nullptr, {}, {}, {}};
  return *r;
}

bool Entry::classified(const char* key) const {
  for (const AccountRow& r : rows)
    if (r.key == key) return true;
  return false;
}

void Entry::set(const std::string& to, json value) {
  json* cur = &scenario;
  std::size_t start = 0;
  for (std::size_t dot = to.find('.'); dot != std::string::npos; dot = to.find('.', start)) {
    json& next = (*cur)[to.substr(start, dot - start)];
    if (!next.is_object()) next = json::object();
    cur = &next;
    start = dot + 1;
  }
  (*cur)[to.substr(start)] = std::move(value);
}

void Entry::put(const char* key, const char* to, json value, std::string_view note, const char* option) {
  if (*to && !value.is_null()) set(to, value);
  AccountRow& r = row(key, "taken");
  r.to = to;
  r.value = std::move(value);
  r.note = note;
  if (option) r.option = option;
}

void Entry::take(const char* key, const char* to, double value, std::string_view note, const char* option) {
  put(key, to, value, note, option);
}
void Entry::take(const char* key, const char* to, const char* word, std::string_view note, const char* option) {
  put(key, to, word ? json(word) : json(nullptr), note, option);
}
void Entry::take_text(const char* key, const char* to, const std::string& text, std::string_view note) {
  put(key, to, text, note, nullptr);
}
void Entry::note(const char* key, const char* note) { put(key, "", nullptr, note, nullptr); }

void Entry::ignore(const char* key, const char* why) {
  if (j_.contains(key)) row(key, "ignored").note = why;
}

void Entry::put_assumed(const char* to, json value, std::string_view note, const char* option) {
  if (*to && !value.is_null()) set(to, value);
  AccountRow r;
  r.status = "assumed";
  r.to = to;
  r.value = std::move(value);
  r.note = note;
  if (option) r.option = option;
  assumed.push_back(std::move(r));
}
void Entry::assume(const char* to, double value, std::string_view note, const char* option) {
  put_assumed(to, value, note, option);
}
void Entry::assume(const char* to, const char* word, std::string_view note, const char* option) {
  put_assumed(to, word ? json(word) : json(nullptr), note, option);
}

void Entry::given_option(const char* option, const char* to, const json& value) {
  set(to, value);
  AccountRow r;
  r.key = cat({"options.", option});
  r.field = r.key;
  r.pasted = value;
  r.to = to;
  r.value = value;
  r.note = "given";
  r.option = option;
  assumed.push_back(std::move(r));
}

void Entry::check(const char* key, const char* path, const char* note, char op, const char* path2) {
  if (!j_.contains(key)) return;
  if (!given(key)) return ignore(key, "empty: the exchange gave no figure to check");
  const auto x = number(key);
  if (!x) return;
  CheckSpec c;
  c.key = key;
  c.field = at(key);
  c.pasted = pasted(key);
  c.exchange = *x;
  c.path = path;
  c.op = op;
  c.path2 = path2;
  c.note = note;
  AccountRow& r = row(key, "checked");
  const char sign[] = {' ', op, ' ', 0};
  r.against = op ? cat({c.path, sign, c.path2}) : c.path;
  r.note = note;
  checks.push_back(std::move(c));
}

void Entry::check_level(const char* key, const char* path, const char* none, const char* note) {
  if (!j_.contains(key)) return;
  std::optional<double> x;
  if (!given(key)) {
    if (!none || *none) return ignore(key, "empty: the exchange gave no figure to check");
  } else {
    x = number(key);
    if (!x) return;
    if (none && *none && *x == 0) x.reset();
  }
  CheckSpec c;
  c.key = key;
  c.field = at(key);
  c.pasted = pasted(key);
  c.exchange = x;
  c.path = path;
  c.level = true;
  c.note = note;
  AccountRow& r = row(key, "checked");
  r.against = path;
  r.note = note;
  checks.push_back(std::move(c));
}

namespace {

json row_json(const AccountRow& r) {
  auto text = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
  return Out()
      .put("field", text(r.field))
      .put("pasted", r.pasted)
      .str("status", r.status)
      .put("to", text(r.to))
      .put("value", r.value)
      .put("against", text(r.against))
      .put("note", text(r.note))
      .put("option", text(r.option))
      .done();
}

}  // namespace

json Entry::account_json() const {
  json list = json::array();
  for (auto it = j_.begin(); it != j_.end(); ++it) {
    const AccountRow* found = nullptr;
    for (const AccountRow& r : rows)
      if (r.key == it.key()) found = &r;
    if (found) {
      list.push_back(row_json(*found));
      continue;
    }
    AccountRow r;
    r.field = at(it.key().c_str());
    r.pasted = it.value();
    r.status = "ignored";
    r.note = cat({"not a field isomargin reads from ", exchange_, " entries"});
    list.push_back(row_json(r));
  }
  for (const AccountRow& r : assumed) list.push_back(row_json(r));
  return list;
}

void apply(Entry& e, const FieldRule* rules, std::size_t n) {
  for (const FieldRule* r = rules; r != rules + n && e.ok(); ++r) {
    switch (r->kind) {
      case FieldRule::Take:
      case FieldRule::Need:
        if (auto x = e.number(r->key, r->kind == FieldRule::Need)) e.take(r->key, r->path, *x, r->note);
        else e.ignore(r->key, "empty: not given");
        break;
      case FieldRule::Check: e.check(r->key, r->path, r->note); break;
      case FieldRule::Level: e.check_level(r->key, r->path, r->none, r->note); break;
      case FieldRule::Ignore:
        if (!e.classified(r->key)) e.ignore(r->key, r->note);
        break;
    }
  }
}

bool rates_from_options(Entry& e, const PasteOptions& o) {
  if (!o.tiers.is_null()) e.given_option("tiers", "tiers", o.tiers);
  if (o.mmr) e.given_option("mmr", "mmr", *o.mmr);
  return !o.tiers.is_null() || o.mmr;
}

void fee_from_options(Entry& e, const PasteOptions& o, double fallback, const char* source) {
  if (o.takerFee) e.given_option("takerFee", "takerFee", *o.takerFee);
  else if (fallback > 0) e.assume("takerFee", fallback, source, "takerFee");
  else e.assume("takerFee", nullptr, source, "takerFee");
}

std::string cat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) out += p;
  return out;
}

std::string not_isolated(const std::string& mode) {
  return cat({"is \"", mode, "\": only isolated positions are calculated (a cross position shares the account's equity)"});
}

std::string field_text(const json& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end()) return "";
  if (it->is_string()) return it->get<std::string>();
  return it->is_number() ? it->dump() : "";
}

bool zero_text(const std::string& s) {
  char* end = nullptr;
  const double x = std::strtod(s.c_str(), &end);
  return !s.empty() && end == s.c_str() + s.size() && x == 0;
}

double nice_size(double x) {
  if (!(x > 0) || x > 1e12 || x < 1e-12) return 0;
  // The decade of x by division, not pow(): 0.01 is then the double nearest 0.01.
  double unit = 1, below = 1;
  while (x >= unit * 10) unit *= 10;
  while (x < 1 / below) below *= 10;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    const double c = unit > 1 ? m * unit : m / below;
    if (std::fabs(x / c - 1) <= 0.02) return c;
  }
  return 0;
}

bool split_symbol(const std::string& symbol, std::string& base, std::string& quote) {
  // The quote coins of Binance USDⓈ-M and Bybit's linear and inverse lists, longest first.
  static constexpr const char* kQuotes[] = {"FDUSD", "USDT", "USDC", "BUSD", "USD"};
  std::string s = symbol.substr(0, symbol.find_first_of("_-"));
  // Bybit's USDC perpetuals ("BTCPERP") and dated USDC futures ("BTC-26JUN25").
  if (s.size() > 4 && s.compare(s.size() - 4, 4, "PERP") == 0) {
    base = s.substr(0, s.size() - 4);
    quote = "USDC";
    return true;
  }
  if (s.size() != symbol.size() && s.find("USD") == std::string::npos && !s.empty()) {
    base = s;
    quote = "USDC";
    return true;
  }
  // Bybit's inverse futures: "BTCUSDH25" is BTCUSD expiring in March 2025.
  if (s.size() > 6 && std::isdigit(static_cast<unsigned char>(s.back())) &&
      s.compare(s.size() - 6, 3, "USD") == 0)
    s.resize(s.size() - 3);
  for (const char* q : kQuotes) {
    const std::string qs = q;
    if (s.size() > qs.size() && s.compare(s.size() - qs.size(), qs.size(), qs) == 0) {
      base = s.substr(0, s.size() - qs.size());
      quote = qs;
      return true;
    }
  }
  return false;
}

}  // namespace isomargin::codec
