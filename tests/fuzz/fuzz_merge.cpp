// libFuzzer: merge_monte_carlo_text, wasm's mergeMonteCarlo(). A merged run is itself one part
// covering every path, so merging it alone must give it back unchanged.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "contract.hpp"
#include "isomargin/codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto out = isomargin::codec::merge_monte_carlo_text(text);
  if (!out.ok) {
    fuzz::check_error(out.json);
    return 0;
  }
  fuzz::check_report(out.json);
  const auto again = isomargin::codec::merge_monte_carlo_text("[" + out.json + "]");
  if (!again.ok || again.json != out.json) fuzz::breach("merging the merged run alone changes it", out.json + "\n" + again.json);
  return 0;
}
