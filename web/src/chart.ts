// The spot chart's life: one extra evaluate call with a `sweep` over a range that holds the
// marked prices, a redraw at the card's width, and dragging the mark line. Dragging converts
// x back to a price with the same display mapping the drawing used, sets the mark input, and
// re-evaluates at most once per animation frame; the range stays put until the drag ends.

import type { Isomargin, Report, Scenario } from 'isomargin';
import * as F from './format';
import { $, el } from './dom';
import { draw, svgEl, type Drawing, type Frame, type Level } from './chart-draw';

const POINTS = 121;

export interface Chart {
  /** Evaluates the sweep for `scenario` (whose report is `report`) and draws it. */
  update(scenario: Scenario, report: Report): void;
  /** No chart: an error elsewhere. */
  clear(): void;
}

function levels(r: Report): Level[] {
  const out: Level[] = [];
  const add = (key: Level['key'], label: string, p: number | null | undefined): void => {
    if (typeof p === 'number' && Number.isFinite(p) && p > 0) out.push({ key, label, price: p });
  };
  add('entry', 'entry', r.position.entryPrice);
  add('mark', 'mark', r.markPrice);
  for (const [key, label, level] of [['alert', 'alert', r.alertPrice], ['liquidation', 'liquidation', r.liquidationPrice],
    ['bankruptcy', 'bankruptcy', r.bankruptcyPrice]] as const) {
    if (level.status === 'price') add(key, label, level.price);
  }
  return out;
}

/** From 0.9 × the lowest marked price to 1.1 × the highest. */
function domainOf(ls: Level[]): [number, number] {
  const ps = ls.map((l) => l.price);
  return [Math.min(...ps) * 0.9, Math.max(...ps) * 1.1];
}

/** The price step a drag moves in: about a 400th of the range, a power of ten. */
function dragStep(lo: number, hi: number): number {
  return 10 ** Math.floor(Math.log10((hi - lo) / 400));
}

function inputText(p: number, step: number): string {
  const digits = Math.max(0, Math.min(8, -Math.floor(Math.log10(step))));
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(p);
}

function renderKeys(r: Report, ls: Level[], hasPnl: boolean): void {
  const q = r.pair.quote;
  const key = (cls: string, name: string, ...rest: (string | HTMLElement)[]): HTMLElement =>
    el('li', { class: `key key-${cls}`, 'data-testid': `key-${cls}` }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), name, ...rest);
  const rmax = Math.max(6, r.state.alertRatio * 2);
  const items = [key('ratio', `margin ratio (right axis, shown 0–${Math.round(rmax * 100)}%)`)];
  if (hasPnl) items.push(key('pnl', `floating PnL (left axis, ${r.pnl.coin})`));
  for (const l of [...ls].sort((a, b) => a.price - b.price)) {
    items.push(key(l.key, `${l.label} `, el('strong', {}, F.price(l.price)), el('span', { class: 'unit' }, ` ${q}`)));
  }
  $('chartKeys').replaceChildren(...items);
}

export function createChart(im: Isomargin, onMark: (text: string) => void): Chart {
  const box = $('chart');
  const svg = svgEl('svg', { class: 'chart-svg', role: 'img', 'data-testid': 'chart' }) as SVGSVGElement;
  box.append(svg);
  let last: Drawing | null = null;
  let frame: Frame | null = null;
  let drag: { domain: [number, number]; pending: number | null; raf: number } | null = null;

  const note = (text: string): void => {
    $('chartNote').textContent = text;
    $('chartNote').hidden = text === '';
  };
  const redraw = (): void => {
    if (!last) return;
    frame = draw(svg, last, box.clientWidth || 640);
  };

  const update = (scenario: Scenario, report: Report): void => {
    const ls = levels(report);
    const domain = drag?.domain ?? domainOf(ls);
    const { path: _p, probability: _q, ...rest } = scenario;
    const r = im.evaluate({ ...rest, sweep: { from: domain[0], to: domain[1], points: POINTS } });
    if (!r.ok || !r.report.sweep) {
      last = null;
      svg.replaceChildren();
      $('chartKeys').replaceChildren();
      note(r.ok ? 'The core returned no sweep.' : `No chart: ${r.error.field}: ${r.error.message}`);
      return;
    }
    note(report.risk.marginRatio === null ? 'No liability: no margin ratio to draw.' : '');
    last = { domain, report, sweep: r.report.sweep, levels: ls };
    redraw();
    renderKeys(report, ls, r.report.sweep.pnl.some((p) => p !== null));
  };

  const priceAt = (clientX: number): number | null => {
    if (!frame) return null;
    const rect = svg.getBoundingClientRect();
    if (rect.width === 0) return null;
    const px = (clientX - rect.left) * (frame.width / rect.width);
    const t = (px - frame.left) / (frame.width - frame.left - frame.right);
    const p = frame.lo + Math.max(0, Math.min(1, t)) * (frame.hi - frame.lo);
    const step = dragStep(frame.lo, frame.hi);
    return Math.min(frame.hi, Math.max(frame.lo, Math.round(p / step) * step));
  };
  const flush = (): void => {
    if (!drag || !frame) return;
    drag.raf = 0;
    const p = drag.pending;
    drag.pending = null;
    if (p !== null) onMark(inputText(p, dragStep(frame.lo, frame.hi)));
  };

  svg.addEventListener('pointerdown', (e) => {
    if (!last || !(e.target instanceof Element) || !e.target.closest('.chart-drag')) return;
    e.preventDefault();
    svg.setPointerCapture(e.pointerId);
    drag = { domain: last.domain, pending: null, raf: 0 };
    svg.classList.add('dragging');
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag) return;
    drag.pending = priceAt(e.clientX);
    if (!drag.raf) drag.raf = requestAnimationFrame(flush);
  });
  const end = (e: PointerEvent): void => {
    if (!drag) return;
    if (drag.raf) cancelAnimationFrame(drag.raf);
    if (e.type === 'pointerup') drag.pending = priceAt(e.clientX);
    flush();
    drag = null;
    svg.classList.remove('dragging');
    if (svg.hasPointerCapture(e.pointerId)) svg.releasePointerCapture(e.pointerId);
    if (last) onMark(($('markPrice') as HTMLInputElement).value);  // once more, over the range that fits
  };
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);

  let width = 0;
  if ('ResizeObserver' in window) {
    new ResizeObserver(() => {
      if (box.clientWidth && box.clientWidth !== width) {
        width = box.clientWidth;
        redraw();
      }
    }).observe(box);
  }

  return {
    update,
    clear(): void {
      last = null;
      frame = null;
      svg.replaceChildren();
      svg.removeAttribute('aria-label');
      $('chartKeys').replaceChildren();
      note('');
    },
  };
}
