// Typed text → numbers for the scenario, and back (the element's `scenario` setter fills the
// inputs). Reading only: no arithmetic on a result; the core checks every value's range.

import type { Values } from './state';

/** "3,299,800" → 3299800; "1 000.5" → 1000.5; "" → undefined; "abc" → NaN. */
export function parseNumber(text: string): number | undefined {
  const t = text.replace(/[\s,_'\u00a0\u2009\u202f]/g, '').replace(/^\u2212/, '-');
  if (t === '') return undefined;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return NaN;
  return Number(t);
}

/** x / 100 without the binary noise of the division: 0.01 → 0.0001, 4 → 0.04. */
export function fromPercent(x: number): number {
  return Number((x / 100).toPrecision(15));
}

/** The inverse, for filling a percent input: 0.0001 → "0.01". */
export function percentText(x: number): string {
  return String(Number((x * 100).toPrecision(15)));
}

export type Num = (id: string, percent?: boolean) => number | undefined;
export type Put = (into: Record<string, unknown>, key: string, n: number | undefined) => void;

/**
 * Reads number inputs by id: empty is undefined, text that is not a number is a field error
 * ("not a number"), and `percent` turns 4 into 0.04. `put` copies the given ones into an object.
 */
export function numberReader(v: Values, errors: Map<string, string>): { num: Num; put: Put } {
  const num = (id: string, percent = false): number | undefined => {
    const n = parseNumber(v[id] ?? '');
    if (n === undefined) return undefined;
    if (Number.isNaN(n)) {
      errors.set(id, 'not a number');
      return undefined;
    }
    if (!Number.isFinite(n)) {
      errors.set(id, 'is too large');
      return undefined;
    }
    return percent ? fromPercent(n) : n;
  };
  const put: Put = (into, key, n) => {
    if (n !== undefined) into[key] = n;
  };
  return { num, put };
}

/** "19,500\n29,000", "19500 29000", "19,500, 29,000" → the numbers; an entry that is not one → its error. */
export function parsePrices(text: string): { prices: number[] } | { error: string } {
  const parts = text.replace(/,\s+/g, ' ').split(/[\s;]+/).filter((t) => t !== '');
  const prices: number[] = [];
  for (const [i, t] of parts.entries()) {
    const n = parseNumber(t);
    if (n === undefined || !Number.isFinite(n)) return { error: `price ${i + 1} ("${t}") is not a number` };
    prices.push(n);
  }
  return { prices };
}

/** A list of mark prices (one textarea) as a scenario's `path`, when its section is open; `what` names the prices in the message. */
export function readPricePath(text: string, into: Record<string, unknown>, errors: Map<string, string>, id: string, what: string): void {
  const r = parsePrices(text);
  if ('error' in r) errors.set(id, r.error);
  else if (r.prices.length) into.path = { prices: r.prices };
  else errors.set(id, `enter at least one ${what}`);
}

/** A part of a scenario: an object, or absent. */
export type Part = Record<string, unknown> | undefined;

/**
 * Writes a scenario's parts into input values for `fill`: numbers as plain text, percents
 * scaled, a key the part lacks as empty (not given), and every key of a part not taken named in
 * `ignored`. A part that is absent (`from` undefined) leaves its inputs as they are.
 */
export function valueWriter(values: Values, ignored: string[]) {
  const taken = new WeakMap<object, Set<string>>();
  const mark = (from: Record<string, unknown>, key: string): void => {
    let set = taken.get(from);
    if (!set) taken.set(from, (set = new Set()));
    set.add(key);
  };
  return {
    /** A number (or a percent) into an input; absent → empty. */
    num(from: Part, key: string, id: string, percent = false): void {
      if (!from) return;
      const x = from[key];
      mark(from, key);
      values[id] = typeof x === 'number' ? (percent ? percentText(x) : String(x)) : x === undefined ? '' : String(x);
    },
    /** A string or boolean into a select, text input or checkbox; a key the part lacks → `absent`. */
    text(from: Part, key: string, id: string, absent = ''): void {
      if (!from) return;
      const x = from[key];
      mark(from, key);
      values[id] = typeof x === 'boolean' ? (x ? '1' : '') : x === undefined ? absent : String(x);
    },
    /** A key read some other way. */
    take(from: Part, ...keys: string[]): void {
      if (from) for (const k of keys) mark(from, k);
    },
    /** A nested part (an object), taken; undefined when absent. */
    part(from: Part, key: string): Part {
      if (!from) return undefined;
      mark(from, key);
      const x = from[key];
      return x && typeof x === 'object' && !Array.isArray(x) ? x as Record<string, unknown> : undefined;
    },
    /** An optional section's part: its <details> open while the part is there. */
    section(from: Record<string, unknown>, key: string, id: string): Part {
      const x = this.part(from, key);
      values[id] = x ? '1' : '';
      return x;
    },
    /** A price list into a textarea, one per line. */
    prices(from: Part, id: string): void {
      if (!from) return;
      mark(from, 'prices');
      if (Array.isArray(from.prices)) values[id] = from.prices.map(String).join('\n');
    },
    /** Names what was not taken of `from` (nested objects by their own calls). */
    rest(from: Part, path: string): void {
      if (!from) return;
      const set = taken.get(from) ?? new Set();
      for (const k of Object.keys(from)) if (!set.has(k)) ignored.push(path ? `${path}.${k}` : k);
    },
  };
}
