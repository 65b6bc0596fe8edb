// The pieces every explanation is built from. A formula is written once, in symbols
// ("MM = L × P × mmr"); its substituted line is the same right-hand side with each symbol
// replaced by its value ("110.5 BTC × 29,000 USDT × 4%"), so the two cannot disagree. A symbol
// may stand for an expression of other symbols ("k = (1 + mmr) × (1 + f)"): the formula names
// it, the substituted line expands it in parentheses.
//
// The substituted line is a small grammar the tests read back and evaluate (tests/substituted.*):
// numbers with grouping commas and units, ×, ÷, +, −, parentheses, %, and N( ), ln( ), exp( ),
// √( ), min( , ), max( , ).
#pragma once
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "isomargin/spot.hpp"

namespace isomargin::explain {

using json = nlohmann::ordered_json;

// Grouped ("3,299,800", "0.09090909090909091"), no exponent between 1e-30 and 1e30, and with the
// fewest digits that read back within two ulps of the double: the substituted line holds the
// numbers the core used, so it meets even a case's tightest tolerance.
std::string num(double x);

// A value as the substituted line prints it.
struct V {
  enum Kind : unsigned char { Plain, Amount, Rate, Expr };
  double x = 0;
  const std::string* unit = nullptr;
  Kind kind = Plain;
  const char* expr = nullptr;  // Expr: in the other symbols
};
inline V plain(double x) { return {x, nullptr, V::Plain, nullptr}; }
inline V amount(double x, const std::string& unit) { return {x, &unit, V::Amount, nullptr}; }
inline V rate(double x) { return {x, nullptr, V::Rate, nullptr}; }  // 0.04 → "4%"
inline V expr(const char* e) { return {0, nullptr, V::Expr, e}; }

struct Sym {
  const char* name;
  V v;
};
using Syms = std::vector<Sym>;

// The report's coin labels, and which coin each spot balance is in.
struct Coins {
  Coins(std::string b, std::string q) : base(std::move(b)), quote(std::move(q)) {}
  std::string base, quote;
  std::string contracts = "contracts", usd = "USD", none;
  const std::string& asset(Side s) const { return s == Side::Long ? base : quote; }
  const std::string& owed(Side s) const { return s == Side::Long ? quote : base; }
  const std::string& of(MarginCoin c) const { return c == MarginCoin::Base ? base : quote; }
};

class Entries {
 public:
  // The path and label prefix of the entries that follow ("comparison[2]", "OKX: ").
  void scope(const std::string& path, const std::string& label);
  // `quantity` (under the scope) is the report's JSON path of `value` (null: the value does not
  // exist, and a note says why). A formula without " = " is an input: "A" reads "A, as
  // entered" and substitutes to its value. `extra` symbols come before `syms`.
  Entries& add(const char* quantity, const char* label, const char* formula, const Syms& syms,
               std::initializer_list<Sym> extra, std::optional<double> value, const std::string& unit,
               const char* source);
  Entries& add(const char* quantity, const char* label, const std::string& formula, const Syms& syms,
               std::initializer_list<Sym> extra, std::optional<double> value, const std::string& unit,
               const char* source) {
    return add(quantity, label, formula.c_str(), syms, extra, value, unit, source);
  }
  // The substituted line written out, where no formula of symbols says it (fills, tiers).
  Entries& add_text(const char* quantity, const char* label, const char* formula, const std::string& substituted,
                    std::optional<double> value, const std::string& unit, const char* source);
  // On the entry added last.
  Entries& note(const char* text);
  Entries& note(const std::string& text) { return note(text.c_str()); }
  Entries& convention(const char* model);
  json done() { return std::move(list_); }

 private:
  Entries& put(const char* quantity, const char* label, std::string formula, std::string substituted,
               std::optional<double> value, const std::string& unit, const char* source);
  json list_ = json::array();
  std::string path_, label_;
};

// A value printed as a substituted line prints it ("110.5 BTC", "4%").
std::string text(const V& v);

// "timeline.events" + 2 → "timeline.events[2]".
std::string item(const char* path, std::size_t i);

}  // namespace isomargin::explain
