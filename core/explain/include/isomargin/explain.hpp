// Every reported number explained: its formula, the same with the scenario's values, its value,
// unit, convention and source. Built beside the codec, from the numbers the core used, and
// linked only into the binaries that want it (the CLI, the wasm module), so that it can move to
// a module of its own. Also the report as text for a person (`isomargin eval --format text`).
#pragma once
#include <string_view>

#include "isomargin/codec.hpp"

namespace isomargin::explain {

// The explainers to pass to codec::evaluate_text(); with `always`, every report is explained.
codec::Explainer explainer(bool always = false);

// The scenario's report as aligned label / value / unit lines, rounded for display, with the
// state in words; with `formulas`, each number's formula and substituted line below it. `ok`
// false: `json` is the error, {"error": {"field", "message"}}.
codec::Evaluation report_text(std::string_view scenario, bool formulas);

// {"error": {"field", "message"}} as one line: "order.leverage: must be at least 1".
std::string error_words(std::string_view errorJson);

// The presets and conventions, one line each: name, label (`isomargin presets --format text`).
std::string catalog_words();

}  // namespace isomargin::explain
