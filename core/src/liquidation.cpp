#include "isomargin/liquidation.hpp"

namespace isomargin {

std::optional<std::size_t> tier_index(const MmrRule& rule, double principal) {
  if (rule.fixedMmr) return std::nullopt;
  return find_tier(rule.tiers, principal);
}

double mmr_for(const MmrRule& rule, double principal) {
  if (rule.fixedMmr) return *rule.fixedMmr;
  auto i = find_tier(rule.tiers, principal);
  return i ? rule.tiers[*i].mmr : rule.tiers.back().mmr;
}

PartialStep partial_step(SpotPosition& p, double mark, double takerFee, double targetPrincipal) {
  PartialStep s;
  s.principalRepaid = p.principal - targetPrincipal;
  if (p.side == Side::Short) {
    // Buy back base with the quote assets.
    s.sizeClosed = s.principalRepaid;
    s.fee = s.sizeClosed * mark * takerFee;
    p.assets -= s.sizeClosed * mark + s.fee;
  } else {
    // Sell enough base that the proceeds after fee repay the quote principal.
    s.sizeClosed = s.principalRepaid / (mark * (1 - takerFee));
    s.fee = s.sizeClosed * mark * takerFee;
    p.assets -= s.sizeClosed;
  }
  p.principal = targetPrincipal;
  s.assetsAfter = p.assets;
  s.liabilityAfter = p.liability();
  s.netAssetsAfter = risk_at(book_of(p), mark, 0, 0).netAssets;
  return s;
}

LiquidationState liquidation_state(const SpotPosition& start, double mark, double takerFee,
                                   const MmrRule& rule, const LiquidationRules& rules,
                                   bool recordSteps) {
  LiquidationState out;
  SpotPosition& p = out.after = start;
  // The tier is looked up once: each partial step leaves the principal on the lower tier's maxSz.
  std::optional<std::size_t> idx = tier_index(rule, p.principal);
  auto mmr = [&] { return rule.fixedMmr ? *rule.fixedMmr : rule.tiers[idx.value_or(rule.tiers.size() - 1)].mmr; };
  auto ratio = [&] { return risk_at(book_of(p), mark, mmr(), takerFee).marginRatio; };
  // The ratio is ≤ 100% exactly when the mark is at or past the liquidation price; judging it by
  // the price (reached) keeps the state and the report's reachedAtMark one comparison.
  auto liquidatable = [&] { return reached(solve_price(book_of(p), liquidation_k(mmr(), takerFee)), mark); };
  out.marginRatio = ratio();
  out.finalMarginRatio = out.marginRatio;
  if (!liquidatable()) {  // nothing borrowed: no ratio, never liquidated
    out.state = unliquidated_state(out.marginRatio, rules.alertRatio);
    return out;
  }
  out.ordersCancelled = true;
  if (idx && recordSteps) out.steps.reserve(*idx);  // at most one step per tier below: one allocation
  // The position carries no pending orders here, so cancelling them leaves the ratio as is.
  for (;;) {
    if (!idx) out.noTierToStepTo = rule.fixedMmr.has_value();
    const int tier = idx ? static_cast<int>(*idx) + 1 : 0;
    if (!idx || tier < rules.partialFromTier) {
      out.state = RiskState::FullLiquidation;
      return out;
    }
    const std::size_t target = *idx >= static_cast<std::size_t>(rules.tiersPerStep)
                                    ? *idx - rules.tiersPerStep
                                    : 0;
    PartialStep s = partial_step(p, mark, takerFee, rule.tiers[target].maxSz);
    idx = target;
    s.tierBefore = tier;
    s.tierAfter = static_cast<int>(target) + 1;
    out.finalMarginRatio = ratio();
    s.marginRatioAfter = out.finalMarginRatio.value_or(0);
    if (recordSteps) out.steps.push_back(s);
    if (!liquidatable()) {
      out.state = RiskState::PartialLiquidation;
      return out;
    }
  }
}

}  // namespace isomargin
