#include "isomargin/open.hpp"

namespace isomargin {

double total_size(const std::vector<Fill>& fills) {
  double q = 0;
  for (const Fill& f : fills) q += f.size;
  return q;
}

double average_entry(const std::vector<Fill>& fills) {
  double cost = 0;
  for (const Fill& f : fills) cost += f.size * f.price;
  return cost / total_size(fills);
}

namespace {
// A size in base, valued in the margin coin.
double notional_in(MarginCoin coin, double size, double price) {
  return coin == MarginCoin::Base ? size : size * price;
}
}  // namespace

double initial_margin(MarginCoin coin, double size, double price, double leverage) {
  return notional_in(coin, size, price) / leverage;
}

double leverage_for(MarginCoin coin, double size, double price, double margin) {
  return notional_in(coin, size, price) / margin;
}

double order_leverage(const OpenOrder& o) {
  if (o.leverage) return *o.leverage;
  return leverage_for(o.marginCoin, total_size(o.fills), average_entry(o.fills), *o.margin);
}

SpotPosition open_position(const OpenOrder& o) {
  const double size = total_size(o.fills);
  const double entry = average_entry(o.fills);
  const double margin =
      o.margin ? *o.margin : initial_margin(o.marginCoin, size, entry, *o.leverage);
  SpotPosition p;
  p.side = o.side;
  p.marginCoin = o.marginCoin;
  p.mode = o.mode;
  p.margin = margin;
  p.initialMargin = margin;
  p.entryPrice = entry;
  p.interest = o.interest;
  if (o.side == Side::Long) {
    p.assets = size;
    p.principal = size * entry;
  } else {
    p.assets = size * entry;
    p.principal = size;
  }
  if (o.mode == Mode::Old) p.assets += margin;
  return p;
}

}  // namespace isomargin
