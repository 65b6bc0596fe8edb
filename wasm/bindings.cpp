// The module's C ABI, used only by isomargin.js: the codec's text API and the preset list.
// Everything else is core/. No embind (its runtime was ~5 KB gzipped of the download): text
// crosses as UTF-8 bytes in linear memory. JS asks for an input buffer of n bytes, writes the
// scenario there, calls isomargin_evaluate, and reads isomargin_size() bytes at the returned
// pointer: a report, or {"error": {...}} for a bad input. Both buffers live until the next call.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <string>

#include "isomargin/codec.hpp"

namespace {
std::string input;
std::string output;
}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE char* isomargin_input(std::size_t size) {
  input.resize(size);
  return input.data();
}

EMSCRIPTEN_KEEPALIVE const char* isomargin_evaluate() {
  output = isomargin::codec::evaluate_text(input).json;
  return output.data();
}

EMSCRIPTEN_KEEPALIVE const char* isomargin_presets() {
  output = isomargin::codec::presets_text();
  return output.data();
}

EMSCRIPTEN_KEEPALIVE std::size_t isomargin_size() { return output.size(); }

}  // extern "C"
