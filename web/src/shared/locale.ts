// Numbers typed in the user's locale, read by @internationalized/number's NumberParser and checked
// against the separators Intl.NumberFormat reports: a group mark only where that locale puts one,
// one decimal mark. Every text is also read under the other common convention (decimal point ↔
// decimal comma), because traders paste numbers from English pages and APIs: a text only that one
// reads is taken and shown back in the user's format; a single decimal mark followed by exactly three
// digits ("1,234" in de-DE) could just as well be a thousands separator, and is asked about at its
// field instead of being read one way silently. Links and files hold plain JSON numbers (neutral).

import { NumberParser } from '@internationalized/number';

/** What the user typed into a number input. */
export type Reading =
  | { kind: 'empty' }
  /** `shown`: the value in the user's format, when the text was not written that way. */
  | { kind: 'number'; value: number; shown: string | null }
  | { kind: 'invalid' }
  /** [the locale's decimal reading, the thousands reading]; `mark` is the separator in question. */
  | { kind: 'ambiguous'; readings: [number, number]; mark: string };

const SPACES = /[ \u00a0\u2009\u202f]/g;
const APOSTROPHES = /['’]/g;

/** One way of writing numbers: a locale's decimal and group marks, read by NumberParser. */
class Convention {
  readonly decimal: string;
  readonly group: string;
  readonly minus: string;
  private readonly parser: NumberParser;
  /** Integers grouped the way this locale groups them: the check that a typed group mark is where it belongs. */
  private readonly grouped: Intl.NumberFormat;

  constructor(readonly locale: string) {
    const parts = new Intl.NumberFormat(locale).formatToParts(-1234567.5);
    const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    this.decimal = part('decimal') || '.';
    this.group = part('group');
    this.minus = part('minusSign') || '-';
    this.parser = new NumberParser(locale);
    this.grouped = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true });
  }

  /** The text in this convention's own marks: spaces and apostrophes are group marks, either minus is its minus. */
  private normal(text: string): string {
    const g = this.group || ',';
    return text.replace(SPACES, g).replace(APOSTROPHES, g).replace(/^[-\u2212]/, this.minus);
  }

  /** The number the text is in this convention, or null. Exponents (1e-7, 2.5E3) are read part by part. */
  read(text: string): number | null {
    const t = this.normal(text);
    if (!this.parser.isValidPartialNumber(t)) return this.exponent(t);
    if (!/\p{Nd}/u.test(t)) return null;  // a sign or a mark alone
    const at = t.indexOf(this.decimal);
    const int = (at < 0 ? t : t.slice(0, at)).replace(this.minus, '').replace('+', '');
    const fraction = at < 0 ? '' : t.slice(at + this.decimal.length);
    if (this.group && fraction.includes(this.group)) return null;
    if (this.group && int.includes(this.group)) {
      const digits = int.split(this.group).join('');
      const n = this.parser.parse(digits);
      // Grouped as this locale groups the same digits, or not a grouping at all (1.5 in de-DE is not 15).
      if (this.grouped.format(Number.isSafeInteger(n) ? n : digits as unknown as number) !== int) return null;
    }
    const value = this.parser.parse(t);
    return Number.isNaN(value) ? null : value;
  }

  private exponent(t: string): number | null {
    const parts = t.split(/[eE]/);
    if (parts.length !== 2 || !parts[0] || !parts[1]) return null;
    const mantissa = this.read(parts[0]);
    const exp = this.parser.isValidPartialNumber(parts[1]) && !parts[1].includes(this.decimal)
      && !(this.group && parts[1].includes(this.group)) ? this.parser.parse(parts[1]) : NaN;
    if (mantissa === null || !Number.isInteger(exp)) return null;
    const [m, e = '0'] = String(mantissa).split('e');
    return Number(`${m}e${Number(e) + exp}`);
  }
}

const conventions = new Map<string, Convention>();
function convention(locale: string): Convention {
  let c = conventions.get(locale);
  if (!c) conventions.set(locale, (c = new Convention(locale)));
  return c;
}

/** Links, files and the markup's defaults: plain numbers (and older links' en-US text, 19,500). */
const NEUTRAL = 'en-US';

/** The language to use: the first of the browser's languages that Intl supports, else en-US. */
export function browserLocale(): string {
  const langs = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  for (const l of langs) {
    try {
      const [c] = Intl.NumberFormat.supportedLocalesOf(l);
      if (c) return c;
    } catch { /* not a tag */ }
  }
  return NEUTRAL;
}

/** The locale menu's choices: a few number conventions traders meet, each named in its own language. */
export const LOCALES: [string, string][] = [
  ['en-US', 'English (US) · 1,234.5'], ['en-GB', 'English (UK) · 1,234.5'], ['de-DE', 'Deutsch · 1.234,5'],
  ['fr-FR', 'Français · 1 234,5'], ['es-ES', 'Español · 1234,5'], ['it-IT', 'Italiano · 1.234,5'],
  ['pt-BR', 'Português (BR) · 1.234,5'], ['nl-NL', 'Nederlands · 1.234,5'], ['pl-PL', 'Polski · 1234,5'],
  ['ru-RU', 'Русский · 1 234,5'], ['tr-TR', 'Türkçe · 1.234,5'], ['de-CH', 'Deutsch (CH) · 1’234.5'],
  ['sv-SE', 'Svenska · 1 234,5'], ['ja-JP', '日本語 · 1,234.5'], ['zh-CN', '中文 · 1,234.5'], ['ko-KR', '한국어 · 1,234.5'],
  ['hi-IN', 'हिन्दी (IN) · 1,234.5'], ['vi-VN', 'Tiếng Việt · 1.234,5'], ['id-ID', 'Indonesia · 1.234,5'],
];

/** A canonical language tag, or null for a bad one. */
export function canonicalLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

export class LocaleNumbers {
  private readonly own: Convention;
  /** The common conventions other than the locale's (decimal point with comma groups, decimal comma with point groups). */
  private readonly others: Convention[];
  private readonly input: Intl.NumberFormat;
  /** Texts the page wrote or the user settled (input id → its text and value): read as that value while unchanged. */
  private readonly settled = new Map<string, { text: string; value: number }>();

  constructor(readonly locale: string) {
    this.own = convention(locale);
    this.others = [convention('en-US'), convention('de-DE')]
      .filter((c) => c.decimal !== this.own.decimal || c.group !== this.own.group);
    this.input = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, useGrouping: true });
  }

  /** The separator names the messages use. */
  get decimal(): string {
    return this.own.decimal;
  }

  /** Readings of texts already read: a keystroke changes one field, and the page reads them all. */
  private readonly memo = new Map<string, Readonly<Reading>>();

  /** A typed text: its number, or why there is none; `id` applies a settled reading. */
  read(text: string, id?: string): Reading {
    const settled = id ? this.settled.get(id) : undefined;
    if (settled && settled.text === text) return { kind: 'number', value: settled.value, shown: null };
    let r = this.memo.get(text);
    if (!r) {
      if (this.memo.size >= 1000) this.memo.clear();  // bounded: typing makes a new text per key
      this.memo.set(text, (r = Object.freeze(this.parse(text))));
    }
    return r;
  }

  private parse(text: string): Reading {
    const t = text.trim().replace(/_/g, '');
    if (t === '') return { kind: 'empty' };
    const mine = this.own.read(t);
    const theirs = [...new Set(this.others.map((c) => c.read(t)).filter((x): x is number => x !== null))]
      .filter((x) => !Object.is(x, mine));
    const asked = (a: number, b: number): Reading => ({
      kind: 'ambiguous', readings: Math.abs(a) <= Math.abs(b) ? [a, b] : [b, a], mark: /[.,]/.exec(t)?.[0] ?? this.own.decimal,
    });
    if (mine !== null) {
      // Another convention reads it differently: fine where the locale took the mark for a group
      // mark (1,234 in en-US); where it took it for its decimal mark, three digits after it may as well be thousands.
      if (theirs.length && t.includes(this.own.decimal)) return asked(mine, theirs[0]);
      return { kind: 'number', value: mine, shown: /[eE_]/.test(text) ? this.format(mine) : null };
    }
    if (theirs.length === 0) return { kind: 'invalid' };
    if (theirs.length > 1) return asked(theirs[0], theirs[1]);
    return { kind: 'number', value: theirs[0], shown: this.format(theirs[0]) };
  }

  /** A number as the user would type it here: grouped, every digit kept. */
  format(n: number): string {
    if (!Number.isFinite(n)) return String(n);
    const a = Math.abs(n);
    return a !== 0 && (a < 1e-20 || a >= 1e21) ? String(n).replace('.', this.own.decimal) : this.input.format(n);
  }

  /** Writes `n` for the input `id`: the text, settled when it alone would be asked about. */
  write(id: string, n: number): string {
    const text = this.format(n);
    this.settled.delete(id);
    if (this.read(text).kind === 'ambiguous') this.settled.set(id, { text, value: n });
    return text;
  }

  /** The user answered which reading of `text` they meant. */
  settle(id: string, text: string, value: number): void {
    this.settled.set(id, { text, value });
  }

  /** A typed text as a plain number for a link or a file; text that is no number stays as it is. */
  neutral(text: string, id?: string): string {
    const r = this.read(text, id);
    return r.kind === 'number' && Number.isFinite(r.value) ? String(r.value) : text;
  }

  /** A link's or a file's number in this locale's format (for the input `id`, or a list's entry); other text as it is. */
  fromNeutral(text: string, id?: string): string {
    const n = text.trim() === '' ? null : convention(NEUTRAL).read(text.trim());
    if (n === null || !Number.isFinite(n)) return text;
    return id ? this.write(id, n) : this.format(n);
  }

  /** Each number of a list (prices, fills, tiers) through `f`; the separators between them kept. */
  static mapList(text: string, f: (token: string) => string): string {
    return text.replace(/[^\s;|×*]+/g, f);
  }
}

/** A mark's name in a message: "comma", "point". */
export function markName(mark: string): string {
  return mark === ',' ? 'comma' : mark === '.' ? 'point' : `“${mark}”`;
}
