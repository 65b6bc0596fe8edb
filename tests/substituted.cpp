#include "substituted.hpp"

#include <cmath>
#include <limits>
#include <regex>
#include <vector>

namespace {

constexpr double kDigits = 1e-13;  // each number reads back exactly; this is room for the core's own order of operations
constexpr double kEps = 2.3e-16;   // one rounding of a double operation, relative

struct Token {
  enum Kind { Num, Op, Word, End } kind = End;
  std::string text;  // an operator as one ASCII character: + - * / ( ) , % r (√)
  double value = 0;
};

std::vector<Token> tokens(const std::string& s, bool& ok) {
  static const std::regex number(R"(^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(e[+-]?\d+)?$)");
  std::vector<Token> out;
  std::size_t i = 0;
  auto op = [&](const char* text, std::size_t len) {
    out.push_back({Token::Op, text, 0});
    i += len;
  };
  while (i < s.size()) {
    const unsigned char c = s[i];
    if (c == ' ') { ++i; continue; }
    if (s.compare(i, 2, "\xC3\x97") == 0) { op("*", 2); continue; }       // ×
    if (s.compare(i, 2, "\xC3\xB7") == 0) { op("/", 2); continue; }       // ÷
    if (s.compare(i, 3, "\xE2\x88\x92") == 0) { op("-", 3); continue; }   // −
    if (s.compare(i, 3, "\xE2\x88\x9A") == 0) { op("r", 3); continue; }   // √
    if (c == '+' || c == '(' || c == ')' || c == '%') { op(std::string(1, c).c_str(), 1); continue; }
    if (c == ',') { op(",", 1); continue; }  // a separator: grouping commas sit inside words
    std::size_t j = i;
    while (j < s.size()) {
      const unsigned char d = s[j];
      if (d == ',' && j + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[j + 1]))) { ++j; continue; }
      if (d == ' ' || d == '+' || d == '(' || d == ')' || d == '%' || d == ',' || s.compare(j, 2, "\xC3\x97") == 0 ||
          s.compare(j, 2, "\xC3\xB7") == 0 || s.compare(j, 3, "\xE2\x88\x92") == 0 || s.compare(j, 3, "\xE2\x88\x9A") == 0)
        break;
      ++j;
    }
    const std::string word = s.substr(i, j - i);
    i = j;
    const bool isNumber = std::regex_match(word, number);
    if (!isNumber && word.find_first_of("-*/") != std::string::npos) return out;  // ASCII operators are not ours
    if (isNumber) {
      std::string digits;
      for (char d : word) if (d != ',') digits += d;
      out.push_back({Token::Num, word, std::stod(digits)});
    } else {
      out.push_back({Token::Word, word, 0});
    }
  }
  out.push_back({});
  ok = true;
  return out;
}

class Parser {
 public:
  explicit Parser(std::vector<Token> t) : t_(std::move(t)) {}
  std::optional<Evaluated> all() {
    auto v = expr();
    if (!v || t_[i_].kind != Token::End) return std::nullopt;
    return v;
  }

 private:
  bool is(const char* op) const { return t_[i_].kind == Token::Op && t_[i_].text == op; }
  bool func(const char* name) const {
    return t_[i_].kind == Token::Word && t_[i_].text == name && t_[i_ + 1].kind == Token::Op && t_[i_ + 1].text == "(";
  }
  static Evaluated round(double v, double e) { return {v, e + kEps * std::fabs(v)}; }

  std::optional<Evaluated> expr() {
    auto a = term();
    while (a && (is("+") || is("-"))) {
      const bool add = is("+");
      ++i_;
      auto b = term();
      if (!b) return std::nullopt;
      a = round(add ? a->value + b->value : a->value - b->value, a->error + b->error);
    }
    return a;
  }
  std::optional<Evaluated> term() {
    auto a = unary();
    while (a && (is("*") || is("/"))) {
      const bool mul = is("*");
      ++i_;
      auto b = unary();
      if (!b) return std::nullopt;
      if (mul) {
        a = round(a->value * b->value,
                  std::fabs(a->value) * b->error + std::fabs(b->value) * a->error + a->error * b->error);
      } else {
        const double q = a->value / b->value;
        const double room = std::fabs(b->value) - b->error;
        a = round(q, room > 0 ? (a->error + std::fabs(q) * b->error) / room : std::numeric_limits<double>::infinity());
      }
    }
    return a;
  }
  std::optional<Evaluated> unary() {
    if (is("-")) {
      ++i_;
      auto a = unary();
      if (!a) return std::nullopt;
      return Evaluated{-a->value, a->error};
    }
    return postfix();
  }
  std::optional<Evaluated> postfix() {
    auto a = primary();
    if (!a) return std::nullopt;
    if (is("%")) {
      ++i_;
      a = Evaluated{a->value / 100, a->error / 100 + kEps * std::fabs(a->value / 100)};
    }
    while (t_[i_].kind == Token::Word && !func(t_[i_].text.c_str())) ++i_;  // units
    return a;
  }
  std::optional<Evaluated> primary() {
    const Token& t = t_[i_];
    if (t.kind == Token::Num) {
      ++i_;
      return Evaluated{t.value, kDigits * std::fabs(t.value)};
    }
    if (is("(")) {
      ++i_;
      auto a = expr();
      if (!a || !is(")")) return std::nullopt;
      ++i_;
      return a;
    }
    if (is("r")) {
      ++i_;
      auto a = primary();
      if (!a || a->value < 0) return std::nullopt;
      const double r = std::sqrt(a->value);
      const double low = std::sqrt(std::max(0.0, a->value - a->error));
      return round(r, r - low);
    }
    for (const char* name : {"N", "ln", "exp", "min", "max"}) {
      if (!func(name)) continue;
      i_ += 2;
      std::vector<Evaluated> args;
      for (;;) {
        auto a = expr();
        if (!a) return std::nullopt;
        args.push_back(*a);
        if (is(",")) { ++i_; continue; }
        if (!is(")")) return std::nullopt;
        ++i_;
        break;
      }
      const std::string n = name;
      const Evaluated& x = args[0];
      if (n == "min" || n == "max") {
        if (args.size() != 2) return std::nullopt;
        const bool first = n == "min" ? x.value <= args[1].value : x.value >= args[1].value;
        return Evaluated{first ? x.value : args[1].value, std::max(x.error, args[1].error)};
      }
      if (args.size() != 1) return std::nullopt;
      if (n == "N") {
        const double density = std::exp(-0.5 * x.value * x.value) / std::sqrt(2 * M_PI);
        return Evaluated{0.5 * std::erfc(-x.value / std::sqrt(2.0)), density * x.error + 1e-15};
      }
      if (n == "ln") {
        if (x.value <= x.error) return std::nullopt;
        return round(std::log(x.value), x.error / (x.value - x.error));
      }
      const double e = std::exp(x.value);
      return round(e, e * std::expm1(x.error));
    }
    return std::nullopt;
  }

  std::vector<Token> t_;
  std::size_t i_ = 0;
};

}  // namespace

std::optional<Evaluated> evaluate_substituted(const std::string& text) {
  bool ok = false;
  auto t = tokens(text, ok);
  if (!ok) return std::nullopt;
  return Parser(std::move(t)).all();
}
