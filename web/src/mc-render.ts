// The Monte Carlo card: the core's P(any liquidation) ± its standard error, P(full), the expected
// loss and the closed-form chance from the same evaluation, and the first-liquidation histogram
// as a small SVG bar chart. Rounding and the bars' display mapping only.

import * as F from './format';
import { $, money, testId } from './dom';
import { svgEl } from './chart-draw';
import type { MonteCarlo } from './mc-worker';

/** A finished run: what the core returned and what it was run with (as typed, for labels). */
export interface McResult {
  monteCarlo: MonteCarlo;
  closedForm: number | null;
  quote: string;
  paths: number;
  steps: number;
  seed: string;
  /** As typed, for labels. */
  days: string;
  daysValue: number;
  volatility: string;
}

const W = 320;
const H = 110;
const TOP = 16;
const BOTTOM = H - 18;
const SIDE = 4;
const oneDp = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

function chance(p: number): string {
  return p > 0 && p < 0.00005 ? '< 0.01%' : F.percent(p);
}

function histogram(r: McResult): SVGElement {
  const counts = r.monteCarlo.firstLiquidation;
  const max = Math.max(1, ...counts);
  const slot = (W - 2 * SIDE) / Math.max(1, counts.length);
  const day = (i: number): string => oneDp.format((r.daysValue * i) / counts.length);
  const bars = counts.map((c, i) => {
    const h = (c / max) * (BOTTOM - TOP);
    const span = Number.isFinite(r.daysValue) ? `, days ${day(i)}–${day(i + 1)}` : '';
    return svgEl('rect', { class: 'mc-bar', x: (SIDE + i * slot + 1).toFixed(1), y: (BOTTOM - h).toFixed(1), width: (slot - 2).toFixed(1), height: h.toFixed(1) },
      svgEl('title', {}, `twentieth ${i + 1}${span}: ${F.count(c)} paths first liquidated`));
  });
  return svgEl('svg', { class: 'mc-hist', viewBox: `0 0 ${W} ${H}`, role: 'img', 'data-testid': 'mcHistogram',
    'aria-label': `Paths first liquidated in each twentieth of the ${r.days} days: ${counts.map((c) => F.count(c)).join(', ')}.` },
  svgEl('line', { class: 'axis', x1: SIDE, x2: W - SIDE, y1: BOTTOM + 0.5, y2: BOTTOM + 0.5 }),
  ...bars,
  svgEl('text', { x: SIDE, y: H - 4 }, 'now'),
  svgEl('text', { x: W - SIDE, y: H - 4, 'text-anchor': 'end' }, `${r.days} days`),
  svgEl('text', { x: W - SIDE, y: TOP - 5, 'text-anchor': 'end' }, `tallest bar ${F.count(max)} paths`));
}

export function renderMonteCarlo(r: McResult): void {
  const m = r.monteCarlo;
  $('mcEmpty').hidden = true;
  $('mcResult').hidden = false;
  testId('mcRange').textContent = `${F.count(r.paths)} paths × ${F.count(r.steps)} steps, seed ${r.seed || 'default'}, `
    + `${r.days} days at ${r.volatility}% volatility`;
  testId('mcClosedForm').textContent = r.closedForm === null ? '—' : chance(r.closedForm);
  testId('mcAny').textContent = `${chance(m.anyLiquidation)} ± ${F.percent(m.standardError)}`;
  testId('mcFull').textContent = chance(m.fullLiquidation);
  testId('mcLoss').replaceChildren(money(F.amount(m.expectedLoss, r.quote, r.quote), r.quote));
  $('mcHistogramBox').replaceChildren(histogram(r));
}

/** Marks the shown result as out of date (the inputs changed since the run), or current. */
export function markStale(stale: boolean): void {
  $('mcResult').classList.toggle('stale', stale);
  testId('mcStale').hidden = !stale;
}
