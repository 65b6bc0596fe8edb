// isomargin — read a JSON scenario, print the report (JSON, or text for a person). Exit 0 on
// success, 2 on bad input (the error, naming the field, on stderr), 1 on bad usage or a file
// that cannot be read. Everything printed comes from the codec and core/explain.
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "isomargin/codec.hpp"
#include "isomargin/explain.hpp"

namespace {

constexpr const char* kUsage = R"(usage: isomargin eval [--format json|text] [--explain] FILE|-
       isomargin paste [--options FILE] [--eval | --scenario] [--explain] FILE|-
       isomargin presets [--format json|text]
       isomargin --help | isomargin eval --help | isomargin paste --help | isomargin presets --help
       isomargin --version

An isolated-margin calculator. One scenario (JSON) describes one isolated position:
  spot margin      (the default product) long or short, margin in the base or the quote
                   coin, OKX's old or new mode: assets, liability, maintenance margin, fee,
                   margin ratio, liquidation / bankruptcy / alert prices, PnL, tiers, the
                   liquidation workflow, closing and over-closing, the chance of liquidation
  perpetual, futures  ("product": "perpetual" | "futures") linear or inverse, under one of
                   nine exchange conventions or all of them ("compare": true), OKX tiers or
                   Binance brackets, reverse calculators, orders, hedge mode
  option           ("product": "option") value, PnL, maintenance margin (an input, a table,
                   or OKX's short-option formula), margin ratio, partial steps

commands:
  eval FILE|-      evaluate a scenario (a file, or - for stdin) and print its report
  paste FILE|-     a position from OKX's, Binance's or Bybit's API, as pasted: the scenario
                   it makes, the account of every field and the exchange's figures checked
  presets          list the shipped tier tables and the conventions

The format: docs/scenario.md and docs/scenario.schema.json; examples in examples/.
Exit status: 0 ok, 2 bad input ({"error": {"field", "message"}} on stderr),
1 unreadable file or bad usage.
)";

constexpr const char* kEvalHelp = R"(usage: isomargin eval [--format json|text] [--explain] FILE|-

Evaluates one scenario (spot margin, perpetual, futures or option) read from FILE, or from
stdin with -, and prints its report.

  --format json    the report as JSON (the default), every number unrounded
  --format text    aligned label / value / unit lines rounded for display, the state in
                   words, warnings
  --explain        text: each number's formula and the same with your values, its note,
                   and the sources; JSON: the report's "explanations" (as "explain": true)

Exit status: 0 ok; 2 bad input, with the error naming the field (JSON on stderr, or one line
in words with --format text); 1 unreadable file or bad usage.
)";

constexpr const char* kPasteHelp = R"(usage: isomargin paste [--options FILE] [--eval | --scenario] [--explain] FILE|-

Maps one position pasted from an exchange's API — OKX GET /api/v5/account/positions (MARGIN,
SWAP, FUTURES), Binance GET /fapi/v2|v3/positionRisk, Bybit GET /v5/position/list — as a bare
entry or the whole response, into a scenario, and prints it with the account of every field
(taken, assumed, ignored, checked) and the exchange's own figures beside the evaluation's
(docs/scenario.md, "Pasting a position from an exchange").

  --options FILE   what the entry cannot carry (JSON): index, takerFee, mmr, tiers, ctVal,
                   multiplier, leverage, liabIncludesInterest, posIncludesMargin, explain
  --eval           the report as well
  --scenario       the scenario alone (for isomargin eval)
  --explain        with --eval, the report's explanations

Exit status: 0 ok; 2 bad input, the error naming the field by its path in the paste (JSON on
stderr); 1 unreadable file or bad usage.
)";

constexpr const char* kPresetsHelp = R"(usage: isomargin presets [--format json|text]

Lists what a scenario can name: spot-margin tier tables ("tiers": {"preset": name}),
contract tier tables, the conventions ("model") and the liquidation states.

  --format json    the catalog as JSON, indented (the default)
  --format text    one line per preset and model: its name and label
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

struct Args {
  std::string format = "json";
  bool explain = false, help = false, ok = true;
  std::vector<std::string> files;
};

Args parse(int argc, char** argv, bool allowExplain) {
  Args a;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") a.help = true;
    else if (arg == "--explain" && allowExplain) a.explain = true;
    else if (arg == "--format" && i + 1 < argc) a.format = argv[++i];
    else if (arg.rfind("--format=", 0) == 0) a.format = arg.substr(9);
    else if (arg == "-" || arg[0] != '-') a.files.push_back(arg);
    else a.ok = false;
  }
  if (a.format != "json" && a.format != "text") a.ok = false;
  return a;
}

int usage_error(const char* usage) {
  std::cerr << usage;
  return 1;
}

int eval(const Args& a) {
  if (a.files.size() != 1) return usage_error(kEvalHelp);
  std::string text;
  if (!read_all(a.files[0], text)) {
    std::cerr << "isomargin: cannot read " << a.files[0] << "\n";
    return 1;
  }
  if (a.format == "text") {
    const auto result = isomargin::explain::report_text(text, a.explain);
    if (result.ok) {
      std::cout << result.json;
      return 0;
    }
    std::cerr << "isomargin: " << isomargin::explain::error_words(result.json) << "\n";
    return 2;
  }
  const isomargin::codec::Explainer explainer = isomargin::explain::explainer(a.explain);
  const auto result = isomargin::codec::evaluate_text(text, 2, &explainer);
  (result.ok ? std::cout : std::cerr) << result.json << "\n";
  return result.ok ? 0 : 2;
}

int paste(int argc, char** argv) {
  isomargin::codec::PasteArgs args;
  args.withReport = false;
  args.indent = 2;
  std::string options, file;
  bool explain = false;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") return std::cout << kPasteHelp, 0;
    if (arg == "--eval") args.withReport = true;
    else if (arg == "--scenario") args.scenarioOnly = true;
    else if (arg == "--explain") explain = true;
    else if (arg == "--options" && i + 1 < argc) {
      if (!read_all(argv[++i], options)) return std::cerr << "isomargin: cannot read " << argv[i] << "\n", 1;
    } else if ((arg == "-" || arg[0] != '-') && file.empty()) file = arg;
    else return usage_error(kPasteHelp);
  }
  std::string text;
  if (file.empty()) return usage_error(kPasteHelp);
  if (!read_all(file, text)) return std::cerr << "isomargin: cannot read " << file << "\n", 1;
  const isomargin::codec::Explainer explainer = isomargin::explain::explainer(explain);
  args.options = options;
  args.explainer = &explainer;
  const auto result = isomargin::codec::from_exchange_text(text, args);
  (result.ok ? std::cout : std::cerr) << result.json << "\n";
  return result.ok ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  if (command == "--help" || command == "-h") {
    std::cout << kUsage;
    return 0;
  }
  if (command == "--version") {
    std::cout << "isomargin " << ISOMARGIN_VERSION << "\n";
    return 0;
  }
  if (command == "eval") {
    const Args a = parse(argc, argv, true);
    if (a.help) return std::cout << kEvalHelp, 0;
    return a.ok ? eval(a) : usage_error(kEvalHelp);
  }
  if (command == "paste") return paste(argc, argv);
  if (command == "presets") {
    const Args a = parse(argc, argv, false);
    if (a.help) return std::cout << kPresetsHelp, 0;
    if (!a.ok || !a.files.empty()) return usage_error(kPresetsHelp);
    std::cout << (a.format == "text" ? isomargin::explain::catalog_words() : isomargin::codec::catalog_text(2) + "\n");
    return 0;
  }
  return usage_error(kUsage);
}
