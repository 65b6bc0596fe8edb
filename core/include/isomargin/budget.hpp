// The work one evaluation may do (docs/scenario.md, "Limits and the work budget").
//
// Every price is judged with binary searches (tiers, brackets, Binance's fixed point), so the
// counts the validators cap — path prices, sweep points, Monte Carlo paths × steps — bound that
// work. They do not bound partial liquidation: at one price a position in tier n may step down
// through up to n tiers, and every sweep price and every Monte Carlo path starts again from the
// whole position. The budget caps those steps.
#pragma once
#include <cstddef>
#include <string>

#include "isomargin/error.hpp"

namespace isomargin {

struct SpotScenario;
struct ContractScenario;
struct OptionScenario;

// Partial-liquidation steps one evaluation (or one batch sweep) may take at most.
constexpr double kMaxPartialSteps = 1e7;

// The most partial steps the scenario's position can take at one price: its tier number (steps
// only go down the table); 0 with a fixed rate or brackets, which liquidate in full.
std::size_t steps_per_start(const SpotScenario& s);
std::size_t steps_per_start(const ContractScenario& s);
std::size_t steps_per_start(const OptionScenario& s);

// `starts` fresh starts of the position (`counted` says of what, for the message) within the
// budget, or an error naming `field`.
Check within_budget(double starts, std::size_t stepsEach, const std::string& field, const std::string& counted);

// A batch sweep of `prices` prices: each starts from the whole position.
template <class Scenario>
Check sweep_budget(const Scenario& s, std::size_t prices) {
  return within_budget(static_cast<double>(prices), steps_per_start(s), "prices", std::to_string(prices) + " prices");
}

}  // namespace isomargin
