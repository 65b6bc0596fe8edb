// embind only: the codec's text API and the preset list. Everything else is core/.
#include <emscripten/bind.h>

#include "isomargin/codec.hpp"

using namespace emscripten;
using isomargin::codec::Evaluation;

namespace {
Evaluation evaluate(const std::string& scenario) { return isomargin::codec::evaluate_text(scenario); }
}  // namespace

EMSCRIPTEN_BINDINGS(isomargin) {
  value_object<Evaluation>("Evaluation")
      .field("ok", &Evaluation::ok)
      .field("json", &Evaluation::json);
  function("_evaluate", &evaluate);
  function("_presets", &isomargin::codec::presets_text);
}
