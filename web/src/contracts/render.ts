// The contract report → the contract results panel. Every number is the core's; this file only
// picks, labels and rounds them for display (format.ts). No arithmetic on the report's numbers.

import type { ContractReport, PriceLevel } from 'isomargin';
import type { Formats } from '../shared/format';
import { setData, setHidden, setText, sign, type Ui } from '../shared/dom';
import type { Note } from '../shared/messages';
import { clearContractExtras, renderContractExtras } from './render-extra';
import { renderContractTimeline } from './path';
import { distanceWords } from '../shared/explain/distance';
import { publicName } from '../shared/explain/names';

export interface ContractContext {
  /** A last price was given: show PnL at last. */
  lastGiven: boolean;
  /** Human label of a tier source (a preset's name → its label). */
  sourceLabel(source: string): string;
}

const OUTPUTS = [
  'cLiquidationPrice', 'cLiquidationNote', 'cMarginRatio', 'cDistance', 'cDistanceNote', 'cBankruptcyPrice',
  'cBankruptcyNote', 'cPositionAt', 'cSize', 'cNotional', 'cEntry', 'cLeverageOut', 'cInitialMargin', 'cMargin',
  'cModelLabel', 'cValuedAt', 'cMmrOut', 'cMaintAmountOut', 'cMaintenanceMargin', 'cMarginUsed', 'cMarginUsedReason',
  'cLeverageSource', 'cMarginSource', 'cTier', 'cTierSource',
  'cPnl', 'cPnlRatio', 'cPnlLast', 'cPnlLastRatio',
];
const BLANK = new Set(['cLiquidationNote', 'cDistanceNote', 'cBankruptcyNote', 'cPositionAt', 'cValuedAt', 'cTierSource', 'cMarginUsedReason', 'cLeverageSource', 'cMarginSource']);

export function when(level: PriceLevel): string {
  return level.trigger === 'at-or-below' ? 'at or below' : 'at or above';
}

function renderSummary(ui: Ui, r: ContractReport): void {
  const F = ui.fmt;
  const q = r.pair.quote;
  const res = r.result;
  const lp = res.liquidationPrice;
  const label = publicName(res.label);
  const badge = ui.testId('cState');
  const liquidatable = lp.status === 'every-price' || (lp.status === 'price' && lp.reachedAtMark);
  setText(badge, label);
  setData(badge, 'state', liquidatable ? 'full-liquidation' : 'normal');
  setText(ui.testId('cStateSummary'), liquidatable
    ? `Already liquidatable at this mark under the ${label} convention.`
    : lp.status === 'none'
      ? `No mark price liquidates this position under the ${label} convention.`
      : `Liquidated when the mark is ${when(lp)} ${F.price(lp.price)} ${q} (${label}).`);

  if (lp.status === 'none') {
    ui.put('cLiquidationPrice', '— none: no mark price liquidates this position');
    ui.put('cLiquidationNote', '');
  } else if (lp.status === 'every-price') {
    ui.put('cLiquidationPrice', 'every price');
    ui.put('cLiquidationNote', 'liquidatable at any mark price');
  } else {
    ui.put('cLiquidationPrice', F.price(lp.price), q);
    ui.put('cLiquidationNote', lp.reachedAtMark
      ? 'already liquidatable at this mark'
      : `liquidation when the mark is ${when(lp)} this price`);
  }
  ui.put('cDistance', F.percent(res.distance, 'exceptZero'));
  ui.put('cDistanceNote', distanceWords(F, lp, res.distance, r.markPrice, q));
  ui.put('cMarginRatio', F.percent(res.marginRatio));

  const bp = r.bankruptcyPrice;
  if (bp.status === 'none') {
    ui.put('cBankruptcyPrice', '— none: no price takes the margin to zero');
    ui.put('cBankruptcyNote', '');
  } else if (bp.status === 'every-price') {
    ui.put('cBankruptcyPrice', 'every price');
    ui.put('cBankruptcyNote', 'the margin is below zero at any price');
  } else {
    ui.put('cBankruptcyPrice', F.price(bp.price), q);
    ui.put('cBankruptcyNote', bp.reachedAtMark
      ? 'the margin is already gone at this mark'
      : `margin + PnL reach zero (no fee) ${when(bp)} it`);
  }
}

function renderPosition(ui: Ui, r: ContractReport, ctx: ContractContext): void {
  const F = ui.fmt;
  const q = r.pair.quote;
  const coin = r.marginCoin;
  const amt = (x: number | null, unit: string, sign: 'auto' | 'exceptZero' = 'auto'): string => F.amount(x, unit, q, sign);
  ui.put('cPositionAt', `${r.product} · ${r.contractType} · margin in ${coin}`);
  ui.put('cSize', amt(r.size, r.sizeUnit), r.sizeUnit);
  ui.put('cNotional', amt(r.notional, coin), coin);
  ui.put('cEntry', F.price(r.entryPrice), q);
  ui.put('cLeverageOut', F.leverage(r.leverage));
  ui.put('cInitialMargin', amt(r.initialMargin, coin), coin);
  ui.put('cMargin', amt(r.margin, coin), coin);

  const res = r.result;
  ui.put('cModelLabel', publicName(res.label));
  ui.put('cValuedAt', res.mmAtEntry ? 'maintenance margin valued at the entry price' : 'maintenance margin valued at the liquidation price');
  ui.put('cMmrOut', F.rate(res.mmr));
  ui.put('cMaintAmountOut', amt(res.maintenanceAmount, coin), coin);
  ui.put('cMaintenanceMargin', amt(res.maintenanceMargin, coin), coin);
  ui.put('cMarginUsed', amt(res.marginUsed, coin), coin);
  ui.put('cMarginUsedReason', res.marginUsedReason ?? 'the isolated margin');
  ui.put('cLeverageSource', r.leverageSource === 'margin' ? 'worked out from the margin shown' : 'as entered');
  ui.put('cMarginSource', r.marginSource === 'leverage' ? 'initial + added − removed'
    : r.marginSource === 'marginBalance' ? 'from the margin balance, less the PnL at the mark' : 'as the exchange shows it');
  if (res.tier === null) {
    const fromMm = r.tierSource === 'maintenanceMargin';
    ui.put('cTier', fromMm ? 'the exchange’s MM' : r.tierSource === 'maxLeverage' ? 'from the max leverage' : 'fixed mmr');
    ui.put('cTierSource', fromMm ? 'the rate is the maintenance margin you entered over the notional at the mark' : 'no tier table: the same rate at any size');
  } else {
    ui.put('cTier', `${r.tierSource === 'custom brackets' ? 'bracket' : 'tier'}\u00a0${F.count(res.tier)}`);
    ui.put('cTierSource', ctx.sourceLabel(r.tierSource) + (r.cumDerived ? '; maintenance amounts (cum) derived from the floors' : ''));
  }

  ui.put('cPnl', amt(r.pnl.mark, coin, 'exceptZero'), coin);
  ui.put('cPnlRatio', F.percent(r.pnl.markRatio, 'exceptZero'));
  ui.put('cPnlLast', amt(r.pnl.last, coin, 'exceptZero'), coin);
  ui.put('cPnlLastRatio', F.percent(r.pnl.lastRatio, 'exceptZero'));
  for (const row of ui.all('[data-crow="last"]')) setHidden(row, !ctx.lastGiven);
  setData(ui.testId('cPnl'), 'sign', sign(r.pnl.mark));
  setData(ui.testId('cPnlLast'), 'sign', sign(r.pnl.last));
}

export function renderContract(ui: Ui, r: ContractReport, ctx: ContractContext, notes: Note[]): void {
  renderSummary(ui, r);
  renderPosition(ui, r, ctx);
  renderContractExtras(ui, r, notes);
  renderContractTimeline(ui, r);
}

/** No report (a bad input): every output back to a dash, extras hidden. */
export function clearContract(ui: Ui): void {
  const F = ui.fmt;
  for (const id of OUTPUTS) ui.put(id, BLANK.has(id) ? '' : F.DASH);
  for (const id of ['cPnl', 'cPnlLast']) ui.testId(id).dataset.sign = '';
  const badge = ui.testId('cState');
  setText(badge, F.DASH);
  setData(badge, 'state', '');
  setText(ui.testId('cStateSummary'), '');
  clearContractExtras(ui);
  ui.show('cWarningsCard', false);
  ui.show('cPathCard', false);
}
