// A ContractScenario → the values of the perpetual & futures inputs: the inverse of read.ts, for
// the custom element's `scenario` setter. One calculator tab is open at a time, so a scenario
// asking for several answers gets the first tab's; the others are named as not shown.

import type { ContractScenario } from 'isomargin';
import type { Values } from '../shared/state';
import { valueWriter } from '../shared/numbers';
import { formatTierRows } from '../shared/tiers';

/** The calculate keys in tab order, with their input and whether they are percents. */
const CALCULATE: [string, string, string, boolean][] = [
  ['exitPrice', 'pnl', 'cExitPrice', false], ['targetRoe', 'target', 'cTargetRoe', true],
  ['liquidationPrice', 'liquidation', 'cWantedLiq', false], ['maxOpenBalance', 'maxopen', 'cMaxOpenBalance', false],
];

export function fillContract(scenario: ContractScenario): { values: Values; ignored: string[] } {
  const s = scenario as unknown as Record<string, unknown>;
  const values: Values = {};
  const ignored: string[] = [];
  const w = valueWriter(values, ignored);
  w.text(s, 'product', 'cProduct', 'perpetual');
  w.text(s, 'side', 'cSide');
  w.text(s, 'model', 'cModel', 'okx');
  w.text(s, 'pair', 'cPair');
  w.text(s, 'compare', 'cCompare');

  const contract = w.part(s, 'contract');
  w.text(contract, 'type', 'cType', 'linear');
  w.num(contract, 'ctVal', 'cCtVal');
  w.num(contract, 'multiplier', 'cMultiplier');
  w.rest(contract, 'contract');

  const p = w.part(s, 'position');
  const fills = Array.isArray(p?.fills) ? p.fills as { price?: unknown; size?: unknown }[] : null;
  if (fills) values.cFills = fills.map((f) => `${String(f.price)} × ${String(f.size)}`).join('\n');
  w.take(p, 'fills');
  if (!fills) {
    w.num(p, 'contracts', 'cContracts');
    w.num(p, 'entryPrice', 'cEntryPrice');
  }
  w.num(p, 'leverage', 'cLeverage');
  w.num(p, 'marginAdded', 'cMarginAdded');
  w.num(p, 'marginRemoved', 'cMarginRemoved');
  if (p) values.cMarginBy = p.marginBalance !== undefined ? 'marginBalance' : p.margin !== undefined ? 'margin' : 'leverage';
  w.num(p, 'margin', 'cPosMargin');
  w.num(p, 'marginBalance', 'cMarginBalance');
  w.num(p, 'maintenanceMargin', 'cReportedMm');
  w.rest(p, 'position');

  w.num(s, 'markPrice', 'cMarkPrice');
  w.num(s, 'lastPrice', 'cLastPrice');
  w.num(s, 'takerFee', 'cTakerFee', true);
  const tiers = w.part(s, 'tiers');
  values.cMmrSource = tiers?.preset !== undefined ? 'preset' : tiers?.rows !== undefined ? 'custom'
    : tiers?.brackets !== undefined ? 'brackets' : s.mmr === undefined && s.maxLeverage === undefined && p?.maintenanceMargin !== undefined ? 'reported' : 'fixed';
  w.num(s, 'mmr', 'cMmr', true);
  w.num(s, 'maintenanceAmount', 'cMaintAmount');
  w.text(tiers, 'preset', 'cTierPreset');
  if (Array.isArray(tiers?.rows)) values.cTierRows = formatTierRows(tiers.rows);
  if (Array.isArray(tiers?.brackets)) values.cBrackets = JSON.stringify(tiers.brackets, null, 1);
  w.take(tiers, 'rows', 'brackets');
  w.rest(tiers, 'tiers');
  w.num(s, 'maxLeverage', 'cMaxLeverage');

  const calculate = w.part(s, 'calculate');
  const order = w.part(s, 'order');
  const asked = CALCULATE.filter(([key]) => calculate?.[key] !== undefined);
  const lev = w.part(calculate, 'maxLeverage') ?? w.part(calculate, 'tierFor');
  w.take(calculate, 'tierFor');
  values.cTab = fills ? 'entry' : order ? 'order' : asked[0]?.[1] ?? (lev ? 'maxlev' : 'liquidation');
  if (lev) {
    const by = ['stake', 'notional', 'contracts'].find((k) => lev[k] !== undefined) ?? 'stake';
    values.cLevBy = by;
    w.num(lev, by, 'cLevAmount');
    w.num(lev, 'price', 'cLevPrice');
    w.rest(lev, 'calculate.maxLeverage');
  }
  for (const [key, tab, id, percent] of CALCULATE) {
    w.num(calculate, key, id, percent);
    if (calculate?.[key] !== undefined && tab !== values.cTab) ignored.push(`calculate.${key}`);
  }
  w.rest(calculate, 'calculate');
  w.text(order, 'side', 'cOrderSide', 'buy');
  w.num(order, 'contracts', 'cOrderContracts');
  w.num(order, 'price', 'cOrderPrice');
  w.text(order, 'reduceOnly', 'cReduceOnly');
  w.rest(order, 'order');

  w.text(s, 'positionMode', 'cPositionMode', 'one-way');
  w.num(s, 'pendingClose', 'cPendingClose');
  const opposite = w.part(s, 'opposite');
  w.num(opposite, 'contracts', 'cOppContracts');
  w.num(opposite, 'entryPrice', 'cOppEntry');
  w.num(opposite, 'leverage', 'cOppLeverage');
  w.rest(opposite, 'opposite');

  const path = w.section(s, 'path', 'cPath');
  w.prices(path, 'cPathPrices');
  w.rest(path, 'path');
  w.rest(s, '');
  return { values, ignored };
}
