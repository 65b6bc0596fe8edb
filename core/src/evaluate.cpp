#include <cmath>

#include "isomargin/probability.hpp"

#include "isomargin/scenario.hpp"

namespace isomargin {

namespace {

double interest_owed(const InterestInput& in, double principal) {
  if (in.accrued) return *in.accrued;
  return principal * in.hourlyRate.value_or(0) * in.hours.value_or(0);
}

std::optional<double> ratio(std::optional<double> amount, std::optional<double> base) {
  if (!amount || !base || *base <= 0) return std::nullopt;
  return *amount / *base;
}

// The seed's opening tables: the same order in every mode and margin coin of its side (with
// no rate, no liquidation price).
std::vector<ModeRow> compare_modes(const OpenOrder& order, const SpotScenario& s,
                                   std::optional<double> mmr, double interest) {
  std::vector<ModeRow> rows;
  for (Mode mode : {Mode::Old, Mode::New}) {
    for (MarginCoin coin : {MarginCoin::Base, MarginCoin::Quote}) {
      if (!combination_exists(order.side, coin, mode)) continue;
      OpenOrder o = order;
      o.mode = mode;
      o.marginCoin = coin;
      // Keep the leverage, not the margin amount, which is in the other coin.
      o.leverage = order_leverage(order);
      o.margin.reset();
      ModeRow row;
      row.mode = mode;
      row.marginCoin = coin;
      row.position = open_position(o);
      row.position.interest = interest;  // same principal borrowed, so the same interest
      if (mmr) row.liquidation = solve_price(book_of(row.position), liquidation_k(*mmr, s.takerFee));
      rows.push_back(row);
    }
  }
  return rows;
}

std::optional<Warning> above_max_leverage(const SpotScenario& s, const std::optional<Tier>& tier,
                                          std::optional<double> leverage) {
  if (!tier || !leverage || *leverage <= tier->maxLever + 1e-9) return std::nullopt;
  return Warning{s.order ? "order.leverage" : "position.margin",
                 "leverage is above tier " + std::to_string(tier->tier) + "'s maximum of " +
                     plain_number(tier->maxLever) + "x"};
}

}  // namespace

SpotPosition position_of(const SpotScenario& s) {
  if (s.position) return *s.position;
  OpenOrder o = *s.order;
  SpotPosition p = open_position(o);
  if (s.interest) p.interest = interest_owed(*s.interest, p.principal);
  return p;
}

std::optional<double> position_leverage(const SpotScenario& s, const SpotPosition& p) {
  if (s.order) return order_leverage(*s.order);
  if (!p.margin || !p.entryPrice) return std::nullopt;
  const double size = p.side == Side::Long ? assets_ex_margin(p) : p.principal;
  return leverage_for(p.marginCoin, size, *p.entryPrice, *p.margin);
}

SpotReport evaluate(const SpotScenario& s) {
  SpotReport r;
  const SpotPosition& p = r.position = position_of(s);
  const double mark = s.markPrice;
  const double f = s.takerFee;
  r.leverage = position_leverage(s, p);
  if (auto i = tier_index(s.mmr, p.principal)) r.tier = s.mmr.tiers[*i];
  r.mmr = mmr_for(s.mmr, p.principal);

  const Book book = book_of(p);
  r.atMark = risk_at(book, mark, r.mmr, f);
  r.liquidation = solve_price(book, liquidation_k(r.mmr, f));
  r.bankruptcy = solve_price(book, 1.0);
  r.alertPrice = price_at_ratio(p, r.mmr, f, s.rules.alertRatio);
  if (r.liquidation.kind == PriceLevel::Kind::At)
    r.distanceToLiquidation = (r.liquidation.price - mark) / mark;

  const std::optional<double> pnlBase = p.initialMargin ? p.initialMargin : p.margin;
  if (!has_pnl(p)) {
    r.warnings.push_back({"position.margin", "old mode counts the margin inside assets: give it "
                                             "to see floating PnL"});
  } else {
    r.pnlMark = floating_pnl(p, mark);
    r.pnlPercentMark = ratio(r.pnlMark, pnlBase);
    if (s.lastPrice) {
      r.pnlLast = floating_pnl(p, *s.lastPrice);
      r.pnlPercentLast = ratio(r.pnlLast, pnlBase);
    }
  }

  r.state = liquidation_state(p, mark, f, s.mmr, s.rules);
  // A position has no order to check: the codec warns that preTrade is not used.
  if (s.preTrade && s.order) r.preTrade = pre_trade_check(*s.preTrade, p.margin.value_or(0));
  if (s.close) {
    CloseOrder c = *s.close;
    if (c.price == 0) c.price = mark;
    r.close = close_position(p, c, f, r.leverage);
  }
  if (s.order) r.comparison = compare_modes(*s.order, s, r.mmr, p.interest);
  if (s.path) r.timeline = run_path(p, path_prices(*s.path), f, s.mmr, s.rules);
  if (s.sweep) r.sweep = sweep_prices(s, straight_path(s.sweep->from, s.sweep->to, s.sweep->points - 1));
  if (s.monteCarlo) r.monteCarlo = monte_carlo(p, mark, f, s.mmr, s.rules, *s.monteCarlo);
  if (s.probability) {
    const ProbabilityInput& in = *s.probability;
    switch (r.liquidation.kind) {
      case PriceLevel::Kind::Never: r.touchProbability = 0; break;
      case PriceLevel::Kind::Always: r.touchProbability = 1; break;
      case PriceLevel::Kind::At:
        r.touchProbability = reached(r.liquidation, mark)
                                 ? 1
                                 : touch_probability(mark, r.liquidation.price, in.drift,
                                                     in.volatility, in.days / 365);
    }
  }

  if (auto w = above_max_leverage(s, r.tier, r.leverage)) r.warnings.push_back(std::move(*w));
  return r;
}

OpeningReport opening_report(const SpotScenario& s) {
  OpeningReport r;
  const SpotPosition& p = r.position = position_of(s);
  r.leverage = order_leverage(*s.order);
  const bool rated = s.mmr.fixedMmr || !s.mmr.tiers.empty();
  if (rated) {
    if (auto i = tier_index(s.mmr, p.principal)) r.tier = s.mmr.tiers[*i];
    r.mmr = mmr_for(s.mmr, p.principal);
    r.liquidation = solve_price(book_of(p), liquidation_k(*r.mmr, s.takerFee));
  }
  r.bankruptcy = solve_price(book_of(p), 1.0);
  r.comparison = compare_modes(*s.order, s, r.mmr, p.interest);
  if (s.preTrade) r.preTrade = pre_trade_check(*s.preTrade, p.margin.value_or(0));
  if (auto w = above_max_leverage(s, r.tier, r.leverage)) r.warnings.push_back(std::move(*w));
  return r;
}

Outcome<SpotReport> run(const SpotScenario& s) {
  if (auto e = validate(s)) return *e;
  return evaluate(s);
}

}  // namespace isomargin
