// A position pasted from an exchange's API (OKX, Binance USDⓈ-M, Bybit v5): the entry's reader
// and the account it keeps of every field — taken into the scenario, assumed (what the entry
// lacks), ignored (and why) or checked (an exchange figure set beside the report's). One mapper
// per exchange (exchange_okx.cpp, exchange_binance.cpp, exchange_bybit.cpp); exchange.cpp
// unwraps the response, picks the position, evaluates and compares (docs/scenario.md).
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reader.hpp"

namespace isomargin::codec {

// What the caller adds that an entry cannot carry; each overrides an assumption.
struct PasteOptions {
  std::optional<std::size_t> index;  // which position of a response
  std::optional<double> takerFee, mmr, ctVal, multiplier, leverage;
  json tiers;  // null, or a scenario "tiers" object (exchange_options.cpp converts API tables)
  std::optional<bool> liabIncludesInterest, posIncludesMargin, explain;
};

// An exchange figure set beside the report's after evaluation: the report's value at `path`,
// or `path op path2`; with `level`, `path` is a price level ({status, price}).
struct CheckSpec {
  std::string key, field;
  json pasted;
  std::optional<double> exchange;  // none: the exchange says there is no such price
  std::string path, path2;
  char op = 0;
  bool level = false;
  std::string note;
};

// One line of the account.
struct AccountRow {
  std::string key, field;  // the entry's key; its path in the paste (or "options.x")
  json pasted;             // as pasted; null for what the entry lacks
  const char* status = "taken";
  std::string to;          // the scenario path it went to
  json value;              // what went there
  std::string against;     // checked: the report's figure it is compared with
  std::string note, option;
};

class Entry {
 public:
  Entry(const json& j, std::string path, const char* exchange, std::optional<FieldError>& error);

  bool ok() const { return !error_; }
  std::string at(const char* key) const { return join(path_, key); }
  const std::string& path() const { return path_; }
  bool given(const char* key) const;  // present and not ""
  json pasted(const char* key) const;
  // A number or a decimal string; "" is not given. Wrong types and bad strings are errors.
  std::optional<double> number(const char* key, bool required = false);
  std::optional<std::string> text(const char* key, bool required = false);
  // x (the field's value, or what it gives) in (0, max] ([0, max] with `zero`), or the error names the field.
  bool within(const char* key, double x, double max, bool zero = false);
  void fail(std::string_view field, std::string_view message);
  void fail_at(const char* key, std::string_view message);

  // The account. take() and assume() also write the value at `to` in the scenario ("" or a
  // null word: nowhere). Plain types, not json, keep each of the many call sites small.
  void take(const char* key, const char* to, double value, std::string_view note = {}, const char* option = nullptr);
  void take(const char* key, const char* to, const char* word, std::string_view note = {}, const char* option = nullptr);
  void take_text(const char* key, const char* to, const std::string& text, std::string_view note);
  // Read (the margin mode, a cross-check of the side) but not a scenario field.
  void note(const char* key, const char* note);
  void ignore(const char* key, const char* why);
  void assume(const char* to, double value, std::string_view note, const char* option = nullptr);
  void assume(const char* to, const char* word, std::string_view note, const char* option = nullptr);
  // What the caller gave (options.x), into the scenario.
  void given_option(const char* option, const char* to, const json& value);
  // Compared after evaluation; "" is not given (ignored).
  void check(const char* key, const char* path, const char* note, char op = 0, const char* path2 = "");
  // A price level: `none` is the exchange's way of saying there is no such price ("0", ""); null:
  // "" is only not given.
  void check_level(const char* key, const char* path, const char* none, const char* note);
  bool classified(const char* key) const;
  void set(const std::string& to, json value);

  json scenario = json::object();
  std::vector<AccountRow> rows;  // one per field of the entry, in any order
  std::vector<AccountRow> assumed;
  std::vector<CheckSpec> checks;
  std::vector<FieldError> warnings;

  // Every field of the entry, in its order (unclassified ones ignored), then the assumptions.
  json account_json() const;

 private:
  AccountRow& row(const char* key, const char* status);
  void put(const char* key, const char* to, json value, std::string_view note, const char* option);
  void put_assumed(const char* to, json value, std::string_view note, const char* option);
  const json& j_;
  std::string path_;
  const char* exchange_;
  std::optional<FieldError>& error_;
};

// A field that needs no logic of its own: a number into the scenario at `path` (Take; Need when
// required), an exchange figure compared with the report's at `path` (Check; Level for a price
// level, `none` being how the exchange writes "no price": "0", "" or null), or one read past
// with `note` as the reason (Ignore, unless classified already). Tables of these are most of
// each mapper, and cost far less of the module than one call each.
struct FieldRule {
  enum Kind : unsigned char { Take, Need, Check, Level, Ignore };
  const char* key;
  Kind kind;
  const char* path;
  const char* note;
  const char* none = nullptr;
};
void apply(Entry& e, const FieldRule* rules, std::size_t n);
template <std::size_t N>
void apply(Entry& e, const FieldRule (&rules)[N]) {
  apply(e, rules, N);
}

// The rates and the fee the caller gave, if any, into the scenario: true when a rate was given
// (options.tiers or options.mmr).
bool rates_from_options(Entry& e, const PasteOptions& o);
// The taker fee: options.takerFee, else `fallback` (> 0) as an assumption saying `source`.
void fee_from_options(Entry& e, const PasteOptions& o, double fallback, const char* source);
// "BTCUSDT" → {"BTC", "USDT"} by the quote coins USDⓈ-M and Bybit list; nothing when none fits.
bool split_symbol(const std::string& symbol, std::string& base, std::string& quote);
// "is \"cross\": only isolated positions are calculated …", for every exchange's mode field.
std::string not_isolated(const std::string& mode);
// One string from its parts: one call per message keeps the many error sites small.
std::string cat(std::initializer_list<std::string_view> parts);
// A field's text for the list of positions, read without errors: a string, a number's JSON, or "".
std::string field_text(const json& j, const char* key);
// Whether a decimal string is zero ("0", "0.000"): no open position.
bool zero_text(const std::string& s);
// A contract size read back from a notional: the nearest 1, 2 or 5 × 10^k within 2%, or 0.
double nice_size(double x);

// The mappers: each fills the entry's scenario and account, or sets the error.
void map_okx(Entry& e, const PasteOptions& o);
void map_binance(Entry& e, const PasteOptions& o);
void map_bybit(Entry& e, const PasteOptions& o, const std::string& category);

// One entry of a response, for the list of positions: why it cannot be taken, if so.
struct Candidate {
  std::string instrument, side, size, marginMode;
  std::string reason, reasonField;  // empty: an open isolated position
  bool foreign = false;             // not an object, or another exchange's entry
};
Candidate probe_okx(const json& j, const std::string& path);
Candidate probe_binance(const json& j, const std::string& path);
Candidate probe_bybit(const json& j, const std::string& path, const std::string& category);

// options.tiers as given: a scenario tiers object, or a table as an exchange API sends it (OKX
// position-tiers, Binance leverageBracket, Bybit risk-limit) converted to one.
json tiers_option(const json& v, std::optional<FieldError>& error);

}  // namespace isomargin::codec
