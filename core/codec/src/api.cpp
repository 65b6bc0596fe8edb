#include <cmath>
#include <limits>

#include "isomargin/budget.hpp"
#include "isomargin/codec.hpp"
#include "isomargin/range.hpp"
#include "isomargin/tiers.hpp"
#include "reader.hpp"

namespace isomargin::codec {

namespace {

constexpr std::size_t kMaxScenarioBytes = 1 << 20;

// Replace, never throw, on bad UTF-8 (a label could carry some).
std::string dump(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

// Perpetuals and futures have their own scenario, as do options; spot margin is the default.
enum class Product { Spot, Contract, Option };
Product product_of(const json& j) {
  const auto product = j.is_object() ? j.find("product") : j.end();
  if (product == j.end()) return Product::Spot;
  if (*product == "perpetual" || *product == "futures") return Product::Contract;
  return *product == "option" ? Product::Option : Product::Spot;  // decode() names a bad one
}

// A sweep judges the position's risk at each price: the reduced calculations cannot.
Check sweep_needs(const SpotScenario& s) {
  if (s.atMark) return std::nullopt;
  return FieldError{"markPrice", "is required: a sweep evaluates the position's risk at each price"};
}
Check sweep_needs(const ContractScenario& s) {
  if (s.atMark) return std::nullopt;
  return FieldError{"markPrice", "is required: a sweep evaluates the position's risk at each price"};
}
Check sweep_needs(const OptionScenario& s) {
  if (s.marginGiven) return std::nullopt;
  return FieldError{"position.initialMargin", "is required: a sweep evaluates the margin ratio at each price"};
}

Outcome<json> parse_scenario(std::string_view text) {
  if (text.size() > kMaxScenarioBytes) return FieldError{"$", "is larger than 1 MiB"};
  return parse_text(text);
}

}  // namespace

Evaluation evaluate_text(std::string_view text, int indent, const Explainer* explainer) {
  auto parsed = parse_scenario(text);
  if (!parsed.ok()) return {false, dump(encode_error(parsed.error()), indent)};
  const json& j = parsed.value();
  // The report, with its explanations when asked for and built into this binary.
  auto out = [&](json report, bool asked, auto explain) -> Evaluation {
    if (asked || (explainer && explainer->always)) {
      if (!explainer) return {false, dump(encode_error({"explain", "explanations are not built into this module"}), indent)};
      report["explanations"] = explain(*explainer);
    }
    return {true, dump(report, indent)};
  };
  const Product product = product_of(j);
  if (product == Product::Contract) {
    auto decoded = decode_contract(j);
    if (!decoded.ok()) return {false, dump(encode_error(decoded.error()), indent)};
    const ContractDecoded& d = decoded.value();
    const ContractScenario& s = d.scenario;
    if (!s.atMark) {
      const ContractCalculations c = calculate(s, settled_position(s));
      return out(encode_contract_calculators(c, d), d.explain, [&](const Explainer& e) { return e.calculators(d, c); });
    }
    const ContractReport r = evaluate(s);
    const ContractWorkflow w = contract_workflow(s);
    return out(encode_contract(r, w, d), d.explain, [&](const Explainer& e) { return e.contract(d, r, w); });
  }
  if (product == Product::Option) {
    auto decoded = decode_option(j);
    if (!decoded.ok()) return {false, dump(encode_error(decoded.error()), indent)};
    const OptionDecoded& d = decoded.value();
    const OptionReport r = evaluate(d.scenario);
    const std::optional<OptionWorkflow> w =
        d.scenario.marginGiven ? std::optional<OptionWorkflow>(option_workflow(d.scenario)) : std::nullopt;
    const OptionWorkflow* wp = w ? &*w : nullptr;
    return out(encode_option(r, wp, d), d.explain, [&](const Explainer& e) { return e.option(d, r, wp); });
  }
  auto decoded = decode(j);
  if (!decoded.ok()) return {false, dump(encode_error(decoded.error()), indent)};
  const Decoded& d = decoded.value();
  if (!d.scenario.atMark) {
    const OpeningReport o = opening_report(d.scenario);
    return out(encode_opening(o, d), d.explain, [&](const Explainer& e) { return e.opening(d, o); });
  }
  const SpotReport r = evaluate(d.scenario);
  return out(encode(r, d), d.explain, [&](const Explainer& e) { return e.spot(d, r); });
}

SweepColumns sweep_text(std::string_view text, const std::vector<double>& prices) {
  SweepColumns out;
  auto fail = [&out](const FieldError& e) {
    out.error = dump(encode_error(e), -1);
    return out;
  };
  auto parsed = parse_scenario(text);
  if (!parsed.ok()) return fail(parsed.error());
  if (prices.empty() || prices.size() > kMaxSweepPrices)
    return fail({"prices", "must hold from 1 to " + std::to_string(kMaxSweepPrices) + " prices"});
  // The path string is made only for a price that fails (NaN fails the first test too).
  for (std::size_t i = 0; i < prices.size(); ++i)
    if (!(prices[i] > 0 && prices[i] <= kMaxPrice))
      if (auto e = in_range(prices[i], index_path("prices", i), 0, true, kMaxPrice)) return fail(*e);
  // Every product decodes (and validates) its own scenario, then sweeps it.
  auto rows_of = [&prices](const auto& decoded) -> Outcome<std::vector<SweepRow>> {
    if (!decoded.ok()) return decoded.error();
    if (auto missing = sweep_needs(decoded.value().scenario)) return *missing;
    if (auto e = sweep_budget(decoded.value().scenario, prices.size())) return *e;
    return sweep_prices(decoded.value().scenario, prices);
  };
  const json& j = parsed.value();
  const Product product = product_of(j);
  const auto rows = product == Product::Option     ? rows_of(decode_option(j))
                    : product == Product::Contract ? rows_of(decode_contract(j))
                                                   : rows_of(decode(j));
  if (!rows.ok()) return fail(rows.error());
  // Typed arrays have no null: NaN stands for a value that does not exist.
  const double none = std::numeric_limits<double>::quiet_NaN();
  out.pnl.reserve(prices.size());
  out.marginRatio.reserve(prices.size());
  out.state.reserve(prices.size());
  for (const SweepRow& r : rows.value()) {
    out.pnl.push_back(r.pnl && std::isfinite(*r.pnl) ? *r.pnl : none);
    out.marginRatio.push_back(r.marginRatio && std::isfinite(*r.marginRatio) ? *r.marginRatio : none);
    out.state.push_back(static_cast<unsigned char>(r.state));
  }
  out.ok = true;
  return out;
}

std::vector<std::string> state_names() {
  std::vector<std::string> names;
  for (RiskState s : {RiskState::Normal, RiskState::Alert, RiskState::PartialLiquidation,
                      RiskState::FullLiquidation})
    names.push_back(state_name(s));
  return names;
}

std::string catalog_text(int indent) {
  auto rows = [](const TierTable& t) {
    json a = json::array();
    for (const Tier& r : t) a.push_back(tier_json(r));
    return a;
  };
  json margin = json::array();
  for (const MarginTierPreset& p : margin_tier_presets())
    margin.push_back(Out()
                         .str("name", p.name)
                         .str("label", p.label)
                         .flag("illustrative", p.illustrative)
                         .put("base", rows(p.base))
                         .put("quote", rows(p.quote))
                         .done());
  json contract = json::array();
  for (const ContractTierPreset& p : contract_tier_presets())
    contract.push_back(Out().str("name", p.name).str("label", p.label).put("rows", rows(p.rows)).done());
  json models = json::array();
  for (const ConventionInfo& c : conventions())
    models.push_back(Out()
                         .str("name", c.name)
                         .str("label", c.label)
                         .flag("linear", c.linear)
                         .flag("inverse", c.inverse)
                         .flag("mmAtEntry", c.mmAtEntry)
                         .flag("usesFee", c.usesFee)
                         .done());
  return dump(Out()
                  .put("states", state_names())
                  .put("marginTiers", std::move(margin))
                  .put("contractTiers", std::move(contract))
                  .put("models", std::move(models))
                  .done(),
              indent);
}

}  // namespace isomargin::codec
