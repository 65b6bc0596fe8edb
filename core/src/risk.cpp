#include "isomargin/risk.hpp"

namespace isomargin {

RiskAtPrice risk_at(const Book& b, double price, double mmr, double takerFee) {
  RiskAtPrice r;
  r.liabilityValue = b.quoteLiability + b.baseLiability * price;
  r.netAssets = (b.quoteAssets - b.quoteLiability) + (b.baseAssets - b.baseLiability) * price;
  r.maintenanceMargin = r.liabilityValue * mmr;
  // The taker fee on closing the liability and its maintenance margin: the only reading that
  // makes ratio = 1 solve to OKX's liquidation price, and the seed's 333.27.
  r.liquidationFee = takerFee * (r.liabilityValue + r.maintenanceMargin);
  const double denominator = r.maintenanceMargin + r.liquidationFee;
  if (r.liabilityValue > 0 && denominator > 0) r.marginRatio = r.netAssets / denominator;
  return r;
}

PriceLevel solve_price(const Book& b, double k) {
  // Equity above the threshold is g(P) = c + d·P; it is linear in P.
  const double c = b.quoteAssets - k * b.quoteLiability;
  const double d = b.baseAssets - k * b.baseLiability;
  PriceLevel level;
  if (b.quoteLiability <= 0 && b.baseLiability <= 0) return level;  // nothing owed: never
  if (d == 0) {
    level.kind = c > 0 ? PriceLevel::Kind::Never : PriceLevel::Kind::Always;
    return level;
  }
  const double p = -c / d;
  if (d > 0) {  // equity grows with the price: a fall liquidates
    level.kind = p > 0 ? PriceLevel::Kind::At : PriceLevel::Kind::Never;
  } else {  // equity shrinks as the price rises
    level.kind = p > 0 ? PriceLevel::Kind::At : PriceLevel::Kind::Always;
  }
  level.falls = d > 0;
  if (level.kind == PriceLevel::Kind::At) level.price = p;
  return level;
}

bool reached(const PriceLevel& level, double mark) {
  switch (level.kind) {
    case PriceLevel::Kind::Always: return true;
    case PriceLevel::Kind::Never: return false;
    case PriceLevel::Kind::At: {
      const double slack = kReachedTolerance * level.price;
      return level.falls ? mark <= level.price + slack : mark >= level.price - slack;
    }
  }
  return false;
}

double floating_pnl(const SpotPosition& p, double price) {
  // Assets less liability, both in the margin coin; the margin itself is not PnL (§1.5).
  const double a = assets_ex_margin(p);
  const double l = p.liability();
  const bool quote = p.marginCoin == MarginCoin::Quote;
  if (p.side == Side::Long) return quote ? a * price - l : a - l / price;
  return quote ? a - l * price : a / price - l;
}

std::optional<double> mmr_for_maintenance_margin(const Book& b, double price, double mm) {
  const double perRate = risk_at(b, price, 1, 0).maintenanceMargin;
  if (!(perRate > 0)) return std::nullopt;
  return mm / perRate;
}

}  // namespace isomargin
