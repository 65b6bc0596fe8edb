// Before and after a position: the pre-trade balance check, and closing (market close-all,
// reduce-only, and an order larger than the position that opens the reverse one), §1.6.
#pragma once
#include <optional>
#include <string>

#include "isomargin/spot.hpp"

namespace isomargin {

enum class AccountMode { SingleCurrency, MultiCurrency };

struct PreTradeInput {
  AccountMode accountMode = AccountMode::SingleCurrency;
  double availableBalance = 0;  // of the margin coin
  double adjustedEquity = 0;    // multi-currency only, USD
  double pendingHoldEquity = 0; // multi-currency only, USD held by pending orders
};

struct PreTradeCheck {
  bool passes = false;
  double required = 0;  // the order's initial margin, margin coin
  std::string reason;   // empty when it passes
};

// Single-currency: the available balance of the margin coin covers the order. Multi-currency:
// adjusted equity exceeds the hold equity of pending orders, and the coin's available balance
// covers the order (seed, "Trading Rules").
PreTradeCheck pre_trade_check(const PreTradeInput& in, double requiredMargin);

struct CloseOrder {
  bool closeAll = true;     // market close-all from the position panel
  double size = 0;          // base, for an order
  bool reduceOnly = false;  // an order: never opens the reverse position
  double price = 0;         // fill price
};

struct ReversePosition {
  SpotPosition position;
  double marginFromAccount = 0;  // margin coin
};

struct CloseResult {
  double sizeFilled = 0;          // base traded to close
  double sizeNotExecuted = 0;     // reduce-only remainder
  bool fullyClosed = false;
  double returnedToAccount = 0;   // margin coin; leftovers of a user's close (§10 row 9)
  double shortfall = 0;           // margin coin; what the margin could not cover
  std::optional<double> realizedPnl;         // margin coin: returned − margin
  std::optional<double> realizedPnlPercent;  // PnL / initial margin
  std::optional<SpotPosition> remaining;     // after a partial close
  std::optional<ReversePosition> reverse;    // after an over-close
};

// `leverage` carries to the reverse position (§1.6: 10x carried over).
CloseResult close_position(const SpotPosition& p, const CloseOrder& order, double takerFee,
                           std::optional<double> leverage);

}  // namespace isomargin
