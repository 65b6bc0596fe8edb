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
  const testId = (id: string): HTMLElement => {
    const e = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    if (!e) throw new Error(`[data-testid=${id}] is missing from the markup`);
    return e;
  };
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
      testId(id).textContent = text;
      const u = root.querySelector<HTMLElement>(`[data-unit-for="${id}"]`);
      if (u) u.textContent = unit && text !== '—' && !text.startsWith('— ') ? ` ${unit}` : '';
    },
    show(id, on) {
      $(id).hidden = !on;
    },
    all<E extends Element = HTMLElement>(selector: string): E[] {
      return [...root.querySelectorAll<E>(selector)];
    },
  };
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
