// libFuzzer: any bytes as a scenario through evaluate_text, the CLI's and wasm's evaluate().
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "contract.hpp"
#include "isomargin/codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto out = isomargin::codec::evaluate_text(text);
  if (out.ok) fuzz::check_report(out.json);
  else fuzz::check_error(out.json);
  return 0;
}
