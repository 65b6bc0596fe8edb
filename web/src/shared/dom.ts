// Small DOM helpers. Text only (textContent), never HTML strings; classes, never inline styles.
// Ids are looked up in a `Ui`: the document for the page and the embed, a shadow root for the
// custom element, so two calculators on one page never see each other's ids.

import { formatsFor, type Formats } from './format';
import { LocaleNumbers } from './locale';

export type Root = Document | ShadowRoot;

export interface Ui {
  readonly root: Root;
  /** The locale numbers are read and shown in, its display formats and its number reader. */
  readonly locale: string;
  readonly fmt: Formats;
  readonly numbers: LocaleNumbers;
  /** Reads and shows numbers in another locale from now on. */
  setLocale(locale: string): void;
  /** The element with this id; throws when the markup lacks it (a bug, not an input). */
  $(id: string): HTMLElement;
  /** The element with this data-testid (outputs are named so for the tests and the docs). */
  testId(id: string): HTMLElement;
  /** Sets an output's text and, when the markup has a unit slot for it, its coin. */
  put(id: string, text: string, unit?: string): void;
  show(id: string, on: boolean): void;
  all<E extends Element = HTMLElement>(selector: string): E[];
}

export function uiOf(root: Root, locale = 'en-US'): Ui {
  const $ = (id: string): HTMLElement => {
    const e = root.getElementById(id);
    if (!e) throw new Error(`#${id} is missing from the markup`);
    return e as HTMLElement;
  };
  // An output and its unit slot (markup.ts builds them together), looked up once: a keystroke
  // writes dozens. Kept while the output stays in this root.
  const outputs = new Map<string, { out: HTMLElement; unit: HTMLElement | null }>();
  const output = (id: string): { out: HTMLElement; unit: HTMLElement | null } => {
    const known = outputs.get(id);
    if (known && known.out.isConnected && known.out.getRootNode() === root) return known;
    const out = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!out) throw new Error(`[data-testid=${id}] is missing from the markup`);
    const found = { out, unit: root.querySelector<HTMLElement>(`[data-unit-for="${id}"]`) };
    outputs.set(id, found);
    return found;
  };
  const testId = (id: string): HTMLElement => output(id).out;
  let fmt = formatsFor(locale);
  let numbers = new LocaleNumbers(locale);
  return {
    root,
    get locale() { return fmt.locale; },
    get fmt() { return fmt; },
    get numbers() { return numbers; },
    setLocale(l) {
      fmt = formatsFor(l);
      numbers = new LocaleNumbers(l);
    },
    $,
    testId,
    put(id, text, unit = '') {
      const { out, unit: u } = output(id);
      setText(out, text);
      if (u) setText(u, unit && text !== '—' && !text.startsWith('— ') ? ` ${unit}` : '');
    },
    show(id, on) {
      setHidden($(id), !on);
    },
    all<E extends Element = HTMLElement>(selector: string): E[] {
      return [...root.querySelectorAll<E>(selector)];
    },
  };
}

// Writes only what changed: the same text written again still replaces the text node, and the
// layout of everything around it is done again in the next frame.
export function setText(e: Element, text: string): void {
  if (e.textContent !== text) e.textContent = text;
}
export function setHidden(e: HTMLElement, hidden: boolean): void {
  if (e.hidden !== hidden) e.hidden = hidden;
}
/** Sets a data-* value unless it already holds it. */
export function setData(e: HTMLElement, key: string, value: string): void {
  if (e.dataset[key] !== value) e.dataset[key] = value;
}
/** Replaces `target`'s children unless the new ones are the same markup (their listeners are not compared: for lists of text). */
export function replaceIfChanged(target: Element, ...children: (Node | string)[]): void {
  const next = document.createElement('div');
  next.append(...children);
  if (next.innerHTML !== target.innerHTML) target.replaceChildren(...next.childNodes);
}

/** A results table's body (the markup builds every table with one). */
export function tbody(table: HTMLElement): HTMLTableSectionElement {
  const body = table.querySelector('tbody');
  if (!body) throw new Error(`#${table.id || table.dataset.testid} has no tbody`);
  return body;
}

type Child = Node | string | null | undefined | false;

/** Creates an element: el('td', { class: 'num' }, '1.00', el('span', {}, 'BTC')). */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c);
  }
  return e;
}

/** A number followed by its coin, as one inline unit: "10,000.00 USDT". */
export function money(text: string, coin: string): HTMLElement {
  return el('span', { class: 'money' }, text, text.startsWith('—') ? '' : el('span', { class: 'unit' }, ` ${coin}`));
}

/** data-sign for a PnL: up, down or nothing. */
export function sign(x: number | null): string {
  return x === null ? '' : x > 0 ? 'up' : x < 0 ? 'down' : '';
}
