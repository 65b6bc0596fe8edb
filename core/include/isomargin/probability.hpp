// How likely a price is to touch a level within a horizon, under geometric Brownian motion
// with drift μ and volatility σ (annualised): the first-passage (reflection principle) law of
// a drifted Brownian motion's running minimum / maximum. Source: S. Shreve, Stochastic Calculus
// for Finance II (2004), §7.2.1, eq. (7.2.2)–(7.2.3); Borodin & Salminen, Handbook of Brownian
// Motion, 1.1.4. With X = ln(S/S0) = νt + σW, ν = μ − σ²/2, barrier b = ln(H/S0), horizon T:
//   b < 0:  P(min X ≤ b) = N((b − νT)/(σ√T)) + e^{2νb/σ²} · N((b + νT)/(σ√T))
//   b > 0:  P(max X ≥ b) = N((−b + νT)/(σ√T)) + e^{2νb/σ²} · N((−b − νT)/(σ√T))
#pragma once

namespace isomargin {

double normal_cdf(double x);

// P(S touches `barrier` within `years`), starting at `spot`. 1 when spot is at the barrier.
double touch_probability(double spot, double barrier, double drift, double volatility,
                         double years);

}  // namespace isomargin

namespace isomargin {

// A seeded Monte Carlo estimate of the same probability: `paths` GBM paths of `steps` equal
// steps, each checked at every step (discrete monitoring, as a mark price is sampled).
struct TouchEstimate {
  double probability = 0;
  double standardError = 0;
};
TouchEstimate touch_probability_mc(double spot, double barrier, double drift, double volatility,
                                   double years, int paths, int steps, unsigned long long seed);

// Broadie, Glasserman & Kou (1997), "A continuity correction for discrete barrier options":
// a barrier monitored at m steps acts like a continuous one moved away from the spot by
// e^{±β σ √(T/m)}, β = −ζ(1/2)/√(2π) ≈ 0.5826.
double discrete_barrier(double spot, double barrier, double volatility, double years, int steps);

}  // namespace isomargin
