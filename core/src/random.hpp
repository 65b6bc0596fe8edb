// A small seeded generator for the Monte Carlo code: splitmix64 (the same sequence on every
// platform for a seed) and ziggurat normals.
#pragma once
#include <cmath>

namespace isomargin {

struct SplitMix64 {
  unsigned long long state;
  unsigned long long next() {
    unsigned long long z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // (k + ½)/2⁵², k < 2⁵²: exact in a double, so strictly inside (0, 1).
  double uniform() { return ((next() >> 12) + 0.5) * 0x1.0p-52; }
};

// Standard normals by the ziggurat method: Marsaglia & Tsang (2000), "The Ziggurat Method for
// Generating Random Variables", J. Stat. Software 5(8), in the form of Doornik (2005), "An
// Improved Ziggurat Method to Generate Normal Random Samples" (ZIGNOR): the layer index and the
// signed uniform come from disjoint bits of one 64-bit draw (low 8 bits, top 52 bits), so they
// are independent, and ~99% of draws cost one draw, a compare and a multiply.
// 256 layers of equal area V under f(x) = e^{−x²/2}, the bottom one with the tail beyond R.
// R and V solve x₁ = R, x_{i+1} = f⁻¹(V/x_i + f(x_i)), x₂₅₆ = 0 (bisection on R at 40 digits
// with mpmath; Marsaglia & Tsang print the same R).
// The tables are built by each Monte Carlo call (no globals): 255 exp, log and sqrt.
class Ziggurat {
 public:
  static constexpr int kLayers = 256;
  Ziggurat() {
    constexpr double kR = 3.6541528853610088, kV = 4.9286732339746553e-3;
    double f = std::exp(-0.5 * kR * kR);
    x_[0] = kV / f;  // the bottom layer's width if its tail were a rectangle
    x_[1] = kR;
    f_[0] = 0;  // unused: layer 0's wedge is the tail
    f_[1] = f;
    for (int i = 2; i < kLayers; ++i) {
      x_[i] = std::sqrt(-2 * std::log(kV / x_[i - 1] + f));
      f = std::exp(-0.5 * x_[i] * x_[i]);
      f_[i] = f;
    }
    x_[kLayers] = 0;
    f_[kLayers] = 1;
    for (int i = 0; i < kLayers; ++i) ratio_[i] = x_[i + 1] / x_[i];
  }

  double normal(SplitMix64& rng) const {
    for (;;) {
      const unsigned long long bits = rng.next();
      const int i = static_cast<int>(bits & 0xff);
      const double u = ((bits >> 12) + 0.5) * 0x1.0p-51 - 1;  // in (−1, 1), exact
      if (std::fabs(u) < ratio_[i]) return u * x_[i];        // inside the layer's core
      if (i == 0) return tail(rng, u < 0);
      // In the wedge between the layer's edge and the curve: accept under f.
      const double x = u * x_[i];
      if (f_[i] + (f_[i + 1] - f_[i]) * rng.uniform() < std::exp(-0.5 * x * x)) return x;
    }
  }

 private:
  // Beyond R: Marsaglia (1964), as in ZIGNOR.
  static double tail(SplitMix64& rng, bool negative) {
    constexpr double kR = 3.6541528853610088;
    double x, y;
    do {
      x = std::log(rng.uniform()) / kR;
      y = std::log(rng.uniform());
    } while (-2 * y < x * x);
    return negative ? x - kR : kR - x;
  }

  double x_[kLayers + 1];      // layer i spans [0, x_[i]] between heights f_[i] and f_[i+1]
  double f_[kLayers + 1];      // e^{−x²/2} at x_[i]
  double ratio_[kLayers];      // x_[i+1] / x_[i]: |u| below it is under the curve for sure
};

// Each path has its own stream, so a path's prices do not depend on how the paths before it
// ended (a full liquidation stops drawing), and any range of paths can be run alone.
inline SplitMix64 path_stream(unsigned long long seed, int path) {
  SplitMix64 mix{seed ^ (0xd1b54a32d192ed03ULL * (static_cast<unsigned long long>(path) + 1))};
  return SplitMix64{mix.next()};
}

}  // namespace isomargin
