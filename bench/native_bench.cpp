// Time one evaluation natively: the core alone (structs in, report out) and the whole codec
// path (scenario text in, report text out). Prints JSON; docs/benchmarks.md records a run.
#include <chrono>
#include <cstdio>
#include <string>

#include "isomargin/codec.hpp"

namespace {

const char* kSeed = R"({"pair":"BTC/USDT","side":"short","marginCoin":"quote","mode":"old",
  "position":{"assets":3299800,"liability":110,"interest":0.5},"markPrice":29000,
  "takerFee":0.0001,"tiers":{"preset":"seed-illustrative-btc"}})";

template <class F>
double ns_per_call(F&& f, int n) {
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) f(i);
  const auto t1 = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::nano>(t1 - t0).count() / n;
}

}  // namespace

int main() {
  const auto decoded = isomargin::codec::decode_text(kSeed);
  if (!decoded.ok()) return 1;
  isomargin::SpotScenario s = decoded.value().scenario;
  volatile double sink = 0;
  const int n = 200000;
  const double core = ns_per_call(
      [&](int i) {
        s.markPrice = 19500 + (i % 1000) * 10;  // walk the mark so nothing is hoisted
        sink = sink + evaluate(s).atMark.netAssets;
      },
      n);
  const int m = 20000;
  const double text = ns_per_call(
      [&](int) { sink = sink + isomargin::codec::evaluate_text(kSeed).json.size(); }, m);
  std::printf("{\"coreEvaluateNs\": %.0f, \"jsonEvaluateNs\": %.0f, \"coreCalls\": %d, "
              "\"jsonCalls\": %d}\n",
              core, text, n, m);
  return 0;
}
