// The three products' explainers and the pieces they share across files.
#pragma once
#include "entries.hpp"
#include "isomargin/codec.hpp"

namespace isomargin::explain {

json explain_spot(const codec::Decoded& d, const SpotReport& r);
json explain_opening(const codec::Decoded& d, const OpeningReport& r);
json explain_contract(const codec::ContractDecoded& d, const ContractReport& r, const ContractWorkflow& w);
json explain_calculators(const codec::ContractDecoded& d, const ContractCalculations& c);
json explain_option(const codec::OptionDecoded& d, const OptionReport& r, const OptionWorkflow* w);

// Spot margin's partial steps, closing, mode comparison, path and probability.
void spot_workflow(Entries& e, const SpotScenario& s, const SpotReport& r, const Coins& c);

// A path's events explained at most: a path can hold 100,001 prices.
constexpr std::size_t kMaxExplainedEvents = 64;

// "alert", "orders cancelled", … and "partial step 2: " for labels.
const char* event_words(PathEventKind k);
std::string step_label(std::size_t i);

// The partial steps at the mark, under "state.partialSteps[i]"; `step(p, st)` explains one
// and moves `p` past it.
template <class Steps, class Position, class Step>
void explain_steps(Entries& e, const Steps& steps, Position p, Step step) {
  for (std::size_t i = 0; i < steps.size(); ++i) {
    e.scope(item("state.partialSteps", i), step_label(i));
    step(p, steps[i]);
  }
  e.scope("", "");
}

// A path's first kMaxExplainedEvents events: each partial step under "….step" (`step(p, price,
// st)` moves `p` past it), then `ratio(p, event)`: the margin ratio of the position as the path
// left it.
template <class Run, class Position, class Step, class Ratio>
void explain_events(Entries& e, const Run& run, Position p, const std::string& priceUnit, Step step, Ratio ratio) {
  std::size_t steps = 0;
  for (std::size_t i = 0; i < run.events.size() && i < kMaxExplainedEvents; ++i) {
    const auto& ev = run.events[i];
    const std::string at = item("timeline.events", i);
    if (ev.step) {
      e.scope(at + ".step", step_label(steps++));
      step(p, ev.price, *ev.step);
    }
    e.scope(at, std::string(event_words(ev.kind)) + " at " + text(amount(ev.price, priceUnit)) + ": ");
    ratio(p, ev);
    if (i + 1 == kMaxExplainedEvents && run.events.size() > kMaxExplainedEvents)
      e.note("the path has " + std::to_string(run.events.size()) + " events; the first " +
             std::to_string(kMaxExplainedEvents) + " are explained");
  }
  e.scope("", "");
}

}  // namespace isomargin::explain
