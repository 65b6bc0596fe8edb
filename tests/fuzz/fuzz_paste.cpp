// libFuzzer: from_exchange_text, the CLI's `isomargin paste` and wasm's fromExchange(). The
// input is the pasted text, then (after a NUL, if any) the options JSON; explanations come when
// the options ask, as in wasm. A paste's answer keeps the contract, and the scenario it made is
// one `isomargin eval` takes: evaluated again, it gives the report the paste showed.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "contract.hpp"
#include "isomargin/codec.hpp"
#include "isomargin/explain.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const std::size_t cut = all.find('\0');
  static const isomargin::codec::Explainer explainer = isomargin::explain::explainer();
  isomargin::codec::PasteArgs args;
  args.explainer = &explainer;
  if (cut != std::string_view::npos) args.options = all.substr(cut + 1);
  const auto out = isomargin::codec::from_exchange_text(all.substr(0, cut), args);
  if (!out.ok) {
    fuzz::check_error(out.json);
    return 0;
  }
  const fuzz::json answer = fuzz::check_report(out.json);
  if (!answer.contains("scenario") || !answer["scenario"].is_object() || !answer.contains("report"))
    fuzz::breach("a paste's answer without its scenario and report", out.json);
  const auto again = isomargin::codec::evaluate_text(answer["scenario"].dump(), -1, &explainer);
  if (!again.ok) fuzz::breach("the paste's scenario does not evaluate", out.json + "\n" + again.json);
  if (fuzz::check_report(again.json) != answer["report"])
    fuzz::breach("the paste's scenario evaluates to another report", out.json + "\n" + again.json);
  return 0;
}
