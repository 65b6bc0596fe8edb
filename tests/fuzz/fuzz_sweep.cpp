// libFuzzer: sweep_text, wasm's sweep(). The input is the scenario text, a NUL byte, then the
// prices as raw little-endian doubles (NaN, ±Infinity, negatives and subnormals included).
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "contract.hpp"
#include "isomargin/codec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view all(reinterpret_cast<const char*>(data), size);
  const std::size_t cut = std::min(all.find('\0'), all.size());
  const std::string_view scenario = all.substr(0, cut);
  std::vector<double> prices;
  for (std::size_t at = cut + 1; at + sizeof(double) <= size; at += sizeof(double)) {
    double x;
    std::memcpy(&x, data + at, sizeof x);
    prices.push_back(x);
  }
  const auto out = isomargin::codec::sweep_text(scenario, prices);
  if (!out.ok) {
    fuzz::check_error(out.error);
    return 0;
  }
  const std::string why = std::string(scenario.substr(0, 2000));
  if (!out.error.empty()) fuzz::breach("a sweep that worked carries an error", why);
  if (out.pnl.size() != prices.size() || out.marginRatio.size() != prices.size() || out.state.size() != prices.size())
    fuzz::breach("a column's length differs from the prices'", why);
  const std::size_t states = isomargin::codec::state_names().size();
  for (unsigned char s : out.state)
    if (s >= states) fuzz::breach("a state code outside state_names()", why);
  return 0;
}
