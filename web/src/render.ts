// The report → the results panel. Every number is the core's; this file only picks, labels and
// rounds them for display (format.ts). Nothing here does arithmetic on a number of the report.

import type { PriceLevel, Report } from 'isomargin';
import * as F from './format';
import { $, put, show, testId } from './dom';
import { renderState, clearState } from './render-state';
import { renderComparison, renderClose, renderPreTrade, renderWarnings } from './render-extra';

export interface RenderContext {
  /** A last price was given: show PnL at last. */
  lastGiven: boolean;
  /** Human label of a tier source (a preset's name → its label). */
  sourceLabel(source: string): string;
  /** Warnings that belong to no visible input. */
  otherWarnings: { field: string; message: string }[];
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

function renderLiquidation(r: Report): void {
  const q = r.pair.quote;
  const lp = r.liquidationPrice;
  if (lp.status === 'none') {
    put('liquidationPrice', '— none: this position cannot be liquidated by price');
    put('liquidationNote', '');
  } else if (lp.status === 'every-price') {
    put('liquidationPrice', 'every price');
    put('liquidationNote', 'liquidatable at any mark price: net assets never cover the maintenance margin and fee');
  } else {
    put('liquidationPrice', F.price(lp.price), q);
    put('liquidationNote', lp.reachedAtMark
      ? 'already liquidatable at this mark'
      : `liquidation when the mark is ${when(lp)} this price`);
  }
  put('distance', F.percent(lp.distance ?? null, 'exceptZero'));
  put('distanceNote', lp.status === 'price'
    ? `from the mark ${F.price(r.markPrice)} ${q}${lp.reachedAtMark ? ', already past it' : ''}`
    : 'no liquidation price');

  const bp = r.bankruptcyPrice;
  if (bp.status === 'none') {
    put('bankruptcyPrice', '— none: no price takes the net assets to zero');
    put('bankruptcyNote', '');
  } else if (bp.status === 'every-price') {
    put('bankruptcyPrice', 'every price');
    put('bankruptcyNote', 'net assets are below zero at any price');
  } else {
    put('bankruptcyPrice', F.price(bp.price), q);
    put('bankruptcyNote', bp.reachedAtMark
      ? 'net assets are already below zero at this mark'
      : `net assets reach zero (no fee) ${when(bp)} it`);
  }
  const mr = r.risk.marginRatio;
  put('marginRatio', mr === null ? '—, no liability' : F.percent(mr));
}

function renderPosition(r: Report): void {
  const q = r.pair.quote;
  const p = r.position;
  const amt = (x: number | null, coin: string): string => F.amount(x, coin, q);
  put('assets', amt(p.assets, p.assetsCoin), p.assetsCoin);
  put('liability', amt(p.liability, p.liabilityCoin), p.liabilityCoin);
  put('liabilityParts',
    `${amt(p.principal, p.liabilityCoin)} principal + ${amt(p.interest, p.liabilityCoin)} interest`);
  put('margin', p.margin === null
    ? (r.mode === 'old' ? '— (inside assets; not given)' : '—')
    : amt(p.margin, p.marginCoin), p.marginCoin);
  put('entryPrice', p.entryPrice === null ? '— (not given)' : F.price(p.entryPrice), q);
  put('leverage', r.leverage === null ? '—' : F.leverage(r.leverage));
}

function renderRisk(r: Report, ctx: RenderContext): void {
  const c = r.risk.coin;
  const amt = (x: number): string => F.amount(x, c, r.pair.quote);
  put('riskAt', `at the mark ${F.price(r.markPrice)} ${r.pair.quote}`);
  put('liabilityValue', amt(r.risk.liabilityValue), c);
  put('netAssets', amt(r.risk.netAssets), c);
  put('maintenanceMargin', amt(r.risk.maintenanceMargin), c);
  put('liquidationFee', amt(r.risk.liquidationFee), c);
  if (r.tier === null) {
    put('tier', `fixed mmr\u00a0${F.rate(r.mmr)}`);
    put('tierSource', 'no tier table: the same rate at any size');
  } else {
    // No-break spaces inside each part: it wraps only between the parts.
    put('tier', `tier\u00a0${F.count(r.tier.tier)} · mmr\u00a0${F.rate(r.tier.mmr)} · max\u00a0${F.leverage(r.tier.maxLever)}`);
    put('tierSource', ctx.sourceLabel(r.tierSource));
  }
}

function renderPnl(r: Report, ctx: RenderContext): void {
  const { coin } = r.pnl;
  const hint = '— (give the margin)';
  const amt = (x: number | null): string => x === null ? hint : F.amount(x, coin, r.pair.quote, 'exceptZero');
  const pct = (x: number | null): string => x === null ? hint : F.percent(x, 'exceptZero');
  put('pnl', amt(r.pnl.mark), coin);
  put('pnlPercent', pct(r.pnl.markPercent));
  put('pnlLast', amt(r.pnl.last), coin);
  put('pnlLastPercent', pct(r.pnl.lastPercent));
  for (const row of document.querySelectorAll<HTMLElement>('[data-row="last"]')) row.hidden = !ctx.lastGiven;
  for (const id of ['pnl', 'pnlLast']) {
    const x = id === 'pnl' ? r.pnl.mark : r.pnl.last;
    testId(id).dataset.sign = x === null ? '' : x > 0 ? 'up' : x < 0 ? 'down' : '';
  }
}

export function renderReport(r: Report, ctx: RenderContext): void {
  $('results').classList.remove('has-error');
  renderLiquidation(r);
  renderState(r);
  renderPosition(r);
  renderRisk(r, ctx);
  renderPnl(r, ctx);
  renderComparison(r);
  renderClose(r);
  renderPreTrade(r);
  renderWarnings(ctx.otherWarnings);
}

/** No report (a bad input): every output back to a dash, the panel dimmed, extras hidden. */
export function clearReport(): void {
  $('results').classList.add('has-error');
  for (const id of OUTPUTS) put(id, id.endsWith('Note') || id === 'liabilityParts' || id === 'tierSource' || id === 'riskAt' ? '' : '—');
  for (const id of ['pnl', 'pnlLast']) testId(id).dataset.sign = '';
  clearState();
  for (const id of ['comparisonCard', 'closeCard', 'preTradeCard', 'warningsCard']) show(id, false);
}
