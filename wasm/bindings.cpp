// embind only: the codec's text API and its catalog of presets and conventions. Everything
// else is core/. Plain strings cross the boundary: a report, or {"error": {...}} for a bad
// input.
#include <emscripten/bind.h>

#include "isomargin/codec.hpp"

namespace {
std::string evaluate(const std::string& scenario) {
  return isomargin::codec::evaluate_text(scenario).json;
}
}  // namespace

EMSCRIPTEN_BINDINGS(isomargin) {
  emscripten::function("_evaluate", &evaluate);
  emscripten::function("_catalog", &isomargin::codec::catalog_text);
}
