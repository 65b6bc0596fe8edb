#include "isomargin/spot.hpp"

namespace isomargin {

double assets_ex_margin(const SpotPosition& p) {
  return p.mode == Mode::Old ? p.assets - p.margin.value_or(0) : p.assets;
}

double position_size(const SpotPosition& p) {
  return p.side == Side::Long ? assets_ex_margin(p) : p.liability();
}

Book book_of(const SpotPosition& p) {
  Book b;
  if (p.side == Side::Long) {
    b.baseAssets = p.assets;
    b.quoteLiability = p.liability();
  } else {
    b.quoteAssets = p.assets;
    b.baseLiability = p.liability();
  }
  // New mode holds the margin beside the assets; old mode already counts it in them.
  if (p.mode == Mode::New) {
    const double m = p.margin.value_or(0);
    (p.marginCoin == MarginCoin::Quote ? b.quoteAssets : b.baseAssets) += m;
  }
  return b;
}

}  // namespace isomargin
