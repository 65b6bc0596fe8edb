// The report → the results panel. Every number is the core's; this file only picks, labels and
// rounds them for display (format.ts). Nothing here does arithmetic on a number of the report.

import type { PriceLevel, Report } from 'isomargin';
import type { Formats } from '../shared/format';
import { setData, setHidden, sign, type Ui } from '../shared/dom';
import type { Note } from '../shared/messages';
import { renderState, clearState } from './render-state';
import { renderBalances, renderComparison, renderClose, renderPreTrade } from './render-extra';
import { clearScenario, renderScenario } from './render-scenario';
import { renderNotes } from '../shared/messages';
import { distanceWords } from '../shared/explain/distance';
import type { Values } from '../shared/state';

export interface RenderContext {
  /** A last price was given: show PnL at last. */
  lastGiven: boolean;
  /** Human label of a tier source (a preset's name → its label). */
  sourceLabel(source: string): string;
}

const OUTPUTS = [
  'liquidationPrice', 'liquidationNote', 'marginRatio', 'distance', 'distanceNote', 'bankruptcyPrice',
  'bankruptcyNote', 'assets', 'liability', 'liabilityParts', 'margin', 'entryPrice', 'leverage',
  'riskAt', 'liabilityValue', 'netAssets', 'maintenanceMargin', 'liquidationFee', 'tier', 'tierSource',
  'pnl', 'pnlPercent', 'pnlLast', 'pnlLastPercent',
];

function when(level: PriceLevel): string {
  return level.trigger === 'at-or-below' ? 'at or below' : 'at or above';
}

function renderLiquidation(ui: Ui, r: Report): void {
  const F = ui.fmt;
  const q = r.pair.quote;
  const lp = r.liquidationPrice;
  if (lp.status === 'none') {
    ui.put('liquidationPrice', '— none: this position cannot be liquidated by price');
    ui.put('liquidationNote', '');
  } else if (lp.status === 'every-price') {
    ui.put('liquidationPrice', 'every price');
    ui.put('liquidationNote', 'liquidatable at any mark price: net assets never cover the maintenance margin and fee');
  } else {
    ui.put('liquidationPrice', F.price(lp.price), q);
    ui.put('liquidationNote', lp.reachedAtMark
      ? 'already liquidatable at this mark'
      : `liquidation when the mark is ${when(lp)} this price`);
  }
  ui.put('distance', F.percent(lp.distance ?? null, 'exceptZero'));
  ui.put('distanceNote', distanceWords(F, lp, lp.distance, r.markPrice, q));

  const bp = r.bankruptcyPrice;
  if (bp.status === 'none') {
    ui.put('bankruptcyPrice', '— none: no price takes the net assets to zero');
    ui.put('bankruptcyNote', '');
  } else if (bp.status === 'every-price') {
    ui.put('bankruptcyPrice', 'every price');
    ui.put('bankruptcyNote', 'net assets are below zero at any price');
  } else {
    ui.put('bankruptcyPrice', F.price(bp.price), q);
    ui.put('bankruptcyNote', bp.reachedAtMark
      ? 'net assets are already below zero at this mark'
      : `net assets reach zero (no fee) ${when(bp)} it`);
  }
  const mr = r.risk.marginRatio;
  ui.put('marginRatio', mr === null ? '—, no liability' : F.percent(mr));
}

function renderPosition(ui: Ui, r: Report): void {
  const F = ui.fmt;
  const q = r.pair.quote;
  const p = r.position;
  const amt = (x: number | null, coin: string): string => F.amount(x, coin, q);
  renderBalances(ui, p, q);
  ui.put('margin', p.margin === null
    ? (r.mode === 'old' ? '— (inside assets; not given)' : '—')
    : amt(p.margin, p.marginCoin), p.marginCoin);
  ui.put('entryPrice', p.entryPrice === null ? '— (not given)' : F.price(p.entryPrice), q);
  ui.put('leverage', r.leverage === null ? '—' : F.leverage(r.leverage));
}

function renderRisk(ui: Ui, r: Report, ctx: RenderContext): void {
  const F = ui.fmt;
  const c = r.risk.coin;
  const amt = (x: number): string => F.amount(x, c, r.pair.quote);
  ui.put('riskAt', `at the mark ${F.price(r.markPrice)} ${r.pair.quote}`);
  ui.put('liabilityValue', amt(r.risk.liabilityValue), c);
  ui.put('netAssets', amt(r.risk.netAssets), c);
  ui.put('maintenanceMargin', amt(r.risk.maintenanceMargin), c);
  ui.put('liquidationFee', amt(r.risk.liquidationFee), c);
  if (r.tier === null) {
    ui.put('tier', `fixed mmr\u00a0${F.rate(r.mmr)}`);
    ui.put('tierSource', 'no tier table: the same rate at any size');
  } else {
    // No-break spaces inside each part: it wraps only between the parts.
    ui.put('tier', `tier\u00a0${F.count(r.tier.tier)} · mmr\u00a0${F.rate(r.tier.mmr)} · max\u00a0${F.leverage(r.tier.maxLever)}`);
    ui.put('tierSource', ctx.sourceLabel(r.tierSource));
  }
}

function renderPnl(ui: Ui, r: Report, ctx: RenderContext): void {
  const F = ui.fmt;
  const { coin } = r.pnl;
  const hint = '— (give the margin)';
  const amt = (x: number | null): string => x === null ? hint : F.amount(x, coin, r.pair.quote, 'exceptZero');
  const pct = (x: number | null): string => x === null ? hint : F.percent(x, 'exceptZero');
  ui.put('pnl', amt(r.pnl.mark), coin);
  ui.put('pnlPercent', pct(r.pnl.markPercent));
  ui.put('pnlLast', amt(r.pnl.last), coin);
  ui.put('pnlLastPercent', pct(r.pnl.lastPercent));
  for (const row of ui.all('[data-row="last"]')) setHidden(row, !ctx.lastGiven);
  setData(ui.testId('pnl'), 'sign', sign(r.pnl.mark));
  setData(ui.testId('pnlLast'), 'sign', sign(r.pnl.last));
}

export function renderSpot(ui: Ui, r: Report, v: Values, ctx: RenderContext, notes: Note[]): void {
  renderLiquidation(ui, r);
  renderState(ui, r);
  renderPosition(ui, r);
  renderRisk(ui, r, ctx);
  renderPnl(ui, r, ctx);
  renderComparison(ui, r);
  renderClose(ui, r);
  renderPreTrade(ui, r);
  renderNotes(ui, 'warningsCard', 'warnings', notes);
  renderScenario(ui, r, v);
}

/** No report (a bad input): every output back to a dash, extras hidden. */
export function clearSpot(ui: Ui): void {
  for (const id of OUTPUTS) ui.put(id, id.endsWith('Note') || id === 'liabilityParts' || id === 'tierSource' || id === 'riskAt' ? '' : '—');
  for (const id of ['pnl', 'pnlLast']) ui.testId(id).dataset.sign = '';
  clearState(ui);
  for (const id of ['comparisonCard', 'closeCard', 'preTradeCard', 'warningsCard']) ui.show(id, false);
  clearScenario(ui);
}
