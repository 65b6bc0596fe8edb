// A spot-margin Scenario → the values of spot margin's inputs: the inverse of read.ts, for the
// custom element's `scenario` setter. What the inputs cannot hold is named, never dropped silently.

import type { Scenario } from 'isomargin';
import type { Values } from '../shared/state';
import { valueWriter } from '../shared/numbers';
import { formatTierRows } from '../shared/tiers';

export function fillSpot(scenario: Scenario): { values: Values; ignored: string[] } {
  const s = scenario as unknown as Record<string, unknown>;
  const values: Values = {};
  const ignored: string[] = [];
  const w = valueWriter(values, ignored);
  w.take(s, 'product');
  w.text(s, 'pair', 'pair');
  w.text(s, 'side', 'side');
  w.text(s, 'marginCoin', 'marginCoin');
  w.text(s, 'mode', 'mode', 'new');  // the core's default

  const order = w.part(s, 'order');
  const position = w.part(s, 'position');
  values.form = order ? 'order' : 'balances';
  w.num(position, 'assets', 'assets');
  w.num(position, 'liability', 'liability');
  w.num(position, 'interest', 'interest');
  w.num(position, 'margin', 'margin');
  w.num(position ?? order, 'entryPrice', 'entryPrice');
  w.rest(position, 'position');
  w.num(order, 'size', 'size');
  if (order) values.orderSizing = order.margin !== undefined ? 'margin' : 'leverage';
  w.num(order, 'leverage', 'leverage');
  w.num(order, 'margin', 'orderMargin');
  w.rest(order, 'order');
  const interest = w.part(s, 'interest');
  if (interest) values.interestBy = interest.hourlyRate !== undefined || interest.hours !== undefined ? 'rate' : 'accrued';
  w.num(interest, 'accrued', 'interestAccrued');
  w.num(interest, 'hourlyRate', 'hourlyRate', true);
  w.num(interest, 'hours', 'hours');
  w.rest(interest, 'interest');

  w.num(s, 'markPrice', 'markPrice');
  w.num(s, 'lastPrice', 'lastPrice');
  w.num(s, 'takerFee', 'takerFee', true);
  w.num(s, 'alertRatio', 'alertRatio', true);
  const tiers = w.part(s, 'tiers');
  values.mmrSource = tiers?.preset !== undefined ? 'preset' : tiers?.rows !== undefined ? 'custom' : 'fixed';
  w.num(s, 'mmr', 'mmr', true);
  w.text(tiers, 'preset', 'tierPreset');
  if (Array.isArray(tiers?.rows)) values.tierRows = formatTierRows(tiers.rows);
  w.take(tiers, 'rows');
  w.rest(tiers, 'tiers');

  const close = w.section(s, 'close', 'close');
  w.text(close, 'type', 'closeType', 'all');
  w.num(close, 'size', 'closeSize');
  w.num(close, 'price', 'closePrice');
  w.text(close, 'reduceOnly', 'reduceOnly');
  w.rest(close, 'close');

  const preTrade = w.section(s, 'preTrade', 'preTrade');
  w.text(preTrade, 'accountMode', 'accountMode', 'single');
  w.num(preTrade, 'availableBalance', 'availableBalance');
  w.num(preTrade, 'adjustedEquity', 'adjustedEquity');
  w.num(preTrade, 'pendingHoldEquity', 'pendingHoldEquity');
  w.rest(preTrade, 'preTrade');

  const path = w.section(s, 'path', 'path');
  if (path) values.pathBy = Array.isArray(path.prices) ? 'list' : 'move';
  w.prices(path, 'pathPrices');
  w.num(path, 'from', 'pathFrom');
  w.num(path, 'to', 'pathTo');
  w.num(path, 'steps', 'pathSteps');
  w.rest(path, 'path');

  const probability = w.section(s, 'probability', 'probability');
  w.num(probability, 'volatility', 'volatility', true);
  w.num(probability, 'days', 'horizonDays');
  w.num(probability, 'drift', 'drift', true);
  w.rest(probability, 'probability');
  w.rest(s, '');
  return { values, ignored };
}
