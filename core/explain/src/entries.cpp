#include "entries.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace isomargin::explain {

namespace {

// ×, ÷, − and √ in UTF-8: operators, never part of a symbol or a unit.
bool is_operator(std::string_view s, std::size_t i) {
  return s.compare(i, 2, "\xC3\x97") == 0 || s.compare(i, 2, "\xC3\xB7") == 0 ||
         s.compare(i, 3, "\xE2\x88\x92") == 0 || s.compare(i, 3, "\xE2\x88\x9A") == 0;
}

bool symbol_char(std::string_view s, std::size_t i) {
  const unsigned char c = s[i];
  if (c >= 0x80) return !is_operator(s, i);  // letters like σ, ν; not × ÷ − √
  return std::isalnum(c) || c == '_' || c == '\'';
}

// A unit as one word of the grammar: no operator, space or parenthesis inside it, and never a
// word that reads as a number.
std::string unit_word(const std::string& unit) {
  std::string out;
  for (std::size_t i = 0; i < unit.size(); ++i) {
    if (is_operator(unit, i)) {
      out += '_';
      i += static_cast<unsigned char>(unit[i]) == 0xC3 ? 1 : 2;
    } else {
      const char c = unit[i];
      out += std::string_view("()%,+-*/ \t\n").find(c) == std::string_view::npos ? c : '_';
    }
  }
  if (!out.empty() && std::isdigit(static_cast<unsigned char>(out[0])) &&
      out.find_first_not_of("0123456789.,eE") == std::string::npos)
    out = "_" + out;
  return out;
}

const Sym* find(std::string_view name, const Syms& syms, std::initializer_list<Sym> extra) {
  for (const Sym& s : extra)
    if (name == s.name) return &s;
  for (const Sym& s : syms)
    if (name == s.name) return &s;
  return nullptr;
}

// The expression with every bound symbol replaced by its value (expressions in parentheses).
// A negative value after + or − flips that sign; elsewhere it is put in parentheses.
std::string substitute(std::string_view e, const Syms& syms, std::initializer_list<Sym> extra, int depth = 0) {
  std::string out;
  std::size_t i = 0;
  while (i < e.size()) {
    if (!symbol_char(e, i) || std::isdigit(static_cast<unsigned char>(e[i]))) {
      // Operators whole; numbers in the formula (12.5%, 365, 2) as written.
      std::size_t j = i + (!is_operator(e, i) ? 1 : static_cast<unsigned char>(e[i]) == 0xC3 ? 2 : 3);
      if (std::isdigit(static_cast<unsigned char>(e[i])))
        while (j < e.size() && (std::isalnum(static_cast<unsigned char>(e[j])) || e[j] == '.')) ++j;
      out.append(e.substr(i, j - i));
      i = j;
      continue;
    }
    std::size_t j = i;
    while (j < e.size() && symbol_char(e, j)) ++j;
    const std::string_view name = e.substr(i, j - i);
    i = j;
    const Sym* s = depth < 4 ? find(name, syms, extra) : nullptr;
    if (!s) {
      out.append(name);  // a function name (N, ln, min …) or a word
      continue;
    }
    if (s->v.kind == V::Expr) {
      out += "(" + substitute(s->v.expr, syms, extra, depth + 1) + ")";
      continue;
    }
    std::string value = text(s->v);
    if (s->v.x < 0) {
      const std::size_t last = out.find_last_not_of(' ');
      if (last != std::string::npos && out.compare(last, 1, "+") == 0) {
        out.replace(last, 1, "\u2212");
        value.erase(0, 3);
      } else if (last != std::string::npos && last >= 2 && out.compare(last - 2, 3, "\u2212") == 0) {
        out.replace(last - 2, 3, "+");
        value.erase(0, 3);
      } else if (last != std::string::npos) {
        value = "(" + value + ")";
      }
    }
    out += value;
  }
  return out;
}

// A number the line printed starts at a digit that no symbol or unit character precedes: digits
// with grouping commas, a fraction, an exponent ("1.5e35", "2e-31"), and no symbol character
// after it ("1000PEPE" is a unit). Its length, or 0.
std::size_t number_at(std::string_view s, std::size_t i) {
  auto digit = [&](std::size_t k) { return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])); };
  // The character before starts at its lead byte (UTF-8: × is two bytes, − three).
  std::size_t prev = i > 0 ? i - 1 : 0;
  while (prev > 0 && (static_cast<unsigned char>(s[prev]) & 0xC0) == 0x80) --prev;
  if (!digit(i) || (i > 0 && symbol_char(s, prev))) return 0;
  std::size_t j = i;
  while (digit(j) || (j < s.size() && s[j] == ',' && digit(j + 1) && digit(j + 2) && digit(j + 3) && !digit(j + 4))) j += s[j] == ',' ? 4 : 1;
  if (j < s.size() && s[j] == '.' && digit(j + 1))
    for (++j; digit(j);) ++j;
  if (j < s.size() && s[j] == 'e') {
    std::size_t k = j + 1;
    if (k < s.size() && (s[k] == '-' || s[k] == '+')) ++k;
    if (digit(k)) {
      while (digit(k)) ++k;
      j = k;
    }
  }
  return j < s.size() && symbol_char(s, j) ? 0 : j - i;
}

// The substituted line as text runs and the numbers in it (JSON numbers, never negative: a
// minus stays in the text), so a page can print each number in its reader's locale.
json line_parts(std::string_view line) {
  json parts = json::array();
  std::string text;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t n = number_at(line, i);
    if (n == 0) {
      text += line[i++];
      continue;
    }
    if (!text.empty()) parts.push_back(std::move(text));
    text.clear();
    std::string digits;
    for (char c : line.substr(i, n))
      if (c != ',') digits += c;
    parts.push_back(std::strtod(digits.c_str(), nullptr));
    i += n;
  }
  if (!text.empty()) parts.push_back(std::move(text));
  return parts;
}

}  // namespace

std::string num(double x) {
  if (x == 0) return "0";
  if (!std::isfinite(x)) return "NaN";
  // The fewest significant digits that read back within two ulps of the double: 333.268, not
  // 333.26800000000003, yet every digit the value needs.
  char buf[40];
  int precision = 1;
  for (; precision < 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*e", precision - 1, std::fabs(x));
    if (std::fabs(std::strtod(buf, nullptr) - std::fabs(x)) <= 4.5e-16 * std::fabs(x)) break;
  }
  std::snprintf(buf, sizeof buf, "%.*e", precision - 1, std::fabs(x));  // d.ddd…e±XX
  const char* e = std::strchr(buf, 'e');
  // "4e+00" has no point; "3.33268e+02" has one after the first digit.
  std::string digits = std::string(1, buf[0]);
  if (buf[1] == '.') digits.append(buf + 2, static_cast<std::size_t>(e - buf - 2));
  const int exp = std::atoi(e + 1);
  digits.erase(digits.find_last_not_of('0') + 1);
  std::string out = x < 0 ? "\u2212" : "";
  if (exp > 30 || exp < -30) {
    out += digits.substr(0, 1);
    if (digits.size() > 1) out += "." + digits.substr(1);
    return out + "e" + std::to_string(exp);
  }
  std::string whole = exp >= 0 ? digits.substr(0, exp + 1) : "0";
  if (exp >= 0) whole.append(exp + 1 - whole.size(), '0');
  const std::string frac = exp >= 0 ? (static_cast<int>(digits.size()) > exp + 1 ? digits.substr(exp + 1) : "")
                                    : std::string(-exp - 1, '0') + digits;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  return frac.empty() ? out : out + "." + frac;
}

std::string text(const V& v) {
  switch (v.kind) {
    case V::Rate: return num(v.x * 100) + "%";
    case V::Amount: return v.unit->empty() ? num(v.x) : num(v.x) + " " + unit_word(*v.unit);
    default: return num(v.x);
  }
}

std::string item(const char* path, std::size_t i) { return std::string(path) + "[" + std::to_string(i) + "]"; }

void Entries::scope(const std::string& path, const std::string& label) {
  path_ = path;
  label_ = label;
}

Entries& Entries::add(const char* quantity, const char* label, const char* formula, const Syms& syms,
                      std::initializer_list<Sym> extra, std::optional<double> value, const std::string& unit,
                      const char* source) {
  const std::string_view f = formula;
  const std::size_t eq = f.find(" = ");
  if (eq == std::string::npos)
    return put(quantity, label, std::string(f) + ", as entered", substitute(f, syms, extra), value, unit, source);
  // The formula names each expression symbol its right side uses: ", k = (1 + mmr) × (1 + f)".
  std::string named(formula);
  const std::size_t rhs = eq + 3;
  auto legend = [&](const Sym& s) {
    if (s.v.kind != V::Expr) return;
    const std::string n = s.name;
    for (std::size_t at = named.find(n, rhs); at != std::string::npos; at = named.find(n, at + 1)) {
      const bool start = at == 0 || !symbol_char(named, at - 1);
      const bool end = at + n.size() >= named.size() || !symbol_char(named, at + n.size());
      if (start && end && named.find(", " + n + " = ") == std::string::npos) {
        named += ", " + n + " = " + s.v.expr;
        return;
      }
    }
  };
  auto legend_rhs = [&](const Sym& s) {
    if (std::string_view(named).substr(rhs).find(s.name) != std::string_view::npos) legend(s);
  };
  for (const Sym& s : extra) legend_rhs(s);
  for (const Sym& s : syms) legend_rhs(s);
  return put(quantity, label, named, substitute(f.substr(eq + 3), syms, extra), value, unit, source);
}

Entries& Entries::add_text(const char* quantity, const char* label, const char* formula,
                           const std::string& substituted, std::optional<double> value, const std::string& unit,
                           const char* source) {
  return put(quantity, label, formula, substituted, value, unit, source);
}

Entries& Entries::put(const char* quantity, const char* label, std::string formula, std::string substituted,
                      std::optional<double> value, const std::string& unit, const char* source) {
  json e = json::object();
  e["quantity"] = path_.empty() ? std::string(quantity) : path_ + "." + quantity;
  e["label"] = label_ + label;
  e["value"] = value && std::isfinite(*value) ? json(*value) : json(nullptr);
  e["unit"] = unit;
  e["formula"] = std::move(formula);
  json parts = line_parts(substituted);
  e["substituted"] = std::move(substituted);
  e["substitutedParts"] = std::move(parts);
  e["source"] = source;
  list_.push_back(std::move(e));
  return *this;
}

Entries& Entries::note(const char* text) {
  if (!list_.empty()) list_.back()["note"] = text;
  return *this;
}

Entries& Entries::convention(const char* model) {
  if (!list_.empty()) list_.back()["convention"] = model;
  return *this;
}

}  // namespace isomargin::explain
