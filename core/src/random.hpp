// A small seeded generator for the Monte Carlo code: splitmix64 (the same sequence on every
// platform for a seed) and Box–Muller normals.
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
  double uniform() { return ((next() >> 11) + 0.5) * 0x1.0p-53; }  // in (0, 1)
  // Box–Muller: a pair of normals from a pair of uniforms; the second is kept for the next call.
  double normal() {
    if (hasSpare) {
      hasSpare = false;
      return spare;
    }
    constexpr double kTwoPi = 6.283185307179586;
    const double r = std::sqrt(-2 * std::log(uniform()));
    const double a = kTwoPi * uniform();
    spare = r * std::sin(a);
    hasSpare = true;
    return r * std::cos(a);
  }
  double spare = 0;
  bool hasSpare = false;
};

// Each path has its own stream, so a path's prices do not depend on how the paths before it
// ended (a full liquidation stops drawing), and any range of paths can be run alone.
inline SplitMix64 path_stream(unsigned long long seed, int path) {
  SplitMix64 mix{seed ^ (0xd1b54a32d192ed03ULL * (static_cast<unsigned long long>(path) + 1))};
  return SplitMix64{mix.next(), 0, false};
}

}  // namespace isomargin
