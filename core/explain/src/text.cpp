// A report as a person reads it in a terminal: aligned label / value / unit rows (one per
// explained number, rounded for display), the state in words, warnings, and with `formulas`
// each number's formula, substituted line and note, then the sources.
#include <cmath>
#include <cstdio>
#include <vector>

#include "explain_parts.hpp"
#include "isomargin/explain.hpp"

namespace isomargin::explain {

namespace {

std::size_t width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string pad(const std::string& s, std::size_t w, bool right) {
  const std::string fill(w > width(s) ? w - width(s) : 0, ' ');
  return right ? fill + s : s + fill;
}

std::string grouped(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(x));
  std::string s = buf;
  const std::size_t dot = s.find('.');
  std::string whole = s.substr(0, dot), out;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out += ',';
    out += whole[i];
  }
  if (dot != std::string::npos) out += s.substr(dot);
  return (x < 0 && s.find_first_not_of("0.,") != std::string::npos ? "-" : "") + out;
}

// Display rounding: 2 decimals from 1 up, 6 significant digits below; ratios as percentages.
std::string shown(double x, const std::string& unit) {
  if (unit == "%") return grouped(x * 100, 2) + "%";
  if (unit.empty() || unit == "contracts") return x == std::floor(x) ? grouped(x, 0) : grouped(x, 4);
  if (std::fabs(x) >= 1 || x == 0) return grouped(x, 2);
  const int decimals = std::max(2, 5 - static_cast<int>(std::floor(std::log10(std::fabs(x)))));
  std::string s = grouped(x, decimals);
  while (s.size() > 4 && s.back() == '0' && s[s.size() - 2] != '.' && s.find('.') + 3 < s.size()) s.pop_back();
  return s;
}

const json* at(const json& j, const std::string& path) {
  const json* cur = &j;
  std::size_t i = 0;
  while (cur && i < path.size()) {
    if (path[i] == '.') ++i;
    if (path[i] == '[') {
      const std::size_t end = path.find(']', i);
      const std::size_t n = std::stoul(path.substr(i + 1, end - i - 1));
      cur = cur->is_array() && n < cur->size() ? &(*cur)[n] : nullptr;
      i = end + 1;
      continue;
    }
    const std::size_t end = path.find_first_of(".[", i);
    const std::string key = path.substr(i, end == std::string::npos ? std::string::npos : end - i);
    cur = cur->is_object() && cur->contains(key) ? &(*cur)[key] : nullptr;
    i = end == std::string::npos ? path.size() : end;
  }
  return cur;
}

// A field of an object, or null: a const json's [] must not be asked for a missing key.
const json& field(const json& j, const char* key) {
  static const json none;
  if (!j.is_object()) return none;
  const auto it = j.find(key);
  return it == j.end() ? none : *it;
}

std::string str(const json& j, const char* key) {
  return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

std::string ratio_words(const json& r) { return r.is_number() ? shown(r.get<double>(), "%") : "none"; }

std::string state_words(const json& st) {
  const std::string name = str(st, "name");
  const json& mr = field(st, "marginRatio");
  const std::string alert = ratio_words(field(st, "alertRatio"));
  if (!mr.is_number()) return "normal: nothing is owed, so there is no margin ratio";
  if (name == "normal") return "normal: the margin ratio " + ratio_words(mr) + " is at or above the " + alert + " alert ratio";
  if (name == "alert") return "alert: the margin ratio " + ratio_words(mr) + " is below the " + alert + " alert ratio";
  const std::size_t steps = field(st, "partialSteps").is_array() ? field(st, "partialSteps").size() : 0;
  std::string out = (name == "partial-liquidation" ? "partial liquidation: at " : "full liquidation: at ") +
                    ratio_words(mr) + " (100% or below) pending orders are cancelled";
  if (steps > 0)
    out += ", then " + std::to_string(steps) + (steps == 1 ? " partial step" : " partial steps") + " bring the ratio to " +
           ratio_words(field(st, "finalMarginRatio"));
  if (name == "partial-liquidation") return out + ", above 100%: the rest of the position stays open";
  out += "; the position is taken over at the bankruptcy price and its margin is lost";
  if (st.contains("noTierToStepTo") && field(st, "noTierToStepTo") == true) out += " (no lower tier to step down to)";
  return out;
}

std::string header(const json& r) {
  const std::string product = str(r, "product");
  const std::string pair = str(field(r, "pair"), "base") + "/" + str(field(r, "pair"), "quote");
  if (product == "spot-margin")
    return "spot margin, isolated · " + pair + " · " + str(r, "side") + " · " + str(r, "marginCoin") + " margin · " +
           str(r, "mode") + " mode";
  if (product == "option") return "option, isolated · " + pair + " · " + str(r, "side");
  const std::string model = str(field(r, "result"), "model");
  return product + ", isolated · " + pair + " · " + str(r, "side") + " · " + str(r, "contractType") +
         (model.empty() ? "" : " · model " + model);
}

const char* section(const std::string& quantity) {
  const std::string head = quantity.substr(0, quantity.find_first_of(".["));
  if (head == "risk" || head == "marginRatio" || head == "maintenanceMargin" || head == "liquidationFee") return "risk at the mark";
  if (head == "liquidationPrice" || head == "bankruptcyPrice" || head == "alertPrice" || head == "result")
    return "liquidation";
  if (head == "pnl" || head == "pnlRatio") return "profit and loss";
  if (head == "state") return "liquidation at the mark, step by step";
  if (head == "close") return "closing";
  if (head == "comparison" || head == "comparisonSpread") return "compared";
  if (head == "timeline") return "along the path";
  if (head == "liquidationProbability") return "chance of liquidation";
  if (head == "calculate") return "calculators";
  if (head == "order") return "the order";
  if (head == "opposite" || head == "availableToClose") return "hedge mode";
  return "position";
}

// "none", "every price", or the trigger and whether the mark has reached it.
std::string level_words(const json& report, const std::string& quantity, bool isNull) {
  const std::size_t dot = quantity.rfind(".price");
  if (dot == std::string::npos || dot + 6 != quantity.size()) return isNull ? "none" : "";
  const json* level = at(report, quantity.substr(0, dot));
  if (!level || !level->contains("trigger")) return isNull ? "none" : "";
  const std::string status = str(*level, "status");
  if (isNull) return status == "every-price" ? "every price" : "none";
  std::string out = str(*level, "trigger") == "at-or-below" ? "  at or below" : "  at or above";
  if (field(*level, "reachedAtMark") == true) out += ", reached at the mark";
  return out;
}

}  // namespace

codec::Evaluation report_text(std::string_view scenario, bool formulas) {
  const codec::Explainer ex = explainer(true);
  codec::Evaluation ev = codec::evaluate_text(scenario, -1, &ex);
  if (!ev.ok) return ev;
  const json r = json::parse(ev.json, nullptr, false);
  const json& list = field(r, "explanations");
  std::size_t labelWidth = 0;
  for (const json& x : list) labelWidth = std::max(labelWidth, width(str(x, "label")));
  labelWidth = std::min<std::size_t>(labelWidth, 56);
  std::vector<std::string> sources;
  const std::string calculation = str(r, "calculation");
  std::string out = header(r);
  if (calculation == "opening") out += " · opening, no mark price";
  if (calculation == "calculators") out += " · calculators, no mark price";
  if (calculation == "pnl") out += " · PnL only, no margin given";
  out += "\n";
  // Option prices are in the underlying coin.
  const std::string markUnit = str(field(r, "pair"), str(r, "product") == "option" ? "base" : "quote");
  if (field(r, "markPrice").is_number())
    out += "mark price " + shown(field(r, "markPrice").get<double>(), markUnit) + " " + markUnit + "\n";
  if (r.contains("state")) out += "state: " + state_words(field(r, "state")) + "\n";
  std::string current;
  for (const json& x : list) {
    const std::string quantity = str(x, "quantity"), unit = str(x, "unit");
    const char* title = section(quantity);
    if (title != current) {
      out += "\n" + std::string(title) + "\n";
      current = title;
    }
    const bool isNull = !field(x, "value").is_number();
    const std::string value = isNull ? level_words(r, quantity, true) : shown(field(x, "value").get<double>(), unit);
    std::string row = "  " + pad(str(x, "label"), labelWidth, false) + "  " + pad(value, 18, true);
    if (!isNull && unit != "%" && !unit.empty()) row += " " + unit;
    if (!isNull) row += level_words(r, quantity, false);
    out += row + "\n";
    if (!formulas) continue;
    const std::string src = str(x, "source");
    std::size_t n = 0;
    while (n < sources.size() && sources[n] != src) ++n;
    if (n == sources.size()) sources.push_back(src);
    out += "      " + str(x, "formula") + "  [" + std::to_string(n + 1) + "]\n";
    out += "      = " + str(x, "substituted") + "\n";
    if (x.contains("note")) out += "      (" + str(x, "note") + ")\n";
  }
  if (r.contains("warnings") && field(r, "warnings").is_array() && !field(r, "warnings").empty()) {
    out += "\nwarnings\n";
    for (const json& w : field(r, "warnings")) out += "  " + str(w, "field") + ": " + str(w, "message") + "\n";
  }
  if (formulas && !sources.empty()) {
    out += "\nsources\n";
    for (std::size_t i = 0; i < sources.size(); ++i) out += "  [" + std::to_string(i + 1) + "] " + sources[i] + "\n";
  }
  return {true, out};
}

std::string error_words(std::string_view errorJson) {
  const json j = json::parse(errorJson, nullptr, false);
  const json& e = j.contains("error") ? field(j, "error") : j;
  const std::string field = str(e, "field");
  return (field.empty() || field == "$" ? "the scenario" : field) + ": " + str(e, "message");
}

std::string catalog_words() {
  const json c = json::parse(codec::catalog_text(), nullptr, false);
  std::size_t w = 0;
  for (const char* key : {"marginTiers", "contractTiers", "models"})
    for (const json& x : c[key]) w = std::max(w, width(str(x, "name")));
  auto rows = [&](const char* key, const char* title) {
    std::string out = std::string(title) + "\n";
    for (const json& x : c[key]) {
      std::string label = str(x, "label");
      if (x.contains("linear"))
        label += field(x, "linear") == true && field(x, "inverse") == true ? " — linear, inverse" : field(x, "linear") == true ? " — linear" : " — inverse";
      out += "  " + pad(str(x, "name"), w, false) + "  " + label + "\n";
    }
    return out;
  };
  return rows("marginTiers", "spot-margin tier tables (\"tiers\": {\"preset\": name})") + "\n" +
         rows("contractTiers", "contract tier tables (\"tiers\": {\"preset\": name})") + "\n" +
         rows("models", "conventions (\"model\")");
}

}  // namespace isomargin::explain
