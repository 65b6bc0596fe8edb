// Draws a position's chart as SVG with DOM APIs: the margin ratio (right axis, clipped to a
// fixed range) and the floating PnL (left axis) from the core's sweep, with the mark, entry,
// alert, liquidation and bankruptcy prices as labelled vertical lines, and a path's events as
// marks under the plot. Only display mapping here: price ↔ x and value ↔ y, and tick
// positions; every plotted value is the core's.

import type { PathEventKind } from 'isomargin';
import type { Formats } from '../format';

const NS = 'http://www.w3.org/2000/svg';

/** The core's sweep as plain columns: null where a value does not exist, states by name. */
export interface Columns { price: number[]; pnl: (number | null)[]; marginRatio: (number | null)[]; state: string[] }

/** A marked price: a vertical line with a label. */
export interface Level { key: 'entry' | 'mark' | 'alert' | 'liquidation' | 'bankruptcy'; label: string; price: number }

/** A price path's event, marked where it happened. */
export interface EventMark { kind: PathEventKind; price: number; text: string }

/** What one drawing needs; `frame` is how the drawing mapped x to prices, kept for dragging. */
export interface Drawing {
  domain: [number, number]; sweep: Columns; levels: Level[]; events: EventMark[];
  alertRatio: number; quote: string;
  /** Prefixes the test ids when a page holds more than one chart ("c": cMarkHandle). */
  prefix: string;
  /** The id of this chart's clip path: unique in the document, or a second chart would clip to the first's rectangle. */
  clipId: string;
}

/** A test id under a chart's prefix: markHandle, or cMarkHandle. */
export function tid(prefix: string, name: string): string {
  return prefix ? prefix + name[0].toUpperCase() + name.slice(1) : name;
}
export interface Frame { width: number; left: number; right: number; lo: number; hi: number }

type Attrs = Record<string, string | number>;

export function svgEl(tag: string, attrs: Attrs = {}, ...children: (SVGElement | string)[]): SVGElement {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  e.append(...children);
  return e;
}

const r1 = (x: number): string => (Math.round(x * 10) / 10).toString();

/** Round tick values covering [lo, hi], about `count` of them (1, 2, 5 × 10^k apart). */
export function ticks(lo: number, hi: number, count: number): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

/** A path through the points, broken where a value is missing. */
function line(xs: number[], ys: (number | null)[]): string {
  let d = '';
  let pen = false;
  xs.forEach((x, i) => {
    const y = ys[i];
    if (y === null || !Number.isFinite(y)) { pen = false; return; }
    d += `${pen ? 'L' : 'M'}${r1(x)} ${r1(y)}`;
    pen = true;
  });
  return d;
}

/** Label rows so that the lines' names do not overlap: the first row each fits in. */
function labelRows(items: { at: number; w: number }[]): number[] {
  const rows: [number, number][][] = [];
  return items.map(({ at, w }) => {
    const span: [number, number] = [at - 3, at + w + 3];
    let row = rows.findIndex((spans) => spans.every(([a, b]) => span[1] < a || span[0] > b));
    if (row < 0) { rows.push([]); row = rows.length - 1; }
    rows[row].push(span);
    return row;
  });
}

/** Draws into `svg` (its children are replaced) at `width` px; returns the x mapping. */
export function draw(F: Formats, svg: SVGSVGElement, d: Drawing, width: number): Frame {
  const { sweep } = d;
  const [lo, hi] = d.domain;
  const W = Math.max(260, Math.round(width));
  const hasPnl = sweep.pnl.some((p) => p !== null);
  const left = hasPnl ? 48 : 10;
  const right = 44;
  const x = (p: number): number => left + ((p - lo) / (hi - lo)) * (W - left - right);

  // The line labels first: how many rows they need sets the top margin.
  const sorted = [...d.levels].sort((a, b) => a.price - b.price);
  // Each label starts right of its line, or ends left of it near the right edge; kept inside.
  const items = sorted.map((l) => {
    const w = l.label.length * 6.3 + 4;
    const lx = x(l.price);
    const at = lx + 3 + w > W - 4 ? lx - 3 - w : lx + 3;
    return { at: Math.max(2, Math.min(W - 4 - w, at)), w };
  });
  const rows = labelRows(items);
  const top = (Math.max(0, ...rows) + 1) * 13 + 8;
  const H = top + (W < 520 ? 190 : 220) + 40;
  const bottom = H - 40;
  const clamp = (y: number): number => Math.max(-H, Math.min(2 * H, y));

  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  const parts: SVGElement[] = [];
  const { clipId } = d;
  parts.push(svgEl('defs', {}, svgEl('clipPath', { id: clipId },
    svgEl('rect', { x: left, y: top, width: W - left - right, height: bottom - top }))));

  // Margin ratio: right axis, 0 … max(600%, twice the alert ratio).
  const rmax = Math.max(6, d.alertRatio * 2);
  const yR = (m: number): number => clamp(bottom - (m / rmax) * (bottom - top));
  for (const t of ticks(0, rmax, 6)) {
    parts.push(svgEl('line', { class: 'grid-line', x1: left, x2: W - right, y1: r1(yR(t)), y2: r1(yR(t)) }));
    parts.push(svgEl('text', { class: 'axis-label', x: W - right + 4, y: r1(yR(t) + 4) }, `${Math.round(t * 100)}%`));
  }
  for (const [m, cls] of [[1, 'ref-liquidation'], [d.alertRatio, 'ref-alert']] as const) {
    if (m > 0 && m <= rmax) parts.push(svgEl('line', { class: `ref ${cls}`, x1: left, x2: W - right, y1: r1(yR(m)), y2: r1(yR(m)) }));
  }
  const xs = sweep.price.map(x);
  const plotted = svgEl('g', { 'clip-path': `url(#${clipId})` });
  plotted.append(svgEl('path', { class: 'series-ratio', 'data-testid': tid(d.prefix, 'ratioPath'), d: line(xs, sweep.marginRatio.map((m) => m === null ? null : yR(m))) }));

  // Floating PnL: left axis over its own range, zero included.
  if (hasPnl) {
    const vals = sweep.pnl.filter((p): p is number => p !== null);
    const vlo = Math.min(0, ...vals);
    const vhi = Math.max(0, ...vals);
    const pt = ticks(vlo, vhi, 4);
    const step = pt.length > 1 ? pt[1] - pt[0] : Math.abs(pt[0]) || 1;
    if (pt[0] > vlo) pt.unshift(Number((pt[0] - step).toPrecision(12)));  // round ends: every value inside
    if (pt[pt.length - 1] < vhi) pt.push(Number((pt[pt.length - 1] + step).toPrecision(12)));
    const plo = pt[0];
    const phi = pt[pt.length - 1];
    const yP = (p: number): number => clamp(bottom - ((p - plo) / (phi - plo || 1)) * (bottom - top));
    for (const t of pt) {
      parts.push(svgEl('text', { class: 'axis-label pnl', x: left - 4, y: r1(yP(t) + 4), 'text-anchor': 'end' }, F.compact(t)));
    }
    parts.push(svgEl('line', { class: 'zero-line', x1: left, x2: W - right, y1: r1(yP(0)), y2: r1(yP(0)) }));
    plotted.append(svgEl('path', { class: 'series-pnl', 'data-testid': tid(d.prefix, 'pnlPath'), d: line(xs, sweep.pnl.map((p) => p === null ? null : yP(p))) }));
  }
  parts.push(plotted);

  // The state at each price, as a strip under the plot.
  const strip = svgEl('g', { class: 'state-strip' });
  let start = 0;
  for (let i = 1; i <= sweep.price.length; i++) {
    if (i < sweep.price.length && sweep.state[i] === sweep.state[start]) continue;
    const a = start === 0 ? left : (xs[start - 1] + xs[start]) / 2;
    const b = i === sweep.price.length ? W - right : (xs[i - 1] + xs[i]) / 2;
    strip.append(svgEl('rect', { class: `band band-${sweep.state[start]}`, x: r1(a), y: bottom + 3, width: r1(Math.max(0, b - a)), height: 5 }));
    start = i;
  }
  parts.push(strip);
  // A path's events: a small triangle on the price axis at each event's price, named on hover.
  const seen = new Set<string>();
  for (const ev of d.events) {
    const ex = x(ev.price);
    if (ex < left - 1 || ex > W - right + 1) continue;
    const key = `${ev.kind}@${r1(ex)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(svgEl('path', { class: `event event-${ev.kind}`, 'data-testid': tid(d.prefix, 'pathEvent'), d: `M${r1(ex)} ${bottom - 1}l-4.5 -8h9z` },
      svgEl('title', {}, ev.text)));
  }
  parts.push(svgEl('line', { class: 'axis', x1: left, x2: W - right, y1: bottom, y2: bottom }));
  for (const t of ticks(lo, hi, W < 520 ? 3 : 6)) {
    parts.push(svgEl('text', { class: 'axis-label', x: r1(x(t)), y: bottom + 22, 'text-anchor': 'middle' }, F.compact(t)));
  }
  parts.push(svgEl('text', { class: 'axis-title', x: W - right, y: H - 4, 'text-anchor': 'end' }, `mark price, ${d.quote}`));

  // The marked prices; the mark's line has a wide invisible grip and a handle to drag.
  const groups: SVGElement[] = [];
  sorted.forEach((l, i) => {
    const lx = r1(x(l.price));
    const g = svgEl('g', { class: `level level-${l.key}`, 'data-level': l.key });
    g.append(svgEl('line', { class: 'vline', x1: lx, x2: lx, y1: top - 4, y2: bottom, ...(l.key === 'mark' ? { 'data-testid': tid(d.prefix, 'markLine') } : {}) }));
    g.append(svgEl('text', { class: 'level-label', x: r1(items[i].at), y: rows[i] * 13 + 11 }, l.label));
    if (l.key === 'mark') {
      g.classList.add('chart-drag');
      // A grip 44 px wide (a finger's), and the handle's circle inside a 44 px square of it.
      g.append(svgEl('rect', { class: 'grip', x: Number(lx) - 22, y: top - 4, width: 44, height: bottom - top + 26 }));
      g.append(svgEl('circle', { class: 'handle', 'data-testid': tid(d.prefix, 'markHandle'), cx: lx, cy: bottom, r: 8 }));
    }
    if (l.key === 'mark') groups.push(g); else groups.unshift(g);
  });
  svg.replaceChildren(...parts, ...groups);
  const q = d.quote;
  svg.setAttribute('aria-label', `Margin ratio${hasPnl ? ' and floating PnL' : ''} against the mark price, from `
    + `${F.price(lo)} to ${F.price(hi)} ${q}. ${sorted.map((l) => `${l.label} ${F.price(l.price)}`).join(', ')}. `
    + 'Arrow keys move the mark.');
  return { width: W, left, right, lo, hi };
}
