#include "isomargin/contract.hpp"

#include <cmath>

namespace isomargin {

double round_to_lot(double size, double lot) {
  return lot > 0 ? std::floor(size / lot + 1e-9) * lot : size;
}

double round_to_tick(double price, double tick, bool up) {
  if (!(tick > 0)) return price;
  const double steps = price / tick;
  return (up ? std::ceil(steps - 1e-9) : std::floor(steps + 1e-9)) * tick;
}

double size_q(const ContractPosition& p) {
  return p.contracts * p.contract.ctVal * p.contract.multiplier;
}

double contract_notional(ContractKind kind, double q, double price) {
  return kind == ContractKind::Linear ? q * price : q / price;
}

double contract_initial_margin(ContractKind kind, double q, double entry, double leverage) {
  return contract_notional(kind, q, entry) / leverage;
}

double isolated_margin(const ContractPosition& p) {
  return contract_initial_margin(p.contract.kind, size_q(p), p.entryPrice, p.leverage) +
         p.marginAdded - p.marginRemoved;
}

double contract_pnl(ContractKind kind, Side side, double q, double entry, double price) {
  const double s = sign(side);
  return kind == ContractKind::Linear ? s * q * (price - entry) : s * q * (1 / entry - 1 / price);
}

double contract_average_entry(ContractKind kind, const std::vector<Fill>& fills) {
  double q = 0, weighted = 0;
  for (const Fill& f : fills) {
    q += f.size;
    weighted += kind == ContractKind::Linear ? f.size * f.price : f.size / f.price;
  }
  return kind == ContractKind::Linear ? weighted / q : q / weighted;
}

}  // namespace isomargin
