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

#include "isomargin/monte_carlo.hpp"
#include "fixtures.hpp"

using isomargin::test::seed_short;

TEST_CASE("Monte Carlo through the engine, without tiers, agrees with the closed form", "[probability][mc]") {
  // The seed's short at 19,500, fixed mmr 4%: liquidated at 28,711.02 (domain.md §5).
  MmrRule fixed;
  fixed.fixedMmr = 0.04;
  const LiquidationRules rules;
  MonteCarloInput in;
  in.paths = 20000;
  in.steps = 200;
  in.seed = 2026;
  in.volatility = 0.6;
  in.days = 30;
  const MonteCarloResult mc = monte_carlo(seed_short(), 19500, 0.0001, fixed, rules, in);
  const double years = in.days / 365;
  const PriceLevel liq = solve_price(book_of(seed_short()), liquidation_k(0.04, 0.0001));
  const double closed = touch_probability(19500, discrete_barrier(19500, liq.price, 0.6, years, in.steps), 0, 0.6, years);
  INFO("MC " << mc.anyLiquidation << " ± " << mc.standardError << ", closed form " << closed);
  CHECK(std::fabs(mc.anyLiquidation - closed) <= 3 * mc.standardError);
  // Without tiers there is nothing to step down to: every liquidation is a full one.
  CHECK(mc.fullLiquidation == mc.anyLiquidation);
  int hits = 0;
  for (int n : mc.firstLiquidation) hits += n;
  CHECK(hits == static_cast<int>(std::lround(mc.anyLiquidation * in.paths)));
  CHECK(mc.expectedLoss > 0);
}

TEST_CASE("with the 100 BTC tier table some paths stop at a partial step", "[probability][mc]") {
  MmrRule fixed, tiers;
  fixed.fixedMmr = 0.04;
  tiers.tiers = {{1, 0, 100, 0.03, 0.10, 10}, {2, 100, 200, 0.04, 0.11, 9.09}};
  MonteCarloInput in;
  in.paths = 4000;
  in.steps = 100;
  in.seed = 7;
  in.volatility = 0.6;
  in.days = 30;
  const auto a = monte_carlo(seed_short(), 19500, 0.0001, fixed, LiquidationRules{}, in);
  const auto b = monte_carlo(seed_short(), 19500, 0.0001, tiers, LiquidationRules{}, in);
  // Tier 2 is 4% too, so the same paths are first hit; fewer end in a full liquidation.
  CHECK(b.anyLiquidation == a.anyLiquidation);
  CHECK(b.fullLiquidation < b.anyLiquidation);
  CHECK(b.expectedLoss < a.expectedLoss);
}
