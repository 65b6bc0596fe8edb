#include "isomargin/probability.hpp"

#include "random.hpp"

#include <cmath>

namespace isomargin {

double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double touch_probability(double spot, double barrier, double drift, double volatility,
                         double years) {
  const double b = std::log(barrier / spot);
  if (b == 0) return 1;
  const double nu = drift - 0.5 * volatility * volatility;
  const double sd = volatility * std::sqrt(years);
  const double direct = b < 0 ? normal_cdf((b - nu * years) / sd) : normal_cdf((-b + nu * years) / sd);
  const double tail = b < 0 ? normal_cdf((b + nu * years) / sd) : normal_cdf((-b - nu * years) / sd);
  // e^{2νb/σ²}·N(·) in log space: the exponential alone overflows under extreme drifts.
  const double reflected = tail > 0 ? std::exp(2 * nu * b / (volatility * volatility) + std::log(tail)) : 0;
  const double p = direct + reflected;
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

}  // namespace isomargin

namespace isomargin {

TouchEstimate touch_probability_mc(double spot, double barrier, double drift, double volatility,
                                   double years, int paths, int steps, unsigned long long seed) {
  const double dt = years / steps;
  const double mean = (drift - 0.5 * volatility * volatility) * dt;
  const double sd = volatility * std::sqrt(dt);
  const double b = std::log(barrier / spot);
  const Ziggurat zig;
  int touched = 0;
  for (int i = 0; i < paths; ++i) {
    SplitMix64 rng = path_stream(seed, i);
    double x = 0;
    for (int j = 0; j < steps; ++j) {
      x += mean + sd * zig.normal(rng);
      if (b < 0 ? x <= b : x >= b) {
        ++touched;
        break;
      }
    }
  }
  TouchEstimate e;
  e.probability = static_cast<double>(touched) / paths;
  e.standardError = std::sqrt(e.probability * (1 - e.probability) / paths);
  return e;
}

double discrete_barrier(double spot, double barrier, double volatility, double years, int steps) {
  const double shift = 0.5826 * volatility * std::sqrt(years / steps);
  return barrier < spot ? barrier * std::exp(-shift) : barrier * std::exp(shift);
}

}  // namespace isomargin
