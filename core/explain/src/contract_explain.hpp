// The contract explainer's pieces shared across its two files.
#pragma once
#include "contract_terms.hpp"
#include "explain_parts.hpp"
#include "spot_terms.hpp"

namespace isomargin::explain {

// `a` then `b`: a symbol of `a` hides one of the same name in `b`.
Syms join(Syms a, const Syms& b);

// Under the current scope: "mmr", "maintenanceAmount", "liquidationPrice.price", "marginRatio",
// "marginToAdd" of one convention's result for the position `t` describes.
void convention_entries(Entries& e, const ContractScenario& s, const ConventionResult& res, const ContractTerms& t,
                        double mark);

// The calculators, under "calculate": exit PnL and ROE, target price, Max Open, tier for a
// size, highest leverage (contract_calculators_explain.cpp).
void calculators(Entries& e, const ContractScenario& s, const ContractCalculations& c, const ContractTerms& t);

// The reverse calculators, the order, the hedge side, the partial steps and the path.
void contract_workflow(Entries& e, const ContractScenario& s, const ContractReport& r, const ContractWorkflow& w,
                       const ContractPosition& p, const Coins& c);

}  // namespace isomargin::explain
