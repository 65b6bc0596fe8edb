// The Monte Carlo machinery: the ziggurat sampler's distribution, the exact loss sum, and a run
// split into ranges of paths (one per worker) merged back into exactly the unsplit answer.
#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>
#include <vector>

#include "isomargin/monte_carlo.hpp"
#include "fixtures.hpp"
#include "isomargin/probability.hpp"
#include "random.hpp"  // core/src: the sampler is internal

using namespace isomargin;

TEST_CASE("ziggurat normals: moments, tails and a χ² over 60 bins", "[mc]") {
  const Ziggurat zig;
  SplitMix64 rng{2026};
  const int n = 4000000;
  const double lo = -3, width = 0.1;
  std::vector<int> bins(60, 0);
  double s1 = 0, s2 = 0, s4 = 0;
  int beyond3 = 0, beyondR = 0;
  for (int k = 0; k < n; ++k) {
    const double x = zig.normal(rng);
    s1 += x;
    s2 += x * x;
    s4 += x * x * x * x;
    beyond3 += std::fabs(x) > 3;
    beyondR += std::fabs(x) > 3.6541528853610088;  // drawn by the tail sampler
    const int b = static_cast<int>(std::floor((x - lo) / width));
    if (b >= 0 && b < 60) ++bins[b];
  }
  // Each within 4 standard errors of the normal's value (seeded: the same draws every run).
  CHECK(std::fabs(s1 / n) < 4 * std::sqrt(1.0 / n));
  CHECK(std::fabs(s2 / n - 1) < 4 * std::sqrt(2.0 / n));
  CHECK(std::fabs(s4 / n - 3) < 4 * std::sqrt(96.0 / n));
  auto tail = [&](double a, int count) {
    const double p = 2 * normal_cdf(-a);
    INFO("P(|x| > " << a << "): " << count / double(n) << " vs " << p);
    CHECK(std::fabs(count - n * p) < 4 * std::sqrt(n * p));
  };
  tail(3, beyond3);
  tail(3.6541528853610088, beyondR);
  double chi2 = 0;
  for (int b = 0; b < 60; ++b) {
    const double e = n * (normal_cdf(lo + (b + 1) * width) - normal_cdf(lo + b * width));
    chi2 += (bins[b] - e) * (bins[b] - e) / e;
  }
  INFO("χ² " << chi2);
  CHECK(chi2 < 98.3);  // 60 bins, 59 degrees of freedom: the 99.9th percentile is 98.3
}

TEST_CASE("the exact sum does not depend on order or grouping", "[mc]") {
  std::vector<double> xs = {1e16, 1, -1e16, 0.1, 3.3e-7, 123456.789, 1e-300, 2.5, 1e15, 0.2};
  ExactSum whole;
  for (double x : xs) whole.add(x);
  CHECK(whole.value() == 1000000000123460.6);  // Python's math.fsum; summing in order loses the 1
  std::sort(xs.begin(), xs.end());
  do {
    ExactSum a, b;
    for (std::size_t i = 0; i < xs.size(); ++i) (i % 3 ? a : b).add(xs[i]);
    a.add(b);
    REQUIRE(a.value() == whole.value());
    REQUIRE(a.parts() == whole.parts());  // one sum, one list of parts
  } while (std::next_permutation(xs.begin() + 6, xs.end()));
}

using isomargin::test::seed_short;

TEST_CASE("a run split into ranges of paths merges into exactly the unsplit run", "[mc]") {
  MmrRule tiers;  // the 100 BTC table: partial steps, fees and full liquidations all occur
  tiers.tiers = {{1, 0, 100, 0.03, 0.10, 10}, {2, 100, 200, 0.04, 0.11, 9.09}};
  const LiquidationRules rules;
  MonteCarloInput in;
  in.paths = 3001;
  in.steps = 120;
  in.seed = 99;
  in.volatility = 0.8;
  in.days = 30;
  const MonteCarloResult one = monte_carlo(seed_short(), 19500, 0.0001, tiers, rules, in);
  REQUIRE(one.tally.any > one.tally.full);
  REQUIRE(one.tally.full > 0);
  REQUIRE(one.tally.loss.parts().size() >= 1);
  for (int k : {1, 2, 3, 4, 7}) {
    std::vector<MonteCarloTally> parts;
    for (int w = k - 1; w >= 0; --w) {  // last range first: the merge sorts them
      MonteCarloInput part = in;
      part.firstPath = static_cast<int>(static_cast<long long>(w) * in.paths / k);
      part.pathCount = static_cast<int>(static_cast<long long>(w + 1) * in.paths / k) - part.firstPath;
      parts.push_back(monte_carlo_tally(seed_short(), 19500, 0.0001, tiers, rules, part));
    }
    const auto merged = merge_tallies(parts);
    REQUIRE(merged.ok());
    const MonteCarloResult r = monte_carlo_result(merged.value());
    INFO(k << " parts");
    CHECK(r.anyLiquidation == one.anyLiquidation);
    CHECK(r.fullLiquidation == one.fullLiquidation);
    CHECK(r.standardError == one.standardError);
    CHECK(r.expectedLoss == one.expectedLoss);
    CHECK(r.firstLiquidation == one.firstLiquidation);
    CHECK(r.tally.pathCount == in.paths);
  }
}

TEST_CASE("merging refuses parts that do not cover the run once each", "[mc]") {
  MonteCarloTally a, b;
  a.paths = b.paths = 10;
  a.pathCount = 5;
  b.firstPath = 6;
  b.pathCount = 4;
  auto gap = merge_tallies({a, b});
  REQUIRE_FALSE(gap.ok());
  CHECK(gap.error().field == "[1].tally.firstPath");
  b.firstPath = 5;
  b.pathCount = 4;
  auto shortRun = merge_tallies({b, a});
  REQUIRE_FALSE(shortRun.ok());
  CHECK(shortRun.error().message == "the parts cover 9 of 10 paths");
  b.pathCount = 5;
  b.any = 1;  // but no histogram entry
  auto hist = merge_tallies({a, b});
  REQUIRE_FALSE(hist.ok());
  CHECK(hist.error().field == "[1].firstLiquidation");
  CHECK_FALSE(merge_tallies({}).ok());
}
