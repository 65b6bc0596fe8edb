// The chance of touching the liquidation price: the closed form against its own limits and
// against a seeded Monte Carlo with the same dynamics.
#include <catch2/catch.hpp>
#include <cmath>

#include "isomargin/probability.hpp"

using namespace isomargin;
using Catch::Matchers::WithinAbs;

TEST_CASE("zero log-drift reduces to the reflection principle, 2·N(b/σ√T)", "[probability]") {
  const double sigma = GENERATE(0.3, 0.6, 1.2);
  const double years = GENERATE(7.0 / 365, 30.0 / 365, 1.0);
  const double mu = sigma * sigma / 2;  // ν = μ − σ²/2 = 0
  for (double barrier : {80.0, 95.0, 105.0, 130.0}) {
    const double b = std::log(barrier / 100);
    const double expected = 2 * normal_cdf(-std::fabs(b) / (sigma * std::sqrt(years)));
    CHECK_THAT(touch_probability(100, barrier, mu, sigma, years), WithinAbs(expected, 1e-12));
  }
}

TEST_CASE("more time or more volatility never makes touching less likely", "[probability]") {
  double last = 0;
  for (double days : {1.0, 7.0, 30.0, 90.0, 365.0}) {
    const double p = touch_probability(19500, 28711.02, 0, 0.6, days / 365);
    CHECK(p >= last);
    last = p;
  }
  CHECK(touch_probability(100, 90, 0, 0.8, 0.1) > touch_probability(100, 90, 0, 0.4, 0.1));
  CHECK(touch_probability(100, 100, 0, 0.5, 0.1) == 1);
}

TEST_CASE("Monte Carlo agrees with the closed form within its standard error", "[probability][mc]") {
  // Discrete monitoring touches less often than continuous; the Broadie–Glasserman–Kou
  // correction moves the closed form's barrier to match, so the two estimate the same thing.
  struct Row { double barrier, mu, sigma, days; };
  const Row rows[] = {{28711.02, 0, 0.6, 30}, {15000, 0, 0.8, 30}, {21000, 0.2, 0.5, 14}, {17000, -0.3, 0.7, 60}};
  const int paths = 20000, steps = 200;
  for (const Row& r : rows) {
    const TouchEstimate mc = touch_probability_mc(19500, r.barrier, r.mu, r.sigma, r.days / 365, paths, steps, 42);
    const double closed = touch_probability(19500, discrete_barrier(19500, r.barrier, r.sigma, r.days / 365, steps),
                                            r.mu, r.sigma, r.days / 365);
    INFO("barrier " << r.barrier << ": MC " << mc.probability << " ± " << mc.standardError << ", closed " << closed);
    CHECK(std::fabs(mc.probability - closed) <= 3 * mc.standardError + 1e-9);
  }
}

TEST_CASE("a seed gives the same estimate every time", "[probability][mc]") {
  const auto a = touch_probability_mc(100, 90, 0, 0.6, 0.1, 2000, 50, 7);
  const auto b = touch_probability_mc(100, 90, 0, 0.6, 0.1, 2000, 50, 7);
  CHECK(a.probability == b.probability);
  CHECK(touch_probability_mc(100, 90, 0, 0.6, 0.1, 2000, 50, 8).probability != a.probability);
}
