// Time one evaluation natively: the core alone (structs in, report out) and the whole codec
// Time one evaluation natively: the core alone (structs in, report out) and the whole codec
// path (scenario text in, report text out); the sweep per price (spot, contract, and through the
// codec's columns); and, with a counting allocator, how many heap allocations each makes.
// Prints JSON; `npm run bench` records a run.
// `isomargin_bench time evaluate|sweep|merge FILE [PRICES]` times one text call instead (the
// best of 3; PRICES: raw little-endian doubles), for bench/worst-bench.mjs.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "isomargin/codec.hpp"
#include "isomargin/explain.hpp"

long heap_allocations();  // allocations.cpp: every operator new of this binary, counted

namespace {

// Heap allocations per call of f(i), over n calls.
template <class F>
double allocations_per_call(F&& f, int n) {
  const long before = heap_allocations();
  for (int i = 0; i < n; ++i) f(i);
  return static_cast<double>(heap_allocations() - before) / n;
}

const char* kSeed = R"({"pair":"BTC/USDT","side":"short","marginCoin":"quote","mode":"old",
  "position":{"assets":3299800,"liability":110,"interest":0.5},"markPrice":29000,
  "takerFee":0.0001,"tiers":{"preset":"seed-illustrative-btc"}})";

// The same with its explanations, and a perpetual under all nine conventions, with and without.
const char* kSeedExplained = R"({"pair":"BTC/USDT","side":"short","marginCoin":"quote","mode":"old",
  "position":{"assets":3299800,"liability":110,"interest":0.5},"markPrice":29000,
  "takerFee":0.0001,"tiers":{"preset":"seed-illustrative-btc"},"explain":true})";
const char* kPerpetual = R"({"product":"perpetual","pair":"BTC/USDT","side":"long","model":"okx",
  "contract":{"type":"linear","ctVal":0.01},"position":{"contracts":100,"entryPrice":100000,"leverage":10},
  "markPrice":99000,"takerFee":0.0005,"mmr":0.004})";
const char* kCompare = R"({"product":"perpetual","pair":"BTC/USDT","side":"long","model":"okx","compare":true,
  "contract":{"type":"linear","ctVal":0.01},"position":{"contracts":100,"entryPrice":100000,"leverage":10},
  "markPrice":99000,"lastPrice":99100,"takerFee":0.0005,"mmr":0.004,
  "calculate":{"exitPrice":110000,"targetRoe":1,"liquidationPrice":85000}})";

template <class F>
double ns_per_call(F&& f, int n) {
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) f(i);
  const auto t1 = std::chrono::steady_clock::now();
  return std::chrono::duration<double, std::nano>(t1 - t0).count() / n;
}

std::string read(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// CPU and wall time of the best of three calls.
int time_one(const std::string& what, const char* file, const char* pricesFile) {
  const std::string text = read(file);
  std::vector<double> prices;
  if (pricesFile) {
    const std::string bytes = read(pricesFile);
    prices.resize(bytes.size() / sizeof(double));
    std::memcpy(prices.data(), bytes.data(), prices.size() * sizeof(double));
  }
  double cpu = 1e300, wall = 1e300;
  bool ok = false;
  for (int run = 0; run < 3; ++run) {
    const std::clock_t c0 = std::clock();
    const auto t0 = std::chrono::steady_clock::now();
    if (what == "sweep") ok = isomargin::codec::sweep_text(text, prices).ok;
    else if (what == "merge") ok = isomargin::codec::merge_monte_carlo_text(text).ok;
    else ok = isomargin::codec::evaluate_text(text).ok;
    wall = std::min(wall, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    cpu = std::min(cpu, 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC);
  }
  std::printf("{\"ok\": %s, \"cpuMs\": %.1f, \"wallMs\": %.1f}\n", ok ? "true" : "false", cpu, wall);
  return 0;
}

}  // namespace

// `isomargin_bench sweep`: the three sweeps once each and nothing else, for callgrind
// (instruction counts hold whatever the machine's load; docs/benchmarks.md).
int main(int argc, char** argv) {
  if (argc >= 4 && !std::strcmp(argv[1], "time")) return time_one(argv[2], argv[3], argc > 4 ? argv[4] : nullptr);
  const bool sweepOnly = argc > 1 && std::string(argv[1]) == "sweep";
  const auto decoded = isomargin::codec::decode_text(kSeed);
  if (!decoded.ok()) return 1;
  isomargin::SpotScenario s = decoded.value().scenario;
  volatile double sink = 0;
  const int n = 200000;
  const double core = sweepOnly ? 0 : ns_per_call(
      [&](int i) {
        s.markPrice = 19500 + (i % 1000) * 10;  // walk the mark so nothing is hoisted
        sink = sink + evaluate(s).atMark.netAssets;
      },
      n);
  const int m = sweepOnly ? 0 : 20000;
  const double text = ns_per_call(
      [&](int) { sink = sink + isomargin::codec::evaluate_text(kSeed).json.size(); }, m);
  const isomargin::codec::Explainer ex = isomargin::explain::explainer();
  auto text_ns = [&](const char* scenario, bool explain) {
    const isomargin::codec::Explainer all = isomargin::explain::explainer(explain);
    return ns_per_call([&](int) { sink = sink + isomargin::codec::evaluate_text(scenario, -1, &all).json.size(); }, m);
  };
  const double explained = ns_per_call(
      [&](int) { sink = sink + isomargin::codec::evaluate_text(kSeedExplained, -1, &ex).json.size(); }, m);
  const double compare = text_ns(kCompare, false), compareExplained = text_ns(kCompare, true);
  // One position at many prices: the seed across its liquidation (every state), 1e5 prices as
  // the page's bench asks; the perpetual across 80,000–120,000.
  const int np = 100000;
  std::vector<double> prices(np), cprices(np);
  for (int i = 0; i < np; ++i) prices[i] = 20000 + (15000.0 * i) / (np - 1);
  for (int i = 0; i < np; ++i) cprices[i] = 80000 + (40000.0 * i) / (np - 1);
  const auto perpetual = isomargin::codec::decode_contract(nlohmann::ordered_json::parse(kPerpetual));
  if (!perpetual.ok()) return 1;
  const isomargin::ContractScenario& cs = perpetual.value().scenario;
  const int sweeps = sweepOnly ? 1 : 20;
  const double sweepNs =
      ns_per_call([&](int) { sink = sink + isomargin::sweep_prices(s, prices).back().price; }, sweeps) / np;
  const double contractSweepNs =
      ns_per_call([&](int) { sink = sink + isomargin::sweep_prices(cs, cprices).back().price; }, sweeps) / np;
  const double sweepTextNs =
      ns_per_call([&](int) { sink = sink + isomargin::codec::sweep_text(kSeed, prices).state.size(); }, sweeps) / np;
  s.markPrice = 29000;
  const double evaluateAllocations = allocations_per_call([&](int) { sink = sink + evaluate(s).atMark.netAssets; }, 1000);
  s.markPrice = 19500;  // below the liquidation price: no partial step
  const double evaluateAllocationsNormal = allocations_per_call([&](int) { sink = sink + evaluate(s).atMark.netAssets; }, 1000);
  const double sweepAllocationsPerPrice =
      allocations_per_call([&](int) { sink = sink + isomargin::sweep_prices(s, prices).size(); }, 2) / np;
  const double contractSweepAllocationsPerPrice =
      allocations_per_call([&](int) { sink = sink + isomargin::sweep_prices(cs, cprices).size(); }, 2) / np;
  const double sweepTextAllocationsPerPrice =
      allocations_per_call([&](int) { sink = sink + isomargin::codec::sweep_text(kSeed, prices).state.size(); }, 2) / np;
  if (sweepOnly) {
    std::printf("{\"sweepNsPerPrice\": %.1f, \"contractSweepNsPerPrice\": %.1f, \"sweepTextNsPerPrice\": %.1f}\n",
                sweepNs, contractSweepNs, sweepTextNs);
    return 0;
  }
  // Issue goal: 10,000 paths × 1,440 steps through the engine (the seed, illustrative tiers).
  isomargin::MonteCarloInput mc;
  mc.paths = 10000;
  mc.steps = 1440;
  mc.seed = 1;
  mc.volatility = 0.6;
  mc.days = 1;
  s.markPrice = 19500;
  const auto t0 = std::chrono::steady_clock::now();
  const auto result = isomargin::monte_carlo(*s.position, s.markPrice, s.takerFee, s.mmr, s.rules, mc);
  const double mcMs =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  sink = sink + result.anyLiquidation;
  std::printf("{\"coreEvaluateNs\": %.0f, \"jsonEvaluateNs\": %.0f, \"jsonEvaluateExplainedNs\": %.0f, "
              "\"compareJsonNs\": %.0f, \"compareJsonExplainedNs\": %.0f, \"coreCalls\": %d, "
              "\"jsonCalls\": %d, \"monteCarlo10000x1440Ms\": %.0f, \"sweepNsPerPrice\": %.1f, "
              "\"contractSweepNsPerPrice\": %.1f, \"sweepTextNsPerPrice\": %.1f, \"evaluateAllocations\": %.2f, "
              "\"evaluateAllocationsNormal\": %.2f, \"sweepAllocationsPerPrice\": %.3f, "
              "\"sweepTextAllocationsPerPrice\": %.3f, \"contractSweepAllocationsPerPrice\": %.3f}\n",
              core, text, explained, compare, compareExplained, n, m, mcMs, sweepNs, contractSweepNs,
              sweepTextNs, evaluateAllocations, evaluateAllocationsNormal, sweepAllocationsPerPrice,
              sweepTextAllocationsPerPrice, contractSweepAllocationsPerPrice);
  return 0;
}
