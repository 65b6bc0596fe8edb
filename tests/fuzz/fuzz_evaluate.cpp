// libFuzzer: any bytes as a scenario through evaluate_text with the explanations, as the CLI
// and wasm's evaluate() call it, and through the CLI's text format (report_text).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "contract.hpp"
#include "isomargin/codec.hpp"
#include "isomargin/explain.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  // Every report explained, asked for or not: the explanations see every input too.
  static const isomargin::codec::Explainer explainer = isomargin::explain::explainer(true);
  const auto out = isomargin::codec::evaluate_text(text, -1, &explainer);
  if (out.ok) fuzz::check_report(out.json);
  else fuzz::check_error(out.json);
  const auto words = isomargin::explain::report_text(text, /*formulas=*/true);
  if (words.ok != out.ok) fuzz::breach("the text format and the JSON report disagree on ok", out.json);
  if (!words.ok) fuzz::check_error(words.json);
  else if (words.json.empty()) fuzz::breach("an empty text report", out.json);
  return 0;
}
