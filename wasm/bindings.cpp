// embind only: the codec's text API (evaluate, a pasted exchange position), its catalog of
// presets and conventions, and the batch sweep. Everything else is core/. Strings cross as JSON (a report, or {"error": {...}}); the
// sweep's prices and columns cross as typed arrays, copied in and out in one call each.
// Built twice (wasm/CMakeLists.txt): ISOMARGIN_FULL adds the explanations and the paste.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <algorithm>

#include "isomargin/codec.hpp"
#if ISOMARGIN_FULL
#include "isomargin/explain.hpp"
#endif

namespace {

using emscripten::typed_memory_view;
using emscripten::val;

// "explain": true in a scenario adds the report's explanations (core/explain); the first-load
// module answers it with an error naming "explain".
std::string evaluate(const std::string& scenario) {
#if ISOMARGIN_FULL
  const isomargin::codec::Explainer explainer = isomargin::explain::explainer();
  return isomargin::codec::evaluate_text(scenario, -1, &explainer).json;
#else
  return isomargin::codec::evaluate_text(scenario, -1, nullptr).json;
#endif
}

// A copy in a new JS typed array: the view into wasm memory dies with the vector.
template <class T>
val copy_out(const char* type, const std::vector<T>& v) {
  return val::global(type).new_(typed_memory_view(v.size(), v.data()));
}

// `prices` is a Float64Array (isomargin.js converts plain arrays). One more than the limit is
// copied, so that the codec can say the array is too long.
val sweep(const std::string& scenario, const val& prices) {
  const std::size_t n = std::min<std::size_t>(prices["length"].as<std::size_t>(),
                                              isomargin::kMaxSweepPrices + 1);
  std::vector<double> xs(n);
  val(typed_memory_view(n, xs.data())).call<void>("set", prices.call<val>("subarray", 0, n));
  const isomargin::codec::SweepColumns c = isomargin::codec::sweep_text(scenario, xs);
  val out = val::object();
  if (!c.ok) {
    out.set("error", c.error);
    return out;
  }
  out.set("pnl", copy_out("Float64Array", c.pnl));
  out.set("marginRatio", copy_out("Float64Array", c.marginRatio));
  out.set("state", copy_out("Uint8Array", c.state));
  return out;
}

std::string catalog() { return isomargin::codec::catalog_text(); }

std::string merge_monte_carlo(const std::string& parts) {
  return isomargin::codec::merge_monte_carlo_text(parts).json;
}

#if ISOMARGIN_FULL
// A pasted exchange position and the options JSON ("" for none): the mapping with its report.
std::string from_exchange(const std::string& paste, const std::string& options) {
  const isomargin::codec::Explainer explainer = isomargin::explain::explainer();
  isomargin::codec::PasteArgs args;
  args.options = options;
  args.explainer = &explainer;
  return isomargin::codec::from_exchange_text(paste, args).json;
}
#endif
}  // namespace

EMSCRIPTEN_BINDINGS(isomargin) {
  emscripten::function("_evaluate", &evaluate);
  emscripten::function("_sweep", &sweep);
  emscripten::function("_mergeMonteCarlo", &merge_monte_carlo);
  emscripten::function("_catalog", &catalog);
#if ISOMARGIN_FULL
  emscripten::function("_fromExchange", &from_exchange);
#endif
}
