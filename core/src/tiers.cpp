#include "isomargin/tiers.hpp"

#include <algorithm>
#include <cmath>

namespace isomargin {

namespace {

bool finite_positive(double x) { return std::isfinite(x) && x > 0; }


}  // namespace

Check validate_tiers(const TierTable& rows, const std::string& path, bool wholeContracts) {
  if (rows.empty()) return FieldError{path, "tier table is empty"};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Tier& t = rows[i];
    const std::string at = index_path(path, i);
    if (t.tier != static_cast<int>(i) + 1)
      return FieldError{at + ".tier", "tiers must be numbered 1, 2, 3 … in order; expected " +
                                          std::to_string(i + 1)};
    if (!std::isfinite(t.minSz) || t.minSz < 0)
      return FieldError{at + ".minSz", "must be a finite number ≥ 0"};
    if (!finite_positive(t.maxSz)) return FieldError{at + ".maxSz", "must be a finite number > 0"};
    if (t.maxSz <= t.minSz) return FieldError{at + ".maxSz", "must be greater than minSz"};
    if (i == 0 && t.minSz != 0) return FieldError{at + ".minSz", "the first tier must start at 0"};
    if (i > 0) {
      const double prev = rows[i - 1].maxSz;
      if (t.minSz < prev)
        return FieldError{at + ".minSz", "overlaps the previous tier (its maxSz is " + plain_number(prev) + ")"};
      const bool publishedGap = wholeContracts && prev == std::floor(prev) && t.minSz == prev + 1;
      if (t.minSz > prev && !publishedGap)
        return FieldError{at + ".minSz", "leaves a gap after the previous tier (its maxSz is " +
                                             plain_number(prev) + ")"};
    }
    if (!finite_positive(t.mmr) || t.mmr >= 1)
      return FieldError{at + ".mmr", "must be a rate between 0 and 1 (0.03 means 3%)"};
    if (i > 0 && t.mmr < rows[i - 1].mmr)
      return FieldError{at + ".mmr", "must not be lower than the previous tier's mmr"};
    if (!finite_positive(t.imr) || t.imr > 1)
      return FieldError{at + ".imr", "must be a rate above 0 and at most 1"};
    if (t.imr <= t.mmr) return FieldError{at + ".imr", "must be greater than mmr"};
    if (!std::isfinite(t.maxLever) || t.maxLever < 1)
      return FieldError{at + ".maxLever", "must be a finite number ≥ 1"};
  }
  return std::nullopt;
}

std::optional<std::size_t> find_tier(const TierTable& rows, double amount) {
  // validate_tiers keeps maxSz increasing, so the first maxSz >= amount is a binary search.
  // NaN compares false and finds nothing.
  if (rows.empty() || !(amount <= rows.back().maxSz)) return std::nullopt;
  const auto it = std::lower_bound(rows.begin(), rows.end(), amount,
                                   [](const Tier& t, double a) { return t.maxSz < a; });
  return static_cast<std::size_t>(it - rows.begin());
}

namespace {

// Tier n of a table that grows by a fixed step per tier, with max leverage 1/imr rounded to
// 2 dp as OKX publishes it (§1.7).
TierTable stepped(const std::vector<Tier>& first, int count, double sizeStep, double rateStep) {
  TierTable rows = first;
  while (static_cast<int>(rows.size()) < count) {
    const Tier& last = rows.back();
    Tier t;
    t.tier = last.tier + 1;
    t.minSz = last.maxSz;
    t.maxSz = last.maxSz + sizeStep;
    t.mmr = std::round((last.mmr + rateStep) * 1e6) / 1e6;
    t.imr = std::round((last.imr + rateStep) * 1e6) / 1e6;
    t.maxLever = std::round(100.0 / t.imr) / 100.0;
    rows.push_back(t);
  }
  return rows;
}

std::vector<MarginTierPreset> make_presets() {
  std::vector<MarginTierPreset> out;
  // OKX BTC/USDT spot margin, announced 2 June 2023, in force from 8 June 2023 (§1.7). Tiers
  // 4+ follow the announced step (+35 BTC / +1M USDT, +1% mmr and imr); eight tiers are shipped.
  out.push_back({"okx-btc-usdt-margin-2023-06",
                 "OKX BTC/USDT margin tiers from 8 June 2023",
                 false,
                 stepped({{1, 0, 35, 0.03, 0.10, 10}, {2, 35, 70, 0.0625, 0.125, 8},
                          {3, 70, 105, 0.10, 0.20, 5}},
                         8, 35, 0.01),
                 stepped({{1, 0, 1e6, 0.03, 0.10, 10}, {2, 1e6, 2e6, 0.0625, 0.125, 8},
                          {3, 2e6, 3e6, 0.10, 0.20, 5}},
                         8, 1e6, 0.01)});
  // Not published by OKX: a table with a 100 BTC boundary between 3% and 4% that reproduces
  // the seed's worked example (110 BTC borrowed, mmr 4%, a 10 BTC partial step), §5.
  out.push_back({"seed-illustrative-btc",
                 "Illustrative: 100 BTC boundary, 3% then 4% (reproduces the seed example)",
                 true,
                 {{1, 0, 100, 0.03, 0.10, 10}, {2, 100, 200, 0.04, 0.11, 9.09}},
                 {}});
  return out;
}

std::vector<ContractTierPreset> make_contract_presets() {
  // Published rows, then the announced step per tier; eight tiers are shipped (§2.4).
  return {
      {"okx-1inchusdt-swap-2022-03", "OKX 1INCH-USDT swap tiers, March 2022",
       stepped({{1, 0, 1000, 0.01, 0.013, 75}, {2, 1000, 2500, 0.015, 0.02, 50},
                {3, 2500, 25000, 0.02, 0.05, 20}, {4, 25000, 50000, 0.025, 0.055, 18.18}},
               8, 25000, 0.005)},
      {"okx-adausdt-swap-2023-05", "OKX ADA-USDT swap tiers from May 2023",
       stepped({{1, 0, 1500, 0.005, 0.0133, 75}, {2, 1500, 3000, 0.0075, 0.02, 50},
                {3, 3000, 6000, 0.01, 0.025, 40}},
               8, 6000, 0.005)},
  };
}

}  // namespace

Check validate_brackets(const BracketTable& rows, const std::string& path) {
  if (rows.empty()) return FieldError{path, "bracket table is empty"};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Bracket& b = rows[i];
    const std::string at = index_path(path, i);
    if (b.bracket != static_cast<int>(i) + 1)
      return FieldError{at + ".bracket", "brackets must be numbered 1, 2, 3 … in order"};
    if (!std::isfinite(b.notionalFloor) || b.notionalFloor < 0)
      return FieldError{at + ".notionalFloor", "must be a finite number ≥ 0"};
    if (!std::isfinite(b.notionalCap) || b.notionalCap <= b.notionalFloor)
      return FieldError{at + ".notionalCap", "must be greater than notionalFloor"};
    if (i == 0 && b.notionalFloor != 0)
      return FieldError{at + ".notionalFloor", "the first bracket must start at 0"};
    if (i > 0 && b.notionalFloor != rows[i - 1].notionalCap)
      return FieldError{at + ".notionalFloor", "must equal the previous bracket's notionalCap (" +
                                                   plain_number(rows[i - 1].notionalCap) + ")"};
    if (!finite_positive(b.mmr) || b.mmr >= 1)
      return FieldError{at + ".maintMarginRatio", "must be a rate between 0 and 1"};
    if (i > 0 && b.mmr < rows[i - 1].mmr)
      return FieldError{at + ".maintMarginRatio", "must not be lower than the previous bracket's"};
    const double expected = i == 0 ? 0 : b.notionalFloor * (b.mmr - rows[i - 1].mmr) + rows[i - 1].cum;
    if (!std::isfinite(b.cum) || std::fabs(b.cum - expected) > 1e-6 * std::max(1.0, std::fabs(expected)))
      return FieldError{at + ".cum", "must be notionalFloor × (mmr − previous mmr) + previous cum = " +
                                         plain_number(expected)};
    if (!std::isfinite(b.maxLeverage) || b.maxLeverage < 1)
      return FieldError{at + ".initialLeverage", "must be a finite number ≥ 1"};
  }
  return std::nullopt;
}

std::optional<std::size_t> find_bracket(const BracketTable& rows, double notional) {
  // Contiguous and sorted (validate_brackets): the last floor <= notional, if its cap is above.
  if (rows.empty() || !(notional >= rows.front().notionalFloor)) return std::nullopt;
  const auto it = std::upper_bound(rows.begin(), rows.end(), notional,
                                   [](double n, const Bracket& b) { return n < b.notionalFloor; });
  const std::size_t i = static_cast<std::size_t>(it - rows.begin()) - 1;
  if (notional < rows[i].notionalCap) return i;
  return std::nullopt;
}

std::vector<ContractTierPreset> contract_tier_presets() { return make_contract_presets(); }

std::optional<ContractTierPreset> find_contract_tier_preset(const std::string& name) {
  for (auto& p : make_contract_presets())
    if (name == p.name) return p;
  return std::nullopt;
}

std::vector<MarginTierPreset> margin_tier_presets() { return make_presets(); }

std::optional<MarginTierPreset> find_margin_tier_preset(const std::string& name) {
  for (auto& p : make_presets())
    if (name == p.name) return p;
  return std::nullopt;
}

}  // namespace isomargin
