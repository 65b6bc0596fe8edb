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
    return {true, dump(encode_contract(evaluate(decoded.value().scenario), decoded.value()), indent)};
  }
  auto decoded = decode(j);
  if (!decoded.ok()) return {false, dump(encode_error(decoded.error()), indent)};
  return {true, dump(encode(evaluate(decoded.value().scenario), decoded.value()), indent)};
}

std::string presets_text() {
  json list = json::array();
  for (const MarginTierPreset& p : margin_tier_presets()) {
    auto rows = [](const TierTable& t) {
      json a = json::array();
      for (const Tier& r : t) a.push_back(tier_json(r));
      return a;
    };
    list.push_back({{"name", p.name},
                    {"label", p.label},
                    {"illustrative", p.illustrative},
                    {"base", rows(p.base)},
                    {"quote", rows(p.quote)}});
  }
  return dump(list, -1);
}

}  // namespace isomargin::codec
