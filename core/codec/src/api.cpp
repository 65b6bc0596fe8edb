#include "isomargin/codec.hpp"
#include "isomargin/tiers.hpp"
#include "reader.hpp"

namespace isomargin::codec {

namespace {

constexpr std::size_t kMaxScenarioBytes = 1 << 20;

// Replace, never throw, on bad UTF-8 (a label could carry some).
std::string dump(const json& j, int indent) {
  return j.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace

Evaluation evaluate_text(std::string_view text, int indent) {
  if (text.size() > kMaxScenarioBytes)
    return {false, dump(encode_error({"$", "is larger than 1 MiB"}), indent)};
  auto parsed = parse_text(text);
  if (!parsed.ok()) return {false, dump(encode_error(parsed.error()), indent)};
  const json& j = parsed.value();
  // Perpetuals and futures have their own scenario; spot margin is the default product.
  const auto product = j.is_object() ? j.find("product") : j.end();
  if (product != j.end() && (*product == "perpetual" || *product == "futures")) {
    auto decoded = decode_contract(j);
    if (!decoded.ok()) return {false, dump(encode_error(decoded.error()), indent)};
    const ContractScenario& s = decoded.value().scenario;
    return {true, dump(encode_contract(evaluate(s), contract_workflow(s), decoded.value()), indent)};
  }
  if (product != j.end() && *product == "option") return evaluate_option_json(j, indent, dump);
  auto decoded = decode(j);
  if (!decoded.ok()) return {false, dump(encode_error(decoded.error()), indent)};
  return {true, dump(encode(evaluate(decoded.value().scenario), decoded.value()), indent)};
}

std::string catalog_text() {
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
                  .put("marginTiers", std::move(margin))
                  .put("contractTiers", std::move(contract))
                  .put("models", std::move(models))
                  .done(),
              -1);
}

}  // namespace isomargin::codec
