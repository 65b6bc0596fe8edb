// The range check every validator uses, and the limits wide enough for any real market (a
// price of 1e-10 to 1e12, amounts up to 1e15) that keep every product finite.
#pragma once
#include <cmath>
#include <string>

#include "isomargin/error.hpp"

namespace isomargin {

constexpr double kMaxPrice = 1e12;
constexpr double kMaxAmount = 1e15;

// x finite and in (lo, hi] when `loOpen`, else in [lo, hi].
inline Check in_range(double x, const std::string& path, double lo, bool loOpen, double hi) {
  if (!std::isfinite(x)) return FieldError{path, "must be a finite number"};
  if (loOpen ? x <= lo : x < lo) {
    if (lo == 0) return FieldError{path, loOpen ? "must be greater than 0" : "must not be negative"};
    return FieldError{path, (loOpen ? "must be greater than " : "must be at least ") + plain_number(lo)};
  }
  if (x > hi) return FieldError{path, "must be at most " + plain_number(hi)};
  return std::nullopt;
}

}  // namespace isomargin
