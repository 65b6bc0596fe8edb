// The sweep finds a position's rate and liquidation level once and walks only past the level
// (core/src/sweep.cpp); the report judges each price on its own. They must agree at every price,
// above all at and a rounding away from the liquidation price, where the fast path hands over.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "isomargin/codec.hpp"
#include "isomargin/contract_liquidation.hpp"
#include "vectors.hpp"

using nlohmann::ordered_json;
using namespace isomargin;

namespace {

// Evenly from half to one and a half times the level, and 41 prices within ±2e-12 of it.
std::vector<double> around(double level) {
  std::vector<double> prices;
  for (int i = 0; i <= 400; ++i) prices.push_back(level * (0.5 + i / 400.0));
  for (int k = -20; k <= 20; ++k) prices.push_back(level * (1 + k * 1e-13));
  return prices;
}

template <class State>
void check_rows(const std::vector<SweepRow>& rows, const std::vector<double>& prices, State state_at) {
  REQUIRE(rows.size() == prices.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto st = state_at(prices[i]);
    INFO("price " << prices[i]);
    CHECK(rows[i].state == st.state);
    REQUIRE(rows[i].marginRatio.has_value() == st.marginRatio.has_value());
    if (st.marginRatio) CHECK(*rows[i].marginRatio == *st.marginRatio);  // the same arithmetic: exact
  }
}

}  // namespace

TEST_CASE("the sweep gives the state and ratio of the walk at every price, at the level too", "[sweep]") {
  int spot = 0, contract = 0;
  for (const auto& c : test::vectors()["sweeps"]) {
    const ordered_json j = ordered_json::parse(c["scenario"].dump());
    INFO(c["name"].get<std::string>());
    if (j.value("product", "spot") == "spot") {
      const auto d = codec::decode(j);
      REQUIRE(d.ok());
      const SpotScenario& s = d.value().scenario;
      const SpotPosition p = position_of(s);
      const PriceLevel level = solve_price(book_of(p), liquidation_k(mmr_for(s.mmr, p.principal), s.takerFee));
      REQUIRE(level.kind == PriceLevel::Kind::At);
      const auto prices = around(level.price);
      check_rows(sweep_prices(s, prices), prices, [&](double price) {
        return liquidation_state(p, price, s.takerFee, s.mmr, s.rules);
      });
      ++spot;
    } else if (j["product"] != "option") {
      const auto d = codec::decode_contract(j);
      REQUIRE(d.ok());
      const ContractScenario s = settled(d.value().scenario);
      const PriceLevel level = contract_liquidation(s.convention, s.position, contract_risk(s, s.convention, s.position));
      REQUIRE(level.kind == PriceLevel::Kind::At);
      const auto prices = around(level.price);
      check_rows(sweep_prices(d.value().scenario, prices), prices, [&](double price) {
        return contract_liquidation_state(s, s.position, price, s.alertRatio);
      });
      ++contract;
    }
  }
  CHECK(spot >= 2);
  CHECK(contract >= 1);
}
