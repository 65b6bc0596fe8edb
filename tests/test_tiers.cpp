// Tier tables: validation with errors naming the row, lookup at boundaries, shipped presets.
#include <catch2/catch.hpp>

#include "isomargin/tiers.hpp"

using namespace isomargin;

namespace {
TierTable two() { return {{1, 0, 100, 0.03, 0.10, 10}, {2, 100, 200, 0.04, 0.11, 9.09}}; }
}  // namespace

TEST_CASE("tier lookup: maxSz is inclusive, as OKX's max-borrow column reads", "[tiers]") {
  const TierTable t = two();
  CHECK(find_tier(t, 0) == 0u);
  CHECK(find_tier(t, 100) == 0u);
  CHECK(find_tier(t, 100.000001) == 1u);
  CHECK(find_tier(t, 200) == 1u);
  CHECK_FALSE(find_tier(t, 200.5));
}

TEST_CASE("tier validation names the offending row and field", "[tiers][bad]") {
  struct Row {
    const char* what;
    void (*breakIt)(TierTable&);
    const char* field;
  };
  const Row rows[] = {
      {"empty", [](TierTable& t) { t.clear(); }, "t"},
      {"renumbered", [](TierTable& t) { t[1].tier = 3; }, "t[1].tier"},
      {"overlap", [](TierTable& t) { t[1].minSz = 90; }, "t[1].minSz"},
      {"gap", [](TierTable& t) { t[1].minSz = 110; }, "t[1].minSz"},
      {"max below min", [](TierTable& t) { t[1].maxSz = 100; }, "t[1].maxSz"},
      {"mmr falls", [](TierTable& t) { t[1].mmr = 0.02; }, "t[1].mmr"},
      {"imr under mmr", [](TierTable& t) { t[0].imr = 0.02; }, "t[0].imr"},
      {"lever under 1", [](TierTable& t) { t[0].maxLever = 0; }, "t[0].maxLever"},
      {"first not at 0", [](TierTable& t) { t[0].minSz = 1; }, "t[0].minSz"},
  };
  CHECK_FALSE(validate_tiers(two(), "t"));
  for (const Row& r : rows) {
    TierTable t = two();
    r.breakIt(t);
    const auto e = validate_tiers(t, "t");
    INFO(r.what);
    REQUIRE(e);
    CHECK(e->field == r.field);
  }
}

TEST_CASE("shipped presets are valid tables", "[tiers]") {
  for (const MarginTierPreset& p : margin_tier_presets()) {
    INFO(p.name);
    if (!p.base.empty()) CHECK_FALSE(validate_tiers(p.base, "base"));
    if (!p.quote.empty()) CHECK_FALSE(validate_tiers(p.quote, "quote"));
  }
  // §1.7, after 8 June 2023: tier 2 is 35–70 BTC / 1–2M USDT at 6.25% / 12.5% / 8x.
  const auto okx = find_margin_tier_preset("okx-btc-usdt-margin-2023-06");
  REQUIRE(okx);
  CHECK(okx->base[1].maxSz == 70);
  CHECK(okx->quote[1].maxSz == 2e6);
  CHECK(okx->base[1].mmr == 0.0625);
  CHECK(okx->base[2].maxLever == 5);
}
