#include "reader.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace isomargin::codec {

namespace {

const char* type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "a number";
  }
}

}  // namespace

std::string join(const std::string& path, const char* key) {
  return path.empty() ? std::string(key) : path + "." + key;
}

std::string key_path(const std::string& path, const std::string& key) {
  auto plain = [](unsigned char c) { return c >= 0x20 && c != 0x7f && !std::strchr(".[]\"\\", c); };
  if (!key.empty() && std::all_of(key.begin(), key.end(), plain)) return join(path, key.c_str());
  std::string quoted = path + "[\"";
  for (unsigned char c : key) {
    if (c == '"' || c == '\\') {
      quoted += '\\';
      quoted += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      quoted += buf;
    } else {
      quoted += static_cast<char>(c);
    }
  }
  return quoted + "\"]";
}

bool expect_object(const json& j, const std::string& path, std::optional<FieldError>& error) {
  if (j.is_object()) return true;
  if (!error)
    error = FieldError{path.empty() ? "$" : path,
                       std::string("must be an object, got ") + type_name(j)};
  return false;
}

std::optional<double> read_number(const json& v, const std::string& path,
                                  std::optional<FieldError>& error) {
  if (error) return std::nullopt;
  if (v.is_number()) return v.get<double>();
  // JSON cannot carry NaN or ±Infinity; the JS API sends them as these strings.
  if (v.is_string()) {
    const auto& s = v.get_ref<const std::string&>();
    if (s == "NaN" || s == "Infinity" || s == "-Infinity") {
      error = FieldError{path, "must be a finite number, got " + s};
      return std::nullopt;
    }
  }
  error = FieldError{path, std::string("must be a number, got ") + type_name(v)};
  return std::nullopt;
}

namespace {

std::optional<long long> checked_whole(std::optional<double> x, const std::string& path, long long lo, long long hi,
                                       std::optional<FieldError>& error) {
  if (!x || error) return std::nullopt;
  // NaN fails every comparison; inside [lo, hi] the cast is exact.
  if (!(*x >= static_cast<double>(lo) && *x <= static_cast<double>(hi) && *x == std::floor(*x))) {
    error = FieldError{path, "must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi)};
    return std::nullopt;
  }
  return static_cast<long long>(*x);
}

}  // namespace

std::optional<long long> read_whole(const json& v, const std::string& path, long long lo, long long hi,
                                    std::optional<FieldError>& error) {
  return checked_whole(read_number(v, path, error), path, lo, hi, error);
}

Reader::Reader(const json& j, std::string path, std::optional<FieldError>& error)
    : j_(j), path_(std::move(path)), error_(error) {}

bool Reader::has(const char* key) const { return j_.is_object() && j_.contains(key); }

std::string Reader::at(const char* key) const { return join(path_, key); }

void Reader::fail(std::string field, std::string message) {
  if (!error_) error_ = FieldError{std::move(field), std::move(message)};
}

const json* Reader::find(const char* key, bool required) {
  if (error_ || !j_.is_object()) return nullptr;
  auto it = j_.find(key);
  if (it == j_.end()) {
    if (required) fail(at(key), "is required");
    return nullptr;
  }
  return &*it;
}

std::optional<double> Reader::number(const char* key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  if (v->is_number()) return v->get<double>();  // the common case builds no path
  return read_number(*v, at(key), error_);
}

std::optional<double> Reader::decimal(const char* key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  const std::string* s = v->is_string() ? &v->get_ref<const std::string&>() : nullptr;
  if (!s || *s == "NaN" || *s == "Infinity" || *s == "-Infinity") return read_number(*v, at(key), error_);
  if (s->empty()) {
    if (required) fail(at(key), "is empty (\"\" means not given)");
    return std::nullopt;
  }
  // A digit first (after a sign), then digits, a point, an exponent: not what strtod also takes
  // (hex, "inf", spaces).
  const std::size_t first = (*s)[0] == '-' ? 1 : 0;
  const bool plain = first < s->size() && std::isdigit(static_cast<unsigned char>((*s)[first])) &&
                     s->find_first_not_of("0123456789.eE+-") == std::string::npos;
  char* end = nullptr;
  const double x = plain ? std::strtod(s->c_str(), &end) : 0;
  if (!plain || end != s->c_str() + s->size() || !std::isfinite(x)) {
    fail(at(key), "must be a number or a decimal string, got \"" + s->substr(0, 40) + "\"");
    return std::nullopt;
  }
  return x;
}

std::optional<long long> Reader::whole(const char* key, long long lo, long long hi, bool required) {
  return whole(number(key, required), key, lo, hi);
}

std::optional<long long> Reader::whole(std::optional<double> x, const char* key, long long lo, long long hi) {
  return checked_whole(x, at(key), lo, hi, error_);
}

std::optional<bool> Reader::boolean(const char* key) {
  const json* v = find(key, false);
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    fail(at(key), std::string("must be true or false, got ") + type_name(*v));
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<std::string> Reader::text(const char* key, bool required) {
  const json* v = find(key, required);
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    fail(at(key), std::string("must be a string, got ") + type_name(*v));
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<std::string> Reader::choice(const char* key,
                                          std::initializer_list<const char*> choices,
                                          bool required) {
  auto s = text(key, required);
  if (!s) return std::nullopt;
  std::string list;
  for (const char* c : choices) {
    if (*s == c) return s;
    list += list.empty() ? "" : ", ";
    list += std::string("\"") + c + "\"";
  }
  fail(at(key), "must be one of " + list);
  return std::nullopt;
}

const json* Reader::object(const char* key, bool required) {
  const json* v = find(key, required);
  if (v && !expect_object(*v, at(key), error_)) return nullptr;
  return v;
}

const json* Reader::array(const char* key, bool required) {
  const json* v = find(key, required);
  if (v && !v->is_array()) {
    fail(at(key), std::string("must be an array, got ") + type_name(*v));
    return nullptr;
  }
  return v;
}

void Reader::only(std::initializer_list<const char*> known) {
  if (error_ || !j_.is_object()) return;
  for (auto it = j_.begin(); it != j_.end(); ++it) {
    bool found = false;
    for (const char* k : known) found = found || it.key() == k;
    if (!found) {
      fail(key_path(path_, it.key()), "is not a known field");
      return;
    }
  }
}

namespace {

// The DOM builder, keeping the parser's message instead of throwing it, and refusing to nest
// deeper than kMaxDepth before the tree is built: nlohmann copies and frees nested values
// recursively, so a deep input would otherwise exhaust the stack.
struct KeepMessage : nlohmann::detail::json_sax_dom_parser<json> {
  using Base = nlohmann::detail::json_sax_dom_parser<json>;
  explicit KeepMessage(json& j) : Base(j, /*allow_exceptions=*/false) {}
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception& ex) {
    message = ex.what();
    return false;
  }
  bool start_object(std::size_t n) { return deeper() && Base::start_object(n); }
  bool start_array(std::size_t n) { return deeper() && Base::start_array(n); }
  bool end_object() { return --depth, Base::end_object(); }
  bool end_array() { return --depth, Base::end_array(); }
  bool deeper() {
    tooDeep = ++depth > kMaxDepth;
    return !tooDeep;
  }
  std::string message;
  int depth = 0;
  bool tooDeep = false;
};

}  // namespace

Outcome<json> parse_text(std::string_view text) {
  json j;
  KeepMessage sax(j);
  const bool parsed = json::sax_parse(text.begin(), text.end(), &sax);
  if (sax.tooDeep)
    return FieldError{"$", "nests objects and arrays deeper than " + std::to_string(kMaxDepth) + " levels"};
  if (!parsed || !sax.message.empty()) {
    // "[json.exception.parse_error.101] parse error at line 1, …": drop the bracketed id.
    const auto at = sax.message.find("] ");
    return FieldError{"$", "is not valid JSON" + (at == std::string::npos
                                                      ? std::string()
                                                      : ": " + sax.message.substr(at + 2))};
  }
  return j;
}

}  // namespace isomargin::codec
