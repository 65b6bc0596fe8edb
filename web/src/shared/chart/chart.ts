// A position's chart: one batch `sweep` call (a Float64Array of prices in, typed arrays out)
// over a range that holds the marked prices, a redraw at the card's width, and dragging the
// mark line. Dragging converts x back to a price with the same display mapping the drawing
// used, sets the mark input, and re-evaluates at most once per animation frame; the range
// stays put until the drag ends. Every product uses it; each says what to mark (its chartInput).

import type { ContractScenario, Isomargin, OptionScenario, Scenario } from 'isomargin';
import { el, replaceIfChanged, setHidden, setText, type Ui } from '../dom';
import { draw, svgEl, tid, type Columns, type Drawing, type EventMark, type Frame, type Level } from './draw';

const POINTS = 121;

/** What a product hands the chart: the scenario to sweep and what to mark on it. */
export interface ChartInput {
  /** Without path, probability or Monte Carlo: only the position matters to a sweep. */
  scenario: Scenario | ContractScenario | OptionScenario;
  levels: Level[];
  events: EventMark[];
  alertRatio: number;
  /** The price's unit, and the PnL's coin. */
  quote: string;
  pnlCoin: string;
  /** Said under the chart when there is no margin ratio to draw. */
  noRatio: string;
  /** The range as multiples of the lowest and highest marked price; default [0.9, 1.1]. */
  span?: [number, number];
}

export interface Chart {
  /** Sweeps the position and draws it. */
  update(input: ChartInput): void;
  /** No chart: an error elsewhere. */
  clear(): void;
}

/** The element ids of one chart card, and of the mark input a drag types into. */
export interface ChartIds { box: string; note: string; keys: string; mark: string; prefix: string }

/** The ids `chartCard(prefix)` made. */
export function chartIds(prefix: string, mark: string): ChartIds {
  return { box: tid(prefix, 'chart'), note: tid(prefix, 'chartNote'), keys: tid(prefix, 'chartKeys'), mark, prefix };
}

/** A chart card: its heading, the drawing's box, a note and the keys; ids under a prefix ("c": cChart). */
export function chartCard(prefix: string): HTMLElement {
  const id = (name: string): string => tid(prefix, name);
  return el('div', { class: 'card', id: id('chartCard') },
    el('h2', {}, 'Against the price ', el('span', { class: 'opt' }, 'drag the mark line')),
    el('div', { class: 'chart', id: id('chart') }),
    el('p', { class: 'chart-note', id: id('chartNote'), hidden: '' }),
    el('ul', { class: 'chart-keys', id: id('chartKeys'), 'data-testid': id('chartKeys') }));
}

/** From 0.9 × the lowest marked price to 1.1 × the highest (or the input's own span). */
function domainOf(ls: Level[], [below, above]: [number, number] = [0.9, 1.1]): [number, number] {
  const ps = ls.map((l) => l.price);
  return [Math.min(...ps) * below, Math.max(...ps) * above];
}

/** The price step a drag moves in: about a 400th of the range, a power of ten. */
function dragStep(lo: number, hi: number): number {
  return 10 ** Math.floor(Math.log10((hi - lo) / 400));
}

/** A price on the drag's grid, without the binary noise of the rounding (20010, not 20010.000000000004). */
function onGrid(p: number, step: number): number {
  return Number(p.toFixed(Math.max(0, Math.min(8, -Math.floor(Math.log10(step))))));
}

function renderKeys(ui: Ui, ids: ChartIds, input: ChartInput, hasPnl: boolean): void {
  const F = ui.fmt;
  const key = (cls: string, name: string, ...rest: (string | HTMLElement)[]): HTMLElement =>
    el('li', { class: `key key-${cls}`, 'data-testid': tid(ids.prefix, `key-${cls}`) }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), name, ...rest);
  const rmax = Math.max(6, input.alertRatio * 2);
  const items = [key('ratio', `margin ratio (right axis, shown 0–${Math.round(rmax * 100)}%)`)];
  if (hasPnl) items.push(key('pnl', `floating PnL (left axis, ${input.pnlCoin})`));
  for (const l of [...input.levels].sort((a, b) => a.price - b.price)) {
    items.push(key(l.key, `${l.label} `, el('strong', {}, F.price(l.price)), el('span', { class: 'unit' }, ` ${input.quote}`)));
  }
  if (input.events.length) items.push(key('events', `▼ the path's ${input.events.length} events (listed below)`));
  replaceIfChanged(ui.$(ids.keys), ...items);
}

/** Typed arrays → plain columns for drawing: NaN becomes a gap, a state code its name. */
function columns(s: { price: Float64Array; pnl: Float64Array; marginRatio: Float64Array; state: Uint8Array }, names: string[]): Columns {
  const gap = (x: number): number | null => (Number.isNaN(x) ? null : x);
  return {
    price: Array.from(s.price),
    pnl: Array.from(s.pnl, gap),
    marginRatio: Array.from(s.marginRatio, gap),
    state: Array.from(s.state, (c) => names[c] ?? 'normal'),
  };
}

/** Clip-path ids are document-wide: each chart gets its own, whichever root it is drawn in. */
let charts = 0;

export function createChart(ui: Ui, im: Isomargin, ids: ChartIds, onMark: (price: number | null) => void): Chart {
  const box = ui.$(ids.box);
  const clipId = `isomargin-chart-clip-${++charts}`;
  const svg = svgEl('svg', { class: 'chart-svg', role: 'img', 'aria-label': 'The chart, drawn after the first evaluation.', 'data-testid': tid(ids.prefix, 'chart') }) as SVGSVGElement;
  box.append(svg);
  const names = im.states();
  let last: Drawing | null = null;
  let frame: Frame | null = null;
  let drag: { domain: [number, number]; pending: number | null; raf: number; pointer: number } | null = null;

  const note = (text: string): void => {
    setText(ui.$(ids.note), text);
    setHidden(ui.$(ids.note), text === '');
  };
  // The box's width as the ResizeObserver last saw it (read after layout, so free): a keystroke's
  // redraw then forces no layout. Only the first draw, before the observer has run, measures.
  let width = 0;
  const redraw = (): void => {
    if (!last) return;
    frame = draw(ui.fmt, svg, last, width || box.clientWidth || 640);
  };
  const clear = (): void => {
    last = null;
    frame = null;
    replaceIfChanged(svg);
    svg.setAttribute('aria-label', 'No chart: nothing to draw for these inputs.');
    replaceIfChanged(ui.$(ids.keys));
  };

  const update = (input: ChartInput): void => {
    if (input.levels.length === 0) {
      clear();
      note('No marked price to chart.');
      return;
    }
    const domain = drag?.domain ?? domainOf(input.levels, input.span);
    const prices = new Float64Array(POINTS);
    for (let i = 0; i < POINTS; i++) prices[i] = domain[0] + ((domain[1] - domain[0]) * i) / (POINTS - 1);
    const r = im.sweep(input.scenario, prices);
    if (!r.ok) {
      clear();
      note(`No chart: ${r.error.field}: ${r.error.message}`);
      return;
    }
    const sweep = columns(r.sweep, names);
    note(sweep.marginRatio.every((m) => m === null) ? input.noRatio : '');
    last = { domain, sweep, levels: input.levels, events: input.events, alertRatio: input.alertRatio, quote: input.quote, prefix: ids.prefix, clipId };
    redraw();
    renderKeys(ui, ids, input, sweep.pnl.some((p) => p !== null));
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
    if (p !== null) onMark(onGrid(p, dragStep(frame.lo, frame.hi)));
  };

  // One finger (or the mouse) drags; a second finger makes it a pinch, which ends the drag where it is.
  svg.addEventListener('pointerdown', (e) => {
    if (drag && !e.isPrimary) {
      const { pointer } = drag;
      if (drag.raf) cancelAnimationFrame(drag.raf);
      drag = null;
      svg.classList.remove('dragging');
      if (svg.hasPointerCapture(pointer)) svg.releasePointerCapture(pointer);
      onMark(null);
      return;
    }
    if (drag || !e.isPrimary || !last || !(e.target instanceof Element) || !e.target.closest('.chart-drag')) return;
    e.preventDefault();
    svg.setPointerCapture(e.pointerId);
    drag = { domain: last.domain, pending: null, raf: 0, pointer: e.pointerId };
    svg.classList.add('dragging');
  });
  svg.addEventListener('pointermove', (e) => {
    if (!drag || e.pointerId !== drag.pointer) return;
    drag.pending = priceAt(e.clientX);
    if (!drag.raf) drag.raf = requestAnimationFrame(flush);
  });
  const end = (e: PointerEvent): void => {
    if (!drag || e.pointerId !== drag.pointer) return;
    if (drag.raf) cancelAnimationFrame(drag.raf);
    if (e.type === 'pointerup') drag.pending = priceAt(e.clientX);
    flush();
    drag = null;
    svg.classList.remove('dragging');
    if (svg.hasPointerCapture(e.pointerId)) svg.releasePointerCapture(e.pointerId);
    if (last) onMark(null);  // once more, over the range that fits
  };
  // The keyboard moves the mark too: arrows by a drag step, Page Up/Down (or Shift) by ten.
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('aria-keyshortcuts', 'ArrowLeft ArrowRight PageUp PageDown');
  svg.addEventListener('keydown', (e) => {
    const moves: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };
    const mark = last?.levels.find((l) => l.key === 'mark');
    if (!(e.key in moves) || !mark || !frame) return;
    e.preventDefault();
    const step = dragStep(frame.lo, frame.hi);
    const by = moves[e.key] * (e.shiftKey ? 10 : 1);
    onMark(onGrid(Math.max(step, (Math.round(mark.price / step) + by) * step), step));
  });
  svg.addEventListener('pointerup', end);
  svg.addEventListener('pointercancel', end);

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
      clear();
      note('');
    },
  };
}
