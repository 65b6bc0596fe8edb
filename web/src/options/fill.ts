// An OptionScenario → the values of the option inputs: the inverse of read.ts, for the custom
// element's `scenario` setter. What the inputs cannot hold is named.

import type { OptionScenario } from 'isomargin';
import type { Values } from '../shared/state';
import { valueWriter } from '../shared/numbers';

export function fillOption(scenario: OptionScenario): { values: Values; ignored: string[] } {
  const s = scenario as unknown as Record<string, unknown>;
  const values: Values = {};
  const ignored: string[] = [];
  const w = valueWriter(values, ignored);
  w.take(s, 'product');
  w.text(s, 'pair', 'oPair');
  w.text(s, 'side', 'oSide');
  const p = w.part(s, 'position');
  w.num(p, 'contracts', 'oContracts');
  w.num(p, 'averagePrice', 'oAveragePrice');
  w.num(p, 'multiplier', 'oMultiplier');
  w.num(p, 'ctVal', 'oCtVal');
  w.num(p, 'initialMargin', 'oInitialMargin');
  w.num(p, 'marginAdjustment', 'oMarginAdjustment');
  w.rest(p, 'position');
  w.num(s, 'markPrice', 'oMarkPrice');
  w.num(s, 'takerFee', 'oTakerFee', true);
  w.num(s, 'alertRatio', 'oAlertRatio', true);

  const okx = w.part(s, 'okx');
  const tiers = w.part(s, 'tiers');
  values.oMmSource = okx ? 'okx' : tiers ? 'tiers' : 'amount';
  w.num(s, 'maintenanceMargin', 'oMaintenanceMargin');
  w.text(okx, 'optionType', 'oOptionType', 'call');
  w.num(okx, 'c', 'oC');
  w.rest(okx, 'okx');
  if (Array.isArray(tiers?.rows)) {
    values.oTierRows = (tiers.rows as Record<string, unknown>[])
      .map((r) => `${String(r.tier)} | ${String(r.maxSz)} | ${String(r.marginFactor ?? r.mmPerContract)}`).join('\n');
  }
  w.take(tiers, 'rows');
  w.rest(tiers, 'tiers');
  w.text(s, 'mmIncludesMark', 'oMmIncludesMark');

  const path = w.section(s, 'path', 'oPath');
  w.prices(path, 'oPathPrices');
  w.rest(path, 'path');
  w.rest(s, '');
  return { values, ignored };
}
