// JSON ↔ an isolated options position ("product": "option").
#include "isomargin/codec.hpp"
#include "isomargin/option.hpp"
#include "reader.hpp"

namespace isomargin::codec {

Evaluation evaluate_option_json(const json& j, int indent, std::string (*dump)(const json&, int)) {
  std::optional<FieldError> error;
  Reader r(j, "", error);
  r.only({"product", "pair", "side", "position", "markPrice", "takerFee", "maintenanceMargin"});
  Labels labels;
  read_pair(r, labels);
  OptionScenario sc;
  OptionPosition& p = sc.position;
  p.side = r.choice("side", {"long", "short"}, true).value_or("long") == "long" ? Side::Long : Side::Short;
  if (const json* pos = r.object("position", true)) {
    Reader pr(*pos, "position", error);
    pr.only({"contracts", "averagePrice", "multiplier", "ctVal", "initialMargin", "marginAdjustment"});
    p.contracts = pr.number("contracts", true).value_or(0);
    p.averagePrice = pr.number("averagePrice", true).value_or(0);
    p.multiplier = pr.number("multiplier").value_or(1);
    p.ctVal = pr.number("ctVal").value_or(1);
    p.initialMargin = pr.number("initialMargin", true).value_or(0);
    p.marginAdjustment = pr.number("marginAdjustment").value_or(0);
  }
  sc.markPrice = r.number("markPrice", true).value_or(0);
  sc.takerFee = r.number("takerFee").value_or(0);
  sc.maintenanceMargin = r.number("maintenanceMargin", true).value_or(0);
  if (!error) error = validate(sc);
  if (error) return {false, dump(encode_error(*error), indent)};
  const OptionReport o = evaluate(sc);
  const double mark = sc.markPrice, mm = sc.maintenanceMargin;
  return {true, dump(Out()
                         .str("product", "option")
                         .put("pair", Out().str("base", labels.base).str("quote", labels.quote).done())
                         .str("side", side_name(p.side))
                         .num("markPrice", mark)
                         .num("value", o.value)
                         .num("pnl", o.pnl)
                         .num("pnlRatio", o.pnlRatio)
                         .num("marginBalance", o.marginBalance)
                         .num("maintenanceMargin", mm)
                         .num("liquidationFee", o.liquidationFee)
                         .num("marginRatio", o.marginRatio)
                         .str("note", "maintenance margin is an input: short-option MM formulas are "
                                      "not sourced; the liquidation fee formula is low-confidence")
                         .done(),
                     indent)};
}

}  // namespace isomargin::codec
