#include "isomargin/trade.hpp"

#include <algorithm>

#include "isomargin/open.hpp"

namespace isomargin {

PreTradeCheck pre_trade_check(const PreTradeInput& in, double requiredMargin) {
  PreTradeCheck c;
  c.required = requiredMargin;
  if (in.accountMode == AccountMode::MultiCurrency && !(in.adjustedEquity > in.pendingHoldEquity)) {
    c.reason = "adjusted equity does not exceed the hold equity of pending orders";
    return c;
  }
  if (in.availableBalance < requiredMargin) {
    c.reason = "available balance of the margin coin does not cover the order's margin";
    return c;
  }
  c.passes = true;
  return c;
}

namespace {

// Close everything at `price`. Margin in the asset coin: repay the liability exactly and keep
// the rest. Margin in the liability coin: sell all assets and let the margin cover the gap
// (§1.6). Returns the amount left in the margin coin (negative: a shortfall).
double close_all_value(const SpotPosition& p, double price, double f) {
  const Book b = book_of(p);
  const double liability = p.liability();
  if (p.side == Side::Long) {
    if (p.marginCoin == MarginCoin::Base)  // sell just enough base for the quote owed
      return b.baseAssets - liability / (price * (1 - f));
    return b.quoteAssets + b.baseAssets * price * (1 - f) - liability;
  }
  if (p.marginCoin == MarginCoin::Quote)  // buy back the base owed
    return b.quoteAssets - liability * price * (1 + f);
  return b.baseAssets + b.quoteAssets / (price * (1 + f)) - liability;
}

// A reduce order smaller than the position: the proceeds repay the principal at once.
SpotPosition reduce(SpotPosition p, double size, double price, double f) {
  if (p.side == Side::Long) {
    p.assets -= size;
    p.principal -= size * price * (1 - f);
  } else {
    p.assets -= size * price * (1 + f);
    p.principal -= size;
  }
  if (p.principal < 0) {  // paid off more than borrowed: the excess is interest paid
    p.interest = std::max(0.0, p.interest + p.principal);
    p.principal = 0;
  }
  return p;
}

ReversePosition open_reverse(const SpotPosition& p, double size, double price, double leverage) {
  OpenOrder o;
  o.side = opposite(p.side);
  o.mode = p.mode;
  // Old mode ties the margin coin to the side: long/base, short/quote.
  o.marginCoin = p.mode == Mode::Old
                     ? (o.side == Side::Long ? MarginCoin::Base : MarginCoin::Quote)
                     : p.marginCoin;
  o.fills = {{price, size}};
  o.leverage = leverage;
  ReversePosition r;
  r.position = open_position(o);
  r.marginFromAccount = r.position.margin.value_or(0);
  return r;
}

}  // namespace

CloseResult close_position(const SpotPosition& p, const CloseOrder& order, double f,
                           std::optional<double> leverage) {
  CloseResult r;
  const double size = position_size(p);
  const double wanted = order.closeAll ? size : order.size;
  if (wanted < size) {
    r.sizeFilled = wanted;
    r.remaining = reduce(p, wanted, order.price, f);
    return r;
  }
  r.sizeFilled = size;
  r.fullyClosed = true;
  const double left = close_all_value(p, order.price, f);
  r.returnedToAccount = std::max(0.0, left);
  r.shortfall = std::max(0.0, -left);
  if (p.margin) {
    // In old mode the margin is inside the assets, so what comes back includes it either way.
    r.realizedPnl = left - *p.margin;
    const double base = p.initialMargin.value_or(*p.margin);
    if (base > 0) r.realizedPnlPercent = *r.realizedPnl / base;
  }
  const double remainder = wanted - size;
  if (remainder > 0) {
    if (order.reduceOnly || !leverage) {
      r.sizeNotExecuted = remainder;
    } else {
      r.reverse = open_reverse(p, remainder, order.price, *leverage);
      r.sizeFilled += remainder;
    }
  }
  return r;
}

}  // namespace isomargin
