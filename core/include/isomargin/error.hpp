// A problem with one input, named by its JSON path ("order.leverage", "tiers.rows[2].mmr").
// The core names fields with the same paths the scenario codec uses, so an error reads the
// same from C++, the CLI, the wasm API and the page.
#pragma once
#include <cstdio>
#include <optional>
#include <string>
#include <utility>

namespace isomargin {

struct FieldError {
  std::string field;
  std::string message;
};

// A value or the first error found; the core never throws.
template <class T>
class Outcome {
 public:
  Outcome(T value) : value_(std::move(value)) {}
  Outcome(FieldError error) : error_(std::move(error)) {}
  bool ok() const { return value_.has_value(); }
  const T& value() const { return *value_; }
  T& value() { return *value_; }
  const FieldError& error() const { return *error_; }

 private:
  std::optional<T> value_;
  std::optional<FieldError> error_;
};

using Check = std::optional<FieldError>;

inline std::string index_path(const std::string& path, std::size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

// A number as a person would type it, for error messages ("105", "0.0625", "1e+15").
inline std::string plain_number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.12g", x);
  return buf;
}

}  // namespace isomargin
