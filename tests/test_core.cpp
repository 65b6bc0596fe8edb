// The core used directly from C++, with no JSON: the general liquidation form against the six
// per-row formulas of domain.md §1.3, the seed's risk numbers, and non-finite inputs that JSON
// cannot carry.
#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "isomargin/scenario.hpp"

using namespace isomargin;
using Catch::Matchers::WithinRel;

namespace {

SpotPosition make(Side side, MarginCoin coin, Mode mode, double A, double L, double M) {
  SpotPosition p;
  p.side = side;
  p.marginCoin = coin;
  p.mode = mode;
  p.assets = A;
  p.principal = L;
  p.margin = M;
  return p;
}

double liq(const SpotPosition& p, double mmr, double f) {
  const PriceLevel l = solve_price(book_of(p), liquidation_k(mmr, f));
  REQUIRE(l.kind == PriceLevel::Kind::At);
  return l.price;
}

SpotScenario seed_risk() {
  SpotScenario s;
  s.position = make(Side::Short, MarginCoin::Quote, Mode::Old, 3299800, 110, 0);
  s.position->margin.reset();
  s.position->interest = 0.5;
  s.markPrice = 29000;
  s.takerFee = 0.0001;
  s.mmr.fixedMmr = 0.04;
  return s;
}

}  // namespace

TEST_CASE("general two-currency form equals OKX's six per-row formulas", "[core][liquidation]") {
  // §1.3: new long/base L·k/(A+M), long/quote (L·k−M)/A, short/base A/(L·k−M),
  // short/quote (A+M)/(L·k); old long L·k/A, old short A/(L·k) with A holding M.
  const double A_long = GENERATE(0.5, 1.0, 3.0);
  const double lever = GENERATE(2.0, 5.0, 10.0);
  const double mmr = GENERATE(0.01, 0.03, 0.1);
  const double f = GENERATE(0.0, 0.0005, 0.001);
  const double price = 100000;
  const double L = A_long * price;
  const double k = (1 + mmr) * (1 + f);
  const double Mb = A_long / lever, Mq = A_long * price / lever;
  CHECK_THAT(liq(make(Side::Long, MarginCoin::Base, Mode::New, A_long, L, Mb), mmr, f),
             WithinRel(L * k / (A_long + Mb), 1e-12));
  CHECK_THAT(liq(make(Side::Long, MarginCoin::Quote, Mode::New, A_long, L, Mq), mmr, f),
             WithinRel((L * k - Mq) / A_long, 1e-12));
  CHECK_THAT(liq(make(Side::Long, MarginCoin::Base, Mode::Old, A_long + Mb, L, Mb), mmr, f),
             WithinRel(L * k / (A_long + Mb), 1e-12));
  const double A_short = A_long * price, Ls = A_long;
  CHECK_THAT(liq(make(Side::Short, MarginCoin::Base, Mode::New, A_short, Ls, Mb), mmr, f),
             WithinRel(A_short / (Ls * k - Mb), 1e-12));
  CHECK_THAT(liq(make(Side::Short, MarginCoin::Quote, Mode::New, A_short, Ls, Mq), mmr, f),
             WithinRel((A_short + Mq) / (Ls * k), 1e-12));
  CHECK_THAT(liq(make(Side::Short, MarginCoin::Quote, Mode::Old, A_short + Mq, Ls, Mq), mmr, f),
             WithinRel((A_short + Mq) / (Ls * k), 1e-12));
}

TEST_CASE("the margin ratio is exactly 100% at the estimated liquidation price", "[core]") {
  const SpotPosition p = make(Side::Long, MarginCoin::Quote, Mode::New, 1, 100000, 10000);
  const double price = liq(p, 0.03, 0.001);
  const auto r = risk_at(book_of(p), price, 0.03, 0.001);
  REQUIRE(r.marginRatio);
  CHECK_THAT(*r.marginRatio, WithinRel(1.0, 1e-12));
}

TEST_CASE("seed risk example from C++ structs", "[core][seed]") {
  const SpotScenario s = seed_risk();
  REQUIRE_FALSE(validate(s));
  const SpotReport r = evaluate(s);
  // domain.md §5: MM 128,180 and fee 333.27 printed; ratio 74.16% printed.
  CHECK_THAT(r.atMark.maintenanceMargin, Catch::Matchers::WithinAbs(128180, 0.5));
  CHECK_THAT(r.atMark.liquidationFee, Catch::Matchers::WithinAbs(333.27, 0.005));
  REQUIRE(r.atMark.marginRatio);
  CHECK_THAT(*r.atMark.marginRatio, Catch::Matchers::WithinAbs(0.7416, 0.00005));
  CHECK(r.state.state == RiskState::FullLiquidation);
  CHECK_FALSE(r.pnlMark);  // old mode without the margin: PnL cannot be known
}

TEST_CASE("non-finite numbers are named by the core itself", "[core][bad]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  struct Row {
    const char* field;
    void (*set)(SpotScenario&, double);
  };
  const Row rows[] = {
      {"markPrice", [](SpotScenario& s, double x) { s.markPrice = x; }},
      {"lastPrice", [](SpotScenario& s, double x) { s.lastPrice = x; }},
      {"takerFee", [](SpotScenario& s, double x) { s.takerFee = x; }},
      {"mmr", [](SpotScenario& s, double x) { s.mmr.fixedMmr = x; }},
      {"alertRatio", [](SpotScenario& s, double x) { s.rules.alertRatio = x; }},
      {"position.assets", [](SpotScenario& s, double x) { s.position->assets = x; }},
      {"position.liability", [](SpotScenario& s, double x) { s.position->principal = x; }},
      {"position.interest", [](SpotScenario& s, double x) { s.position->interest = x; }},
  };
  for (double bad : {nan, inf, -inf}) {
    for (const Row& row : rows) {
      SpotScenario s = seed_risk();
      row.set(s, bad);
      const auto e = validate(s);
      INFO(row.field << " = " << bad);
      REQUIRE(e);
      CHECK(e->field == row.field);
    }
  }
}

TEST_CASE("an order's non-finite fields are named as written", "[core][bad]") {
  SpotScenario s;
  OpenOrder o;
  o.fills = {{100000, 1}};
  o.singleFill = true;
  o.leverage = std::numeric_limits<double>::quiet_NaN();
  s.order = o;
  s.markPrice = 100000;
  s.mmr.fixedMmr = 0.03;
  auto e = validate(s);
  REQUIRE(e);
  CHECK(e->field == "order.leverage");
  s.order->leverage = 10;
  s.order->fills[0].price = std::numeric_limits<double>::infinity();
  e = validate(s);
  REQUIRE(e);
  CHECK(e->field == "order.entryPrice");
}

TEST_CASE("prices that do not exist are results, never numbers", "[core][liquidation]") {
  // A short with base margin M ≥ L·k can never be liquidated (§1.3).
  const SpotPosition safe = make(Side::Short, MarginCoin::Base, Mode::New, 100000, 1, 1.2);
  CHECK(solve_price(book_of(safe), liquidation_k(0.03, 0.001)).kind == PriceLevel::Kind::Never);
  // A long whose quote margin alone covers L·k: never liquidated by a fall.
  const SpotPosition covered = make(Side::Long, MarginCoin::Quote, Mode::New, 1, 100000, 200000);
  CHECK(solve_price(book_of(covered), liquidation_k(0.03, 0.001)).kind ==
        PriceLevel::Kind::Never);
  // A short whose assets cannot cover anything: liquidatable at every price.
  const SpotPosition broke = make(Side::Short, MarginCoin::Base, Mode::New, 0.000001, 1, 0.5);
  const PriceLevel l = solve_price(book_of(broke), liquidation_k(0.03, 0.001));
  CHECK(l.kind == PriceLevel::Kind::At);  // a tiny positive price still exists
  CHECK(l.price < 0.01);
}

TEST_CASE("user partial close repays the principal and keeps the position open", "[core][close]") {
  SpotPosition p = make(Side::Short, MarginCoin::Quote, Mode::New, 100000, 1, 10000);
  CloseOrder c;
  c.closeAll = false;
  c.size = 0.4;
  c.price = 90000;
  const CloseResult r = close_position(p, c, 0.0, 10.0);
  REQUIRE(r.remaining);
  CHECK_FALSE(r.fullyClosed);
  CHECK_THAT(r.remaining->principal, WithinRel(0.6, 1e-12));
  CHECK_THAT(r.remaining->assets, WithinRel(100000 - 0.4 * 90000, 1e-12));
}

TEST_CASE("warnings are held in place: fixed text allocates nothing, a ninth is counted, not written", "[warnings]") {
  isomargin::Warnings w;
  w.push_back({"position.margin", "fixed text"});
  w.push_back({"order.leverage", std::string("built ") + "text"});
  REQUIRE(w.size() == 2);
  CHECK(std::string(w.begin()->field()) == "position.margin");
  CHECK(w.begin()->message() == "fixed text");
  CHECK((w.begin() + 1)->message() == "built text");
  for (int i = 0; i < 10; ++i) w.push_back({"x", "y"});
  CHECK(w.size() == isomargin::Warnings::kCapacity);
  CHECK(w.dropped() == 12 - isomargin::Warnings::kCapacity);
}

TEST_CASE("partial steps: the first in place, the rest behind it, read back in order", "[steps]") {
  using isomargin::PartialStep;
  using isomargin::PartialSteps;
  PartialSteps steps;
  CHECK(steps.empty());
  CHECK(steps.begin() == steps.end());
  steps.reserve(3);
  for (int i = 1; i <= 4; ++i) {  // one more than the hint: the block grows as a vector would
    PartialStep s;
    s.tierBefore = i + 1;
    s.tierAfter = i;
    steps.push_back(s);
    REQUIRE(steps.size() == static_cast<std::size_t>(i));
    CHECK(steps.back().tierAfter == i);
  }
  CHECK(steps.front().tierAfter == 1);
  int want = 1;
  for (const PartialStep& s : steps) CHECK(s.tierAfter == want++);
  CHECK(want == 5);
  for (std::size_t i = 0; i < steps.size(); ++i) CHECK(steps[i].tierBefore == static_cast<int>(i) + 2);
  const PartialSteps copy = steps;  // a report is copied whole
  CHECK(copy.size() == 4);
  CHECK(copy[3].tierAfter == 4);
}
