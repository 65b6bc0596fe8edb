// Orders against a contract position (§2.3, §7): adding size (the "hypothetical order"
// calculator), reducing it, and in one-way mode flipping it; and the largest position a
// balance opens (Binance's Max Open tab, capped by the tiers' max leverage).
#pragma once
#include <optional>

#include "isomargin/contract.hpp"
#include "isomargin/tiers.hpp"

namespace isomargin {

enum class PositionMode { OneWay, Hedge };

struct ContractOrder {
  Side side = Side::Long;  // buy = long, sell = short
  double contracts = 0;
  double price = 0;
  bool reduceOnly = false;
};

struct OrderOutcome {
  std::optional<ContractPosition> after;  // none when the position is closed
  double contractsFilled = 0;
  double contractsNotExecuted = 0;  // reduce-only or hedge-mode remainder
  double realizedPnl = 0;           // on the closed part, margin coin
  double marginReleased = 0;        // margin returned with the closed part
  bool flipped = false;             // one-way: the remainder opened the reverse side
};

// Same side: the entry is re-averaged (weighted or harmonic), the initial margin is taken at the
// new entry and the same leverage, and extra margin stays, spread over the larger size.
// Opposite side: closes up to the position's size, removing extra margin pro rata (so the
// liquidation price is unchanged); in one-way mode a larger order that is not reduce-only
// opens the reverse position with the remainder at the same leverage.
OrderOutcome apply_order(const ContractPosition& p, const ContractOrder& o, PositionMode mode);

// Contracts that `balance` (margin coin) opens at `price` and the position's leverage: the
// tier or bracket's max leverage must allow that leverage (§9, Max Open).
double max_open_contracts(const ContractPosition& like, double balance, double price,
                          const TierTable& tiers, const BracketTable& brackets);

}  // namespace isomargin
