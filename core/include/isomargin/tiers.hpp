// Position tiers as data, in the shape of OKX's GET /api/v5/public/position-tiers
// (tier, minSz, maxSz, mmr, imr, maxLever). domain.md §1.7, §2.4, §10 rows 3, 4, 14.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "isomargin/error.hpp"

namespace isomargin {

struct Tier {
  int tier = 0;
  double minSz = 0;  // lower bound (exclusive above tier 1)
  double maxSz = 0;  // upper bound, inclusive: OKX's "max borrow" column
  double mmr = 0;    // maintenance margin rate
  double imr = 0;    // initial margin rate
  double maxLever = 0;  // as published; never derived from imr (§10 row 14)
};

using TierTable = std::vector<Tier>;

// The most rows a table may have (tiers are numbered 1..kMaxTiers, brackets 1..kMaxBrackets):
// published tables have tens; the lookups are binary searches, so these only bound the input.
constexpr int kMaxTiers = 1000;
constexpr int kMaxBrackets = 10000;

// Sorted, numbered 1..n, starting at 0, contiguous (minSz == previous maxSz), mmr not
// decreasing, mmr < imr. `path` is the JSON path of the rows array. With `wholeContracts` a
// row may also start one above the previous maxSz, as OKX publishes contract tiers (1,001 after
// 1,000): contiguous for whole contracts; a fractional size between is in the upper tier.
Check validate_tiers(const TierTable& rows, const std::string& path, bool wholeContracts = false);

// The tier an amount falls in: the first whose maxSz is >= amount. An amount exactly on a
// boundary belongs to the lower tier, as OKX's inclusive "max" reads, so a partial liquidation
// that cuts the borrowed amount down to a tier's maxSz lands in that tier (the seed's 10 BTC
// step). Returns the index into rows, or nothing when the amount is above the last tier.
// A binary search: the rows must be as validate_tiers accepts them.
std::optional<std::size_t> find_tier(const TierTable& rows, double amount);

// Binance brackets by notional, with the maintenance amount `cum` (§6): floor-inclusive,
// notionalFloor ≤ notional < notionalCap.
struct Bracket {
  int bracket = 0;
  double notionalFloor = 0;
  double notionalCap = 0;
  double mmr = 0;  // maintMarginRatio
  double cum = 0;  // maintenance amount
  double maxLeverage = 0;  // initialLeverage
};
using BracketTable = std::vector<Bracket>;

// Sorted, contiguous, mmr not falling, and cum_n = floor_n·(mmr_n − mmr_{n−1}) + cum_{n−1}: a
// table that breaks this once put a liquidation price on the wrong side of entry (§8a).
Check validate_brackets(const BracketTable& rows, const std::string& path);
// A binary search over rows that validate_brackets accepts.
std::optional<std::size_t> find_bracket(const BracketTable& rows, double notional);

// Named presets. Spot-margin tables come in pairs: selected by base borrowed (shorts) and by
// quote borrowed (longs), §1.7. An empty table means the preset has none for that coin.
struct MarginTierPreset {
  const char* name;
  const char* label;
  bool illustrative;
  TierTable base;   // amount of base coin borrowed
  TierTable quote;  // amount of quote coin borrowed
};

// Contract tiers by position size in contracts (OKX SWAP/FUTURES, §2.4).
struct ContractTierPreset {
  const char* name;
  const char* label;
  TierTable rows;
};

// Built on each call: the core keeps no global state.
std::vector<ContractTierPreset> contract_tier_presets();
std::optional<ContractTierPreset> find_contract_tier_preset(const std::string& name);
std::vector<MarginTierPreset> margin_tier_presets();
std::optional<MarginTierPreset> find_margin_tier_preset(const std::string& name);

}  // namespace isomargin
