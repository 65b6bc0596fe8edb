// isomargin — read a JSON scenario, print the JSON report. Exit 0 on success, 2 on bad input
// (the error, naming the field, on stderr), 1 when the file cannot be read.
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "isomargin/codec.hpp"

namespace {

constexpr const char* kUsage = R"(usage: isomargin eval FILE|-     evaluate a scenario (JSON), print the report
       isomargin presets          list the tier tables and conventions (JSON)
       isomargin --help

A scenario describes one isolated spot-margin position; see docs/scenario.md and
examples/. Exit status: 0 ok, 2 bad input ({"error": {"field", "message"}} on stderr),
1 unreadable file or bad usage.
)";

bool read_all(const std::string& name, std::string& out) {
  if (name == "-") {
    out.assign(std::istreambuf_iterator<char>(std::cin), {});
    return true;
  }
  std::ifstream in(name, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  out = s.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 2 && (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h"))) {
    std::cout << kUsage;
    return 0;
  }
  if (argc == 2 && !std::strcmp(argv[1], "presets")) {
    std::cout << isomargin::codec::catalog_text() << "\n";
    return 0;
  }
  if (argc != 3 || std::strcmp(argv[1], "eval") != 0) {
    std::cerr << kUsage;
    return 1;
  }
  std::string text;
  if (!read_all(argv[2], text)) {
    std::cerr << "isomargin: cannot read " << argv[2] << "\n";
    return 1;
  }
  const auto result = isomargin::codec::evaluate_text(text, 2);
  (result.ok ? std::cout : std::cerr) << result.json << "\n";
  return result.ok ? 0 : 2;
}
