// An exact sum of doubles: Shewchuk (1997), "Adaptive Precision Floating-Point Arithmetic and
// Fast Robust Geometric Predicates", Discrete Comput. Geom. 18; the algorithm of Python's
// math.fsum (msum). The running sum is kept as non-overlapping parts whose total is exact, and
// value() rounds that total once, correctly. So the value does not depend on the order of the
// terms or on how they were grouped: the Monte Carlo's loss over a split run equals the whole run's.
#pragma once
#include <vector>

namespace isomargin {

class ExactSum {
 public:
  void add(double x);
  void add(const ExactSum& other);
  double value() const;  // the exact total, rounded to nearest (ties to even)
  // The sum as parts whose exact total it is, by increasing magnitude: the largest is value(),
  // each next the rounded rest. One sum, one list, however it was added up (so JSON compares).
  std::vector<double> parts() const;

 private:
  std::vector<double> parts_;
};

}  // namespace isomargin
