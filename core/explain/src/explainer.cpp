#include "explain_parts.hpp"
#include "isomargin/explain.hpp"

namespace isomargin::explain {

codec::Explainer explainer(bool always) {
  return {&explain_spot, &explain_opening, &explain_contract, &explain_calculators, &explain_option, always};
}

}  // namespace isomargin::explain
