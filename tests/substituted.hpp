// Reads an explanation's substituted line back (the grammar of core/explain/src/entries.hpp):
// numbers with grouping commas and units, ×, ÷, +, −, parentheses, %, and N( ), ln( ), exp( ),
// √( ), min( , ), max( , ). Every printed number reads back as the double the core used; each
// counts as within 1e-13 of it, room for the core's own order of operations (it finds the margin
// for a wanted liquidation price by two evaluations, where the line writes the closed form), and
// the result carries the bound that gives on its error. Nothing when the text does not parse.
#pragma once
#include <optional>
#include <string>

struct Evaluated {
  double value = 0;
  double error = 0;  // |true value − value| is at most this, given the printed digits
};

std::optional<Evaluated> evaluate_substituted(const std::string& text);
