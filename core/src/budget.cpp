#include "isomargin/budget.hpp"

#include "isomargin/contract_scenario.hpp"
#include "isomargin/option.hpp"
#include "isomargin/range.hpp"
#include "isomargin/scenario.hpp"

namespace isomargin {

namespace {

std::size_t tier_number(std::optional<std::size_t> index) { return index ? *index + 1 : 0; }

}  // namespace

std::size_t steps_per_start(const SpotScenario& s) {
  return tier_number(tier_index(s.mmr, position_of(s).principal));
}

std::size_t steps_per_start(const ContractScenario& s) {
  if (s.fixedMmr || s.tiers.empty()) return 0;
  return tier_number(find_tier(s.tiers, settled_position(s).contracts));
}

std::size_t steps_per_start(const OptionScenario& s) {
  return tier_number(option_tier(s.tiers, s.position.contracts));
}

Check within_budget(double starts, std::size_t stepsEach, const std::string& field, const std::string& counted) {
  const double steps = starts * static_cast<double>(stepsEach);
  if (steps <= kMaxPartialSteps) return std::nullopt;
  return FieldError{field, "is over the work budget: " + counted + " × up to " + std::to_string(stepsEach) +
                               " partial-liquidation steps each (the position's tier) = " + plain_number(steps) +
                               " steps; one evaluation may take at most " + plain_number(kMaxPartialSteps)};
}

}  // namespace isomargin
