// Positions several Catch2 files start from.
#pragma once
#include "isomargin/spot.hpp"

namespace isomargin::test {

// The seed's short (domain.md §5): old mode, USDT margin, 3,299,800 USDT of assets, 110 BTC
// borrowed plus 0.5 BTC of interest.
inline SpotPosition seed_short() {
  SpotPosition p;
  p.side = Side::Short;
  p.marginCoin = MarginCoin::Quote;
  p.mode = Mode::Old;
  p.assets = 3299800;
  p.principal = 110;
  p.interest = 0.5;
  return p;
}

}  // namespace isomargin::test
