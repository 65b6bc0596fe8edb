// The contract report → the contract results panel. Every number is the core's; this file only
// picks, labels and rounds them for display (format.ts). No arithmetic on the report's numbers.

import type { ContractReport, PriceLevel } from 'isomargin';
import * as F from './format';
import { $, put, show, testId } from './dom';
import { clearContractExtras, renderContractExtras } from './contract-render-extra';

export interface ContractContext {
  /** A last price was given: show PnL at last. */
  lastGiven: boolean;
  /** Human label of a tier source (a preset's name → its label). */
  sourceLabel(source: string): string;
  /** Warnings that belong to no visible input. */
  otherWarnings: { field: string; message: string }[];
}

const OUTPUTS = [
  'cLiquidationPrice', 'cLiquidationNote', 'cMarginRatio', 'cDistance', 'cDistanceNote', 'cBankruptcyPrice',
  'cBankruptcyNote', 'cPositionAt', 'cSize', 'cNotional', 'cEntry', 'cLeverageOut', 'cInitialMargin', 'cMargin',
  'cModelLabel', 'cValuedAt', 'cMmrOut', 'cMaintAmountOut', 'cTier', 'cTierSource',
  'cPnl', 'cPnlRatio', 'cPnlLast', 'cPnlLastRatio',
];
const BLANK = new Set(['cLiquidationNote', 'cDistanceNote', 'cBankruptcyNote', 'cPositionAt', 'cValuedAt', 'cTierSource']);

export function when(level: PriceLevel): string {
  return level.trigger === 'at-or-below' ? 'at or below' : 'at or above';
}

function renderSummary(r: ContractReport): void {
  const q = r.pair.quote;
  const res = r.result;
  const lp = res.liquidationPrice;
  const badge = testId('cState');
  const liquidatable = lp.status === 'every-price' || (lp.status === 'price' && lp.reachedAtMark);
  badge.textContent = res.label;
  badge.dataset.state = liquidatable ? 'full-liquidation' : 'normal';
  testId('cStateSummary').textContent = liquidatable
    ? `Already liquidatable at this mark under the ${res.label} convention.`
    : lp.status === 'none'
      ? `No mark price liquidates this position under the ${res.label} convention.`
      : `Liquidated when the mark is ${when(lp)} ${F.price(lp.price)} ${q} (${res.label}).`;

  if (lp.status === 'none') {
    put('cLiquidationPrice', '— none: no mark price liquidates this position');
    put('cLiquidationNote', '');
  } else if (lp.status === 'every-price') {
    put('cLiquidationPrice', 'every price');
    put('cLiquidationNote', 'liquidatable at any mark price');
  } else {
    put('cLiquidationPrice', F.price(lp.price), q);
    put('cLiquidationNote', lp.reachedAtMark
      ? 'already liquidatable at this mark'
      : `liquidation when the mark is ${when(lp)} this price`);
  }
  put('cDistance', F.percent(res.distance, 'exceptZero'));
  put('cDistanceNote', lp.status === 'price'
    ? `from the mark ${F.price(r.markPrice)} ${q}${lp.reachedAtMark ? ', already past it' : ''}`
    : 'no liquidation price');
  put('cMarginRatio', F.percent(res.marginRatio));

  const bp = r.bankruptcyPrice;
  if (bp.status === 'none') {
    put('cBankruptcyPrice', '— none: no price takes the margin to zero');
    put('cBankruptcyNote', '');
  } else if (bp.status === 'every-price') {
    put('cBankruptcyPrice', 'every price');
    put('cBankruptcyNote', 'the margin is below zero at any price');
  } else {
    put('cBankruptcyPrice', F.price(bp.price), q);
    put('cBankruptcyNote', bp.reachedAtMark
      ? 'the margin is already gone at this mark'
      : `margin + PnL reach zero (no fee) ${when(bp)} it`);
  }
}

function renderPosition(r: ContractReport, ctx: ContractContext): void {
  const q = r.pair.quote;
  const coin = r.marginCoin;
  const amt = (x: number | null, unit: string, sign: 'auto' | 'exceptZero' = 'auto'): string => F.amount(x, unit, q, sign);
  put('cPositionAt', `${r.product} · ${r.contractType} · margin in ${coin}`);
  put('cSize', amt(r.size, r.sizeUnit), r.sizeUnit);
  put('cNotional', amt(r.notional, coin), coin);
  put('cEntry', F.price(r.entryPrice), q);
  put('cLeverageOut', F.leverage(r.leverage));
  put('cInitialMargin', amt(r.initialMargin, coin), coin);
  put('cMargin', amt(r.margin, coin), coin);

  const res = r.result;
  put('cModelLabel', res.label);
  put('cValuedAt', res.mmAtEntry ? 'maintenance margin valued at the entry price' : 'maintenance margin valued at the liquidation price');
  put('cMmrOut', F.rate(res.mmr));
  put('cMaintAmountOut', amt(res.maintenanceAmount, coin), coin);
  if (res.tier === null) {
    put('cTier', 'fixed mmr');
    put('cTierSource', 'no tier table: the same rate at any size');
  } else {
    put('cTier', `${r.tierSource === 'custom brackets' ? 'bracket' : 'tier'}\u00a0${F.count(res.tier)}`);
    put('cTierSource', ctx.sourceLabel(r.tierSource));
  }

  put('cPnl', amt(r.pnl.mark, coin, 'exceptZero'), coin);
  put('cPnlRatio', F.percent(r.pnl.markRatio, 'exceptZero'));
  put('cPnlLast', amt(r.pnl.last, coin, 'exceptZero'), coin);
  put('cPnlLastRatio', F.percent(r.pnl.lastRatio, 'exceptZero'));
  for (const row of document.querySelectorAll<HTMLElement>('[data-crow="last"]')) row.hidden = !ctx.lastGiven;
  for (const [id, x] of [['cPnl', r.pnl.mark], ['cPnlLast', r.pnl.last]] as const) {
    testId(id).dataset.sign = x === null ? '' : x > 0 ? 'up' : x < 0 ? 'down' : '';
  }
}

export function renderContract(r: ContractReport, ctx: ContractContext): void {
  $('results').classList.remove('has-error');
  renderSummary(r);
  renderPosition(r, ctx);
  renderContractExtras(r, ctx.otherWarnings);
}

/** No report (a bad input): every output back to a dash, the panel dimmed, extras hidden. */
export function clearContract(): void {
  $('results').classList.add('has-error');
  for (const id of OUTPUTS) put(id, BLANK.has(id) ? '' : F.DASH);
  for (const id of ['cPnl', 'cPnlLast']) testId(id).dataset.sign = '';
  const badge = testId('cState');
  badge.textContent = F.DASH;
  badge.dataset.state = '';
  testId('cStateSummary').textContent = '';
  clearContractExtras();
  show('cWarningsCard', false);
}
