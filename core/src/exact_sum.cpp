#include "isomargin/exact_sum.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace isomargin {

// Two-sum into each part in turn; the rounding errors stay as the new parts (msum).
void ExactSum::add(double x) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < parts_.size(); ++i) {
    double y = parts_[i];
    if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
    const double hi = x + y;
    const double lo = y - (hi - x);
    if (lo != 0) parts_[kept++] = lo;
    x = hi;
  }
  parts_.resize(kept);
  parts_.push_back(x);
}

void ExactSum::add(const ExactSum& other) {
  for (double p : other.parts_) add(p);
}

// Python's fsum: add from the largest part down until a rounding error appears, then settle a
// halfway case by the sign of the parts below it.
double ExactSum::value() const {
  std::size_t n = parts_.size();
  if (n == 0) return 0;
  double hi = parts_[--n], lo = 0;
  while (n > 0) {
    const double x = hi, y = parts_[--n];
    hi = x + y;
    lo = y - (hi - x);
    if (lo != 0) break;
  }
  if (n > 0 && ((lo < 0 && parts_[n - 1] < 0) || (lo > 0 && parts_[n - 1] > 0))) {
    const double y = lo * 2, x = hi + y;
    if (y == x - hi) hi = x;
  }
  return hi;
}

std::vector<double> ExactSum::parts() const {
  std::vector<double> out;
  ExactSum rest = *this;
  for (double v = rest.value(); v != 0; v = rest.value()) {  // a nonzero rest rounds to nonzero
    out.push_back(v);
    rest.add(-v);  // exact
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace isomargin
