// The building blocks of every product's markup: labelled fields, KPI tiles, key-value rows and
// cards, so the three products' inputs and results share one shape (and one stylesheet).
// Number inputs are type="text" inputmode="decimal": prices like 0.00001384 and 3,299,800 survive.

import { el } from './dom';
import { why, whyButton, whyPanel } from './explain/why';

type Mark = HTMLElement | null | false | undefined;

/** A coin name filled in from the pair: `coinOf('data-coin', 'quote')` → <span class="coin" data-coin="quote">. */
export const coinOf = (attr: string, key: string): HTMLElement => el('span', { class: 'coin', [attr]: key });
/** A fixed unit in a label: %, ×, USD. */
export const unit = (text: string): HTMLElement => el('span', { class: 'coin', 'data-unit': text }, text);
/** A muted remark: "optional", "mark if empty". */
export const opt = (text = '', id?: string): HTMLElement => el('span', id ? { class: 'opt', id } : { class: 'opt' }, text);

/** Parts a space apart; a space joins the text before it (one text node lays out as the page's markup did). */
function spaced(...parts: (string | HTMLElement | null | false | undefined)[]): (string | HTMLElement)[] {
  const out: (string | HTMLElement)[] = [];
  for (const p of parts) {
    if (!p) continue;
    if (out.length) {
      const prev = out[out.length - 1];
      if (typeof prev === 'string') out[out.length - 1] = `${prev} `;
      else out.push(' ');
    }
    out.push(p);
  }
  return out;
}

/** A label whose marks (coin, unit, remark) follow its text, a space apart. */
export function label(id: string, text: string | HTMLElement, ...marks: Mark[]): HTMLElement {
  return el('label', { for: id }, ...spaced(text, ...marks));
}

export interface FieldOptions { id?: string; wide?: boolean; hidden?: boolean; after?: HTMLElement[] }

/** <div class="field"> with its label, its control and what follows (a hint). */
export function field(lbl: HTMLElement, control: HTMLElement, o: FieldOptions = {}): HTMLElement {
  const attrs: Record<string, string> = { class: o.wide ? 'field wide' : 'field' };
  if (o.id) attrs.id = o.id;
  if (o.hidden) attrs.hidden = '';
  return el('div', attrs, lbl, control, ...(o.after ?? []));
}

export const numberInput = (id: string, value = ''): HTMLElement =>
  el('input', value ? { id, type: 'text', inputmode: 'decimal', value } : { id, type: 'text', inputmode: 'decimal' });

/** A pair or underlying: letters, not a number. */
export const pairInput = (id: string, value: string): HTMLElement =>
  el('input', { id, type: 'text', spellcheck: 'false', autocapitalize: 'characters', value });

export function select(id: string, options: [string, string][], chosen = options[0]?.[0]): HTMLElement {
  return el('select', { id }, ...options.map(([value, text]) =>
    el('option', value === chosen ? { value, selected: '' } : { value }, text)));
}

export function textarea(id: string, rows: number, text = '', placeholder = ''): HTMLElement {
  const attrs: Record<string, string> = { id, rows: String(rows), spellcheck: 'false' };
  if (placeholder) attrs.placeholder = placeholder;
  return el('textarea', attrs, text);
}

/** A textarea of numbers (prices, fills, tiers): read, linked and shown in the user's locale like a number input. */
export function numberList(id: string, rows: number, text = '', placeholder = ''): HTMLElement {
  const t = textarea(id, rows, text, placeholder);
  t.dataset.numbers = '';
  return t;
}

/** A number field: num('assets', 'Assets', '3,299,800', [coinOf('data-coin', 'asset')]). */
export function num(id: string, text: string, value: string, marks: Mark[] = [], o: FieldOptions = {}): HTMLElement {
  const input = numberInput(id, value);
  // A field in percent: the core's messages about it are put in percent too (fields.ts).
  if (marks.some((m) => m && m.dataset.unit === '%')) input.dataset.percent = '';
  return field(label(id, text, ...marks), input, o);
}

/** A checkbox with its label after it. */
export function check(id: string, text: string | HTMLElement, o: FieldOptions & { checked?: boolean } = {}): HTMLElement {
  const attrs: Record<string, string> = { class: o.wide ? 'field wide check' : 'field check' };
  if (o.id) attrs.id = o.id;
  if (o.hidden) attrs.hidden = '';
  return el('div', attrs, el('input', o.checked ? { id, type: 'checkbox', checked: '' } : { id, type: 'checkbox' }),
    el('label', { for: id }, text));
}

export const grid = (attrs: Record<string, string>, ...children: HTMLElement[]): HTMLElement =>
  el('div', { class: 'grid', ...attrs }, ...children);

/** A fieldset of inputs under a legend. */
export const group = (legend: string, ...children: HTMLElement[]): HTMLElement =>
  el('fieldset', { class: 'group' }, el('legend', {}, legend), ...children);

/** An optional section, computed while open; its open state is part of the URL state. */
export function section(id: string, title: string, attrs: Record<string, string>, ...children: HTMLElement[]): HTMLElement {
  return el('details', { id, class: 'group', ...attrs },
    el('summary', {}, `${title} `, opt('computed while open')), ...children);
}

export const hint = (text: string, attrs: Record<string, string> = {}): HTMLElement =>
  el('p', { class: 'hint', ...attrs }, text);

/** An output (data-testid) with its unit slot and a line under it. */
export function output(id: string, o: { unit?: boolean; sub?: string } = {}): HTMLElement[] {
  const parts = [el('span', { 'data-testid': id }, '—')];
  if (o.unit) parts.push(el('span', { class: 'unit', 'data-unit-for': id }));
  if (o.sub) parts.push(el('div', { class: 'sub', 'data-testid': o.sub }));
  return parts;
}

/** A result tile; its note is fixed text or, with `noteOut`, an output of its own (that data-testid); `why`: the report's paths it shows. */
export function kpi(id: string, text: string, o: { unit?: boolean; note?: string; noteOut?: string; primary?: boolean; why?: string[] } = {}): HTMLElement {
  return el('div', { class: o.primary ? 'kpi primary' : 'kpi' }, el('div', { class: 'kpi-label' }, text, o.why && whyButton(id, o.why, text)),
    el('div', { class: 'kpi-value' }, ...output(id, { unit: o.unit })),
    el('div', o.noteOut ? { class: 'kpi-note', 'data-testid': o.noteOut } : { class: 'kpi-note' }, o.note ?? ''),
    o.why && whyPanel(id));
}

/** A row of a key-value table: the label (with a remark under it) and the value's cell; `why`: [key, the report's paths]. */
export function row(text: string, note: string | null, cell: HTMLElement[], attrs: Record<string, string> = {}, explained?: [string, string[]]): HTMLElement {
  return el('tr', attrs, el('th', { scope: 'row' }, ...spaced(text, explained && whyButton(explained[0], explained[1], text), note !== null && opt(note))),
    el('td', {}, ...cell, explained && whyPanel(explained[0])));
}

export const kvTable = (...rows: HTMLElement[]): HTMLElement => el('table', { class: 'kv' }, el('tbody', {}, ...rows));

/** A key-value table built at render time: [label, value, data-testid of the value?, the report's paths it shows?] per row. */
export function kvRows(rows: [string, string | HTMLElement, string?, string[]?][]): HTMLElement {
  return kvTable(...rows.map(([k, v, id, paths]) => {
    const [button, panel] = paths && id ? why(id, paths, k) : [null, null];
    return el('tr', {}, el('th', { scope: 'row' }, k, button), el('td', {}, el('span', id ? { 'data-testid': id } : {}, v), panel));
  }));
}

/** A results card under a heading, with a remark (or an output) beside the heading. */
export function card(attrs: Record<string, string>, title: string, remark: HTMLElement | null, ...children: HTMLElement[]): HTMLElement {
  return el('div', { class: 'card', ...attrs }, el('h2', {}, ...spaced(title, remark)), ...children);
}

/** The state badge and its one-line summary, at the top of a product's summary card. */
export function stateLine(id: string): HTMLElement {
  return el('div', { class: 'state-line' },
    el('span', { class: 'badge', 'data-testid': id, 'data-state': '' }, '—'),
    el('span', { class: 'state-summary', 'data-testid': `${id}Summary`, 'aria-live': 'polite' }));
}

/** A table of columns that stacks into rows on phones. */
export function gridTable(attrs: Record<string, string>, heads: string[]): HTMLElement {
  return el('div', { class: 'table-wrap' }, el('table', { ...attrs, class: `grid-table stack${attrs.class ? ` ${attrs.class}` : ''}` },
    el('thead', {}, el('tr', {}, ...heads.map((h) => el('th', { scope: 'col' }, h)))), el('tbody')));
}

/** The coin names of a pair as typed ("btc-usdt" → BTC, USDT), for labels only. */
export function pairCoins(pair: string): { base: string; quote: string } {
  const m = /^\s*([^/\-\s]+)\s*[/-]\s*([^/\-\s]+)\s*$/.exec(pair);
  return m ? { base: m[1].toUpperCase(), quote: m[2].toUpperCase() } : { base: 'base', quote: 'quote' };
}
