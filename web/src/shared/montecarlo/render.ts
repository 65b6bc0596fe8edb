// The Monte Carlo card: the core's P(any liquidation) ± its standard error, P(full), the expected
// loss and the closed-form chance from the same evaluation, and the first-liquidation histogram
// as a small SVG bar chart. Markup, rounding and the bars' display mapping only.

import type { Formats } from '../format';
import { el, money, type Ui } from '../dom';
import { card, kvTable, opt } from '../markup';
import { svgEl } from '../chart/draw';
import type { MonteCarlo } from './answer';

/** The card, empty until a run is done; hidden while the chance section is closed. */
export function monteCarloCard(): HTMLElement {
  const row = (id: string, label: string, note: string): HTMLElement => el('tr', {},
    el('th', { scope: 'row' }, label, opt(note)),
    el('td', { class: 'nowrap', 'data-testid': id }, '—'));
  return card({ id: 'mcCard', hidden: '' }, 'Monte Carlo', el('span', { class: 'opt', 'data-testid': 'mcRange' }),
    el('p', { class: 'lead', id: 'mcEmpty' }, 'Set paths, steps and seed under “Chance of liquidation” and run it.'),
    el('div', { id: 'mcResult', hidden: '' },
      el('p', { class: 'mc-stale', 'data-testid': 'mcStale', hidden: '' }, 'The inputs changed since this run: run it again to update it.'),
      kvTable(
        row('mcClosedForm', 'Touches the liquidation price', 'closed form, same inputs'),
        row('mcAny', 'Any liquidation', 'Monte Carlo, ± standard error'),
        row('mcFull', 'Full liquidation', 'Monte Carlo'),
        row('mcLoss', 'Expected loss', 'partial-step fees and equity lost in full liquidations')),
      el('h3', {}, 'When the first liquidation happens ', opt('paths per twentieth of the horizon')),
      el('div', { class: 'mc-hist-box', id: 'mcHistogramBox' }),
      el('p', { class: 'hint' }, 'Both are estimates under geometric Brownian motion, not forecasts: the closed form is the chance '
        + 'that the mark touches the liquidation price; the Monte Carlo walks each path through the tiers, partial liquidations and fees.')));
}

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

function chance(F: Formats, p: number): string {
  return p > 0 && p < 0.00005 ? '< 0.01%' : F.percent(p);
}

function histogram(F: Formats, r: McResult): SVGElement {
  const counts = r.monteCarlo.firstLiquidation;
  const max = Math.max(1, ...counts);
  const slot = (W - 2 * SIDE) / Math.max(1, counts.length);
  const day = (i: number): string => F.oneDecimal((r.daysValue * i) / counts.length);
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

export function renderMonteCarlo(ui: Ui, r: McResult): void {
  const F = ui.fmt;
  const m = r.monteCarlo;
  ui.$('mcEmpty').hidden = true;
  ui.$('mcResult').hidden = false;
  ui.testId('mcRange').textContent = `${F.count(r.paths)} paths × ${F.count(r.steps)} steps, seed ${r.seed || 'default'}, `
    + `${r.days} days at ${r.volatility}% volatility`;
  ui.testId('mcClosedForm').textContent = r.closedForm === null ? '—' : chance(F, r.closedForm);
  ui.testId('mcAny').textContent = `${chance(F, m.anyLiquidation)} ± ${F.percent(m.standardError)}`;
  ui.testId('mcFull').textContent = chance(F, m.fullLiquidation);
  ui.testId('mcLoss').replaceChildren(money(F.amount(m.expectedLoss, r.quote, r.quote), r.quote));
  ui.$('mcHistogramBox').replaceChildren(histogram(F, r));
}

/** Marks the shown result as out of date (the inputs changed since the run), or current. */
export function markStale(ui: Ui, stale: boolean): void {
  ui.$('mcResult').classList.toggle('stale', stale);
  ui.testId('mcStale').hidden = !stale;
}
