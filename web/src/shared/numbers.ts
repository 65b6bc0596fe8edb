// Typed text → numbers for the scenario, read in the user's locale (locale.ts), and back (the
// element's `scenario` setter fills the inputs). Reading only: no arithmetic on a result; the core
// checks every value's range.

import type { Values } from './state';
import { LocaleNumbers, markName, type Reading } from './locale';

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

/** What reading a form's numbers found beside the errors: values to show back, texts to ask about. */
export interface ReadNotes {
  /** Input id → the value read, in the user's format, when the text was not written that way. */
  shown: Map<string, string>;
  /** Input id → the two readings of its text (the decimal one first) and the mark in question. */
  asked: Map<string, { text: string; readings: [number, number]; mark: string }>;
}

export const emptyNotes = (): ReadNotes => ({ shown: new Map(), asked: new Map() });

/** The message at a field whose text could be read two ways. */
export function askedMessage(nums: LocaleNumbers, text: string, mark: string): string {
  return `“${text.trim()}”: is the ${markName(mark)} a decimal mark or a thousands separator? Choose below, or type it ${
    nums.decimal === mark ? 'with more or fewer decimals' : 'without the separator'}.`;
}

/** One number of a list (prices, fills): its value, or the message naming the entry. */
export function listNumber(nums: LocaleNumbers, token: string, what: string): number | string {
  const r: Reading = nums.read(token);
  if (r.kind === 'number' && Number.isFinite(r.value)) return r.value;
  if (r.kind === 'ambiguous') {
    return `${what} ("${token}") could be ${nums.format(r.readings[0])} or ${nums.format(r.readings[1])}: `
      + `write ${r.mark === nums.decimal ? 'it with more or fewer decimals' : 'it without the separator'}`;
  }
  return `${what} ("${token}") is not a number`;
}

/**
 * Reads number inputs by id in the user's locale: empty is undefined, text that is not a number is
 * a field error ("not a number"), text that could be read two ways is asked about (`notes.asked`),
 * and `percent` turns 4 into 0.04. `put` copies the given ones into an object.
 */
export function numberReader(v: Values, errors: Map<string, string>, nums: LocaleNumbers, notes: ReadNotes = emptyNotes()): { num: Num; put: Put } {
  const num = (id: string, percent = false): number | undefined => {
    const text = v[id] ?? '';
    const r = nums.read(text, id);
    if (r.kind === 'empty') return undefined;
    if (r.kind === 'invalid') {
      errors.set(id, 'not a number');
      return undefined;
    }
    if (r.kind === 'ambiguous') {
      errors.set(id, askedMessage(nums, text, r.mark));
      notes.asked.set(id, { text, readings: r.readings, mark: r.mark });
      return undefined;
    }
    if (!Number.isFinite(r.value)) {
      errors.set(id, 'is too large');
      return undefined;
    }
    if (r.shown !== null) notes.shown.set(id, r.shown);
    return percent ? fromPercent(r.value) : r.value;
  };
  const put: Put = (into, key, n) => {
    if (n !== undefined) into[key] = n;
  };
  return { num, put };
}

/**
 * A list of prices, one per line or separated by spaces or semicolons (and by ", " where the comma
 * is no decimal mark): the numbers, or the first entry that is not one.
 */
export function parsePrices(text: string, nums: LocaleNumbers): { prices: number[] } | { error: string } {
  const spaced = nums.decimal === ',' ? text : text.replace(/,\s+/g, ' ');
  const parts = spaced.split(/[\s;]+/).filter((t) => t !== '');
  const prices: number[] = [];
  for (const [i, t] of parts.entries()) {
    const n = listNumber(nums, t, `price ${i + 1}`);
    if (typeof n === 'string') return { error: n };
    prices.push(n);
  }
  return { prices };
}

/** A list of mark prices (one textarea) as a scenario's `path`, when its section is open; `what` names the prices in the message. */
export function readPricePath(text: string, into: Record<string, unknown>, errors: Map<string, string>, id: string, what: string, nums: LocaleNumbers): void {
  const r = parsePrices(text, nums);
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
