// Display rounding, and nothing else: every number shown comes from the core's report and is
// only rounded here, in the user's locale (the same one the inputs are read in, locale.ts).
// null, undefined, NaN and ±Infinity all print as a dash.

export const DASH = '—';

/** The formatters of one locale, each created once, on first use. */
function formatters(locale: string): (options: Intl.NumberFormatOptions) => Intl.NumberFormat {
  const cache = new Map<string, Intl.NumberFormat>();
  return (options) => {
    const key = JSON.stringify(options);
    let f = cache.get(key);
    if (!f) {
      f = new Intl.NumberFormat(locale, options);
      cache.set(key, f);
    }
    return f;
  };
}

type Sign = 'auto' | 'exceptZero';

function finite(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** One locale's display formats; `formatsFor` keeps one set per locale. */
function create(locale: string) {
  const nf = formatters(locale);

  /** Up to 8 significant digits, never rounding away integer digits: 110.5, 0.090909091, 1,234,567.1. */
  function significant(x: number, sign: Sign): string {
    if (x === 0) return '0';
    const intDigits = Math.abs(x) >= 1 ? Math.floor(Math.log10(Math.abs(x))) + 1 : 0;
    if (intDigits === 0) return nf({ maximumSignificantDigits: 8, signDisplay: sign }).format(x);
    return nf({ maximumFractionDigits: Math.max(0, 8 - intDigits), signDisplay: sign }).format(x);
  }

  /** Prices: 2 dp from 100 up (93,103.00), up to 4 dp from 1 to 100, 8 significant digits below 1. */
  function price(x: number | null | undefined): string {
    if (!finite(x)) return DASH;
    const a = Math.abs(x);
    if (a >= 100) return nf({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
    if (a >= 1) return nf({ minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(x);
    return significant(x, 'auto');
  }

  /**
   * An amount of `coin`. The quote coin gets 2 dp (128,180.00; 0.00), more below 1 (0.00123);
   * other coins get up to 8 significant digits (110.5 BTC, 0.1 BTC, 0.090909091 BTC).
   */
  function amount(x: number | null | undefined, coin: string, quote: string, sign: Sign = 'auto'): string {
    if (!finite(x)) return DASH;
    if (coin === quote) {
      const small = x !== 0 && Math.abs(x) < 1;
      return nf({ minimumFractionDigits: 2, maximumFractionDigits: small ? 8 : 2, signDisplay: sign }).format(x);
    }
    return significant(x, sign);
  }

  /** A ratio as a percentage with 2 dp and no grouping: 0.7415576 → "74.16%", 13.2507 → "1325.07%". */
  function percent(x: number | null | undefined, sign: Sign = 'auto'): string {
    if (!finite(x)) return DASH;
    return nf({
      style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false, signDisplay: sign,
    }).format(x);
  }

  /** A rate as a short percentage: 0.04 → "4%", 0.0625 → "6.25%". */
  function rate(x: number | null | undefined): string {
    if (!finite(x)) return DASH;
    return nf({ style: 'percent', maximumSignificantDigits: 6 }).format(x);
  }

  /** Leverage: 10 → "10×", 9.09 → "9.09×". */
  function leverage(x: number | null | undefined): string {
    if (!finite(x)) return DASH;
    return nf({ maximumFractionDigits: 2 }).format(x) + '×';
  }

  /** A whole count (tier numbers). */
  function count(x: number | null | undefined): string {
    if (!finite(x)) return DASH;
    return nf({ maximumFractionDigits: 0 }).format(x);
  }

  /** A price distance (a spread, a difference), rounded like the price `ref` it is measured from. */
  function priceGap(x: number | null | undefined, ref: number | null | undefined): string {
    if (!finite(x)) return DASH;
    if (finite(ref) && Math.abs(ref) >= 100) return nf({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
    return price(x);
  }

  /** A price difference with its sign (+45.39, −6.83); zero prints as "same". */
  function priceDelta(x: number | null | undefined, ref: number | null | undefined): string {
    if (!finite(x)) return DASH;
    if (x === 0) return 'same';
    return (x > 0 ? '+' : '\u2212') + priceGap(Math.abs(x), ref);
  }

  /** Axis ticks: 95K, 1.2M. */
  function compact(x: number): string {
    return nf({ notation: 'compact', maximumSignificantDigits: 4 }).format(x);
  }

  /**
   * A number of an explanation's substituted line, with every digit the core printed, in this
   * locale: 29000 → "29.000", 0.09090909090909091 → "0,09090909090909091" (de-DE). Never
   * negative: the line's minus is its own text. Exponents past ±20 stay scientific.
   */
  function exact(x: number): string {
    if (!finite(x)) return DASH;
    const a = Math.abs(x);
    if (a !== 0 && (a < 1e-20 || a >= 1e21)) return nf({ notation: 'scientific', maximumFractionDigits: 16 }).format(x);
    return nf({ maximumFractionDigits: 20 }).format(x);
  }

  /** Days on a histogram's axis: 1.5. */
  function oneDecimal(x: number): string {
    return nf({ maximumFractionDigits: 1 }).format(x);
  }

  return { locale, DASH, price, amount, percent, rate, leverage, count, priceGap, priceDelta, compact, oneDecimal, exact };
}

export type Formats = ReturnType<typeof create>;

const sets = new Map<string, Formats>();
export function formatsFor(locale: string): Formats {
  let f = sets.get(locale);
  if (!f) sets.set(locale, (f = create(locale)));
  return f;
}
