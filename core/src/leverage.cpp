#include "isomargin/leverage.hpp"

#include <algorithm>

namespace isomargin {

Bands bands_of(const TierTable& tiers, double perContract) {
  Bands out;
  double previous = 0;
  for (const Tier& t : tiers) {
    Band b;
    b.tier = t.tier;
    b.from = previous * perContract;
    b.to = t.maxSz * perContract;
    b.publishedFrom = t.minSz * perContract;
    b.mmr = t.mmr;
    b.imr = t.imr;
    b.maxLeverage = t.maxLever;
    out.push_back(b);
    previous = t.maxSz;
  }
  return out;
}

Bands bands_of(const BracketTable& brackets) {
  Bands out;
  for (const Bracket& r : brackets) {
    Band b;
    b.tier = r.bracket;
    b.from = b.publishedFrom = r.notionalFloor;
    b.to = r.notionalCap;
    b.upperInclusive = false;
    b.mmr = r.mmr;
    b.imr = 1 / r.maxLeverage;
    b.maxLeverage = r.maxLeverage;
    b.cum = r.cum;
    out.push_back(b);
  }
  return out;
}

TierLookup tier_for(const Bands& bands, double amount) {
  TierLookup out;
  for (std::size_t i = 0; i < bands.size(); ++i) {
    const Band& b = bands[i];
    if (b.upperInclusive ? amount <= b.to : amount < b.to) {
      out.index = i;
      out.inGap = amount > b.from && amount < b.publishedFrom;
      return out;
    }
  }
  return out;
}

MaxLeverage max_leverage_for_notional(const Bands& bands, double notional) {
  MaxLeverage out;
  out.index = tier_for(bands, notional).index;
  if (out.index) out.leverage = bands[*out.index].maxLeverage;
  return out;
}

MaxLeverage max_leverage_for_stake(const Bands& bands, double stake) {
  MaxLeverage out;
  if (bands.empty()) return out;
  if (stake == 0) {
    out.index = 0;
    out.leverage = bands.front().maxLeverage;
    return out;
  }
  for (std::size_t i = 0; i < bands.size(); ++i) {
    const Band& b = bands[i];
    const bool last = i + 1 == bands.size();
    // The smallest stake that reaches the next row at that row's own max leverage.
    if (!last && bands[i + 1].from / bands[i + 1].maxLeverage <= stake) continue;
    // freqtrade returns the last row's max leverage as it is; capping it by the row's bound too
    // keeps stake × leverage inside the table (the same whenever the last row allows only 1x).
    if (last && stake > b.to) return out;
    out.index = i;
    out.leverage = std::min(b.to / stake, b.maxLeverage);
    out.capped = b.to / stake < b.maxLeverage;
    return out;
  }
  return out;
}

void derive_cum(BracketTable& rows) {
  for (std::size_t i = 0; i < rows.size(); ++i)
    rows[i].cum = i == 0 ? 0 : rows[i].notionalFloor * (rows[i].mmr - rows[i - 1].mmr) + rows[i - 1].cum;
}

}  // namespace isomargin
