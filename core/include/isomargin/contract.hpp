// Perpetual swaps and futures in isolated margin: contract units, margin and PnL, linear
// (USDT-margined) and inverse (coin-margined), domain.md §2.1, §7 (average entry).
#pragma once
#include <vector>

#include "isomargin/open.hpp"
#include "isomargin/spot.hpp"

namespace isomargin {

enum class ContractKind { Linear, Inverse };

struct Contract {
  ContractKind kind = ContractKind::Linear;
  double ctVal = 1;       // face value of one contract: base (linear) or USD (inverse)
  double multiplier = 1;
  double lotSz = 0;   // > 0: sizes are whole lots, rounded down (an exchange truncates a quantity)
  double tickSz = 0;  // > 0: prices are also shown on the tick grid (see round_to_tick)
};

// A size rounded down to whole lots (lot 0: unchanged). The 1e-9 keeps 0.3/0.1 at 3 lots.
double round_to_lot(double size, double lot);
// A price on the tick grid, rounded up or down (tick 0: unchanged).
double round_to_tick(double price, double tick, bool up);

// A position: size in contracts, average entry, leverage, and the isolated margin balance
// (initial margin + added − removed), in quote (linear) or coin (inverse).
struct ContractPosition {
  Side side = Side::Long;
  Contract contract;
  double contracts = 0;
  double entryPrice = 0;
  double leverage = 1;
  double marginAdded = 0;
  double marginRemoved = 0;
};

// Q = contracts × ctVal × multiplier: base units (linear) or USD (inverse).
double size_q(const ContractPosition& p);
// Notional at a price: Q·P in quote (linear), Q/P in coin (inverse).
double contract_notional(ContractKind kind, double q, double price);
// Initial margin: Q·EP/lever (linear), Q/(EP·lever) (inverse).
double contract_initial_margin(ContractKind kind, double q, double entry, double leverage);
double isolated_margin(const ContractPosition& p);
// s·Q·(P − EP) (linear, quote); s·Q·(1/EP − 1/P) (inverse, coin).
double contract_pnl(ContractKind kind, Side side, double q, double entry, double price);
// Weighted mean (linear); harmonic, ΣQ / Σ(Q/p) (inverse): 50 @ 10k + 50 @ 15k → 12,000.
double contract_average_entry(ContractKind kind, const std::vector<Fill>& fills);

}  // namespace isomargin
