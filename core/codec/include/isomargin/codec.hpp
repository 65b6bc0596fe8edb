// The scenario codec: JSON ↔ core types, for the CLI and the wasm module alike. Errors name
// the field by its JSON path. Nothing here throws: parse errors, wrong types, unknown and
// missing fields all come back as a FieldError.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "isomargin/error.hpp"
#include "isomargin/contract_liquidation.hpp"
#include "isomargin/contract_scenario.hpp"
#include "isomargin/option.hpp"
#include "isomargin/scenario.hpp"

namespace isomargin::codec {

// Labels only; the math never needs them.
struct Labels {
  std::string base = "BASE";
  std::string quote = "QUOTE";
};

struct Decoded {
  SpotScenario scenario;
  Labels labels;
  std::vector<FieldError> unused;  // fields given that change nothing: the report's warnings
  bool explain = false;  // "explain": true — the report gains "explanations"
};

Outcome<Decoded> decode(const nlohmann::ordered_json& j);
Outcome<Decoded> decode_text(std::string_view text);

nlohmann::ordered_json encode(const SpotReport& report, const Decoded& in);
// An order without a mark price ("calculation": "opening").
nlohmann::ordered_json encode_opening(const OpeningReport& report, const Decoded& in);

// Perpetual swaps and futures ("product": "perpetual" or "futures").
struct ContractDecoded {
  ContractScenario scenario;
  Labels labels;
  std::string product;
  std::vector<FieldError> unused;  // fields given that change nothing: the report's warnings
  bool explain = false;
};
Outcome<ContractDecoded> decode_contract(const nlohmann::ordered_json& j);
nlohmann::ordered_json encode_contract(const ContractReport& report, const ContractWorkflow& workflow,
                                       const ContractDecoded& in);
// No mark price: the calculators alone ("calculation": "calculators").
nlohmann::ordered_json encode_contract_calculators(const ContractCalculations& c, const ContractDecoded& in);
nlohmann::ordered_json encode_error(const FieldError& e);

// Options, isolated ("product": "option").
struct OptionDecoded {
  OptionScenario scenario;
  Labels labels;
  std::vector<FieldError> unused;
  bool explain = false;
};
Outcome<OptionDecoded> decode_option(const nlohmann::ordered_json& j);
// `workflow` null: the PnL calculation alone (no margin given).
nlohmann::ordered_json encode_option(const OptionReport& report, const OptionWorkflow* workflow,
                                     const OptionDecoded& in);

// The report's "explanations", built beside the codec (core/explain). A binary that links them
// passes its Explainer to evaluate_text(); without one, "explain": true is an error naming the
// field, so a module can leave them out and stay small.
struct Explainer {
  nlohmann::ordered_json (*spot)(const Decoded&, const SpotReport&);
  nlohmann::ordered_json (*opening)(const Decoded&, const OpeningReport&);  // no mark price
  nlohmann::ordered_json (*contract)(const ContractDecoded&, const ContractReport&, const ContractWorkflow&);
  nlohmann::ordered_json (*calculators)(const ContractDecoded&, const ContractCalculations&);  // no mark
  // `workflow` null: the PnL calculation alone.
  nlohmann::ordered_json (*option)(const OptionDecoded&, const OptionReport&, const OptionWorkflow*);
  bool always = false;  // explain every report, asked or not (the CLI's text format)
};

// Scenario text in, report text out. `ok` false: `json` is {"error": {"field", "message"}}.
struct Evaluation {
  bool ok = false;
  std::string json;
};
Evaluation evaluate_text(std::string_view scenario, int indent = -1, const Explainer* explainer = nullptr);

// One scenario (spot margin, perpetual, futures or option) at many prices, as columns: the batch API
// behind wasm's sweep(). NaN marks a value that does not exist (no PnL base, nothing owed);
// a state is its RiskState number, which indexes state_names(). `ok` false: `error` is
// {"error": {"field", "message"}} naming the scenario's field or "prices[i]".
struct SweepColumns {
  bool ok = false;
  std::string error;
  std::vector<double> pnl, marginRatio;
  std::vector<unsigned char> state;
};
SweepColumns sweep_text(std::string_view scenario, const std::vector<double>& prices);
std::vector<std::string> state_names();  // "normal", "alert", "partial-liquidation", …

// A Monte Carlo run split across workers, put back together: a JSON array of the parts'
// report "monteCarlo" objects in, the whole run's "monteCarlo" object out (or {"error"}).
Evaluation merge_monte_carlo_text(std::string_view parts);

// A position pasted from an exchange's API — OKX GET /api/v5/account/positions, Binance
// GET /fapi/v2|v3/positionRisk, Bybit GET /v5/position/list; a bare entry or the whole
// response — into a scenario, with an account of every field (taken, assumed, ignored,
// checked), the exchange's own figures beside the evaluation's, and the report
// (docs/scenario.md, "Pasting a position"). `options` is a JSON object of what the entry cannot
// carry: index, takerFee, mmr, tiers, ctVal, multiplier, leverage, liabIncludesInterest,
// posIncludesMargin, explain. `ok` false: {"error": {"field", "message"}}, the field a path in the paste
// (or "options.…").
struct PasteArgs {
  std::string_view options;   // empty: none
  bool withReport = true;     // the evaluation's report under "report"
  bool scenarioOnly = false;  // the scenario alone (for `isomargin eval`)
  int indent = -1;
  const Explainer* explainer = nullptr;  // as for evaluate_text (options.explain asks for them)
};
Evaluation from_exchange_text(std::string_view paste, const PasteArgs& args = {});

// What a page's menus offer: {"states", "marginTiers", "contractTiers", "models"}.
std::string catalog_text(int indent = -1);

}  // namespace isomargin::codec
