// The liquidation state of a spot-margin position at one mark price (§4, margin rule): alert
// below 300%, orders cancelled at ≤ 100%, then partial liquidation one tier at a time from tier
// 2 up, or full liquidation at the bankruptcy price.
#pragma once
#include <optional>
#include <vector>

#include "isomargin/risk.hpp"
#include "isomargin/spot.hpp"
#include "isomargin/tiers.hpp"

namespace isomargin {

// Where the mmr comes from: the tier of the borrowed principal, or one fixed rate.
struct MmrRule {
  std::optional<double> fixedMmr;
  TierTable tiers;  // rows in the liability coin; used when fixedMmr is empty
};

// The tier index for a principal (none with a fixed mmr, or above the table).
std::optional<std::size_t> tier_index(const MmrRule& rule, double principal);
double mmr_for(const MmrRule& rule, double principal);

enum class RiskState { Normal, Alert, PartialLiquidation, FullLiquidation };

// The state of a position the mark has not liquidated: alert below the alert ratio.
inline RiskState unliquidated_state(std::optional<double> marginRatio, double alertRatio) {
  return marginRatio && *marginRatio < alertRatio ? RiskState::Alert : RiskState::Normal;
}

// One partial-liquidation order: the borrowed principal is cut to the lower tier's maxSz.
struct PartialStep {
  int tierBefore = 0;
  int tierAfter = 0;
  double principalRepaid = 0;  // liability coin
  double sizeClosed = 0;       // base bought back (short) or sold (long)
  double fee = 0;              // taker fee on the order, quote
  double assetsAfter = 0;
  double liabilityAfter = 0;
  double netAssetsAfter = 0;   // quote, at the mark: the margin left in the position
  double marginRatioAfter = 0;
};

// A walk's partial steps: the first held in place, the rest in one heap block sized by the hint
// (one step per tier below at most), so the common walk of one step allocates nothing.
class PartialSteps {
 public:
  class const_iterator {
   public:
    const_iterator(const PartialSteps* s, std::size_t i) : s_(s), i_(i) {}
    const PartialStep& operator*() const { return (*s_)[i_]; }
    const PartialStep* operator->() const { return &(*s_)[i_]; }
    const_iterator& operator++() { ++i_; return *this; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }

   private:
    const PartialSteps* s_;
    std::size_t i_;
  };
  // Room for `n` steps, taken when the second step comes.
  void reserve(std::size_t n) { hint_ = n; }
  void push_back(const PartialStep& s) {
    if (count_ == 0) {
      first_ = s;
    } else {
      if (count_ == 1 && hint_ > 1) more_.reserve(hint_ - 1);
      more_.push_back(s);
    }
    ++count_;
  }
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  const PartialStep& operator[](std::size_t i) const { return i == 0 ? first_ : more_[i - 1]; }
  const PartialStep& front() const { return first_; }
  const PartialStep& back() const { return (*this)[count_ - 1]; }
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, count_}; }

 private:
  PartialStep first_;
  std::vector<PartialStep> more_;
  std::size_t count_ = 0;
  std::size_t hint_ = 0;
};

struct LiquidationState {
  RiskState state = RiskState::Normal;
  std::optional<double> marginRatio;  // before any step
  bool ordersCancelled = false;       // ratio ≤ 100%: pending orders go first
  PartialSteps steps;
  std::optional<double> finalMarginRatio;
  bool noTierToStepTo = false;  // ≤ 100% with a fixed mmr: nothing to step down to
  SpotPosition after;           // the position after any partial steps
};

struct LiquidationRules {
  double alertRatio = 3.0;  // 300%, seed only (§10 row 7)
  int partialFromTier = 2;  // spot margin: tier ≥ 2 (§10 row 6)
  int tiersPerStep = 1;
};

// `recordSteps` false: the same walk with `steps` left empty (a sweep wants only the state, and
// then nothing is allocated).
LiquidationState liquidation_state(const SpotPosition& p, double mark, double takerFee,
                                   const MmrRule& rule, const LiquidationRules& rules,
                                   bool recordSteps = true);

// One partial-liquidation order at `mark`: repay principal down to `targetPrincipal`.
PartialStep partial_step(SpotPosition& p, double mark, double takerFee, double targetPrincipal);

}  // namespace isomargin
