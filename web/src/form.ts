// The form's text values → a scenario for the core, plus the errors found before asking it
// (text that is not a number, a tier table that is not JSON). Empty optional fields are left out;
// empty required ones too, so that the core names what is missing.

import type { Scenario } from 'isomargin';
import type { Values } from './state';
import { parseTierRows } from './tiers';
import { readScenarioExtras } from './scenario-read';

export type ReadResult = { scenario: Scenario; errors: Map<string, string> };

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

/**
 * Reads number inputs by id: empty is undefined, text that is not a number is a field error
 * ("not a number"), and `percent` turns 4 into 0.04. `put` copies the given ones into an object.
 */
export function numberReader(v: Values, errors: Map<string, string>) {
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
  const put = (into: Record<string, unknown>, key: string, n: number | undefined): void => {
    if (n !== undefined) into[key] = n;
  };
  return { num, put };
}

export function readScenario(v: Values): ReadResult {
  const errors = new Map<string, string>();

  const { num, put } = numberReader(v, errors);

  const s: Record<string, unknown> = {
    product: 'spot-margin',
    side: v.side,
    marginCoin: v.marginCoin,
    mode: v.mode,
  };
  const pair = (v.pair ?? '').trim();
  if (pair) s.pair = pair;

  const order = v.form === 'order';
  if (!order) {
    const p: Record<string, unknown> = {};
    put(p, 'assets', num('assets'));
    put(p, 'liability', num('liability'));
    put(p, 'interest', num('interest'));
    put(p, 'margin', num('margin'));
    put(p, 'entryPrice', num('entryPrice'));
    s.position = p;
  } else {
    const o: Record<string, unknown> = {};
    put(o, 'entryPrice', num('entryPrice'));
    put(o, 'size', num('size'));
    if (v.orderSizing === 'margin') put(o, 'margin', num('orderMargin'));
    else put(o, 'leverage', num('leverage'));
    s.order = o;
    const interest: Record<string, unknown> = {};
    if (v.interestBy === 'rate') {
      put(interest, 'hourlyRate', num('hourlyRate', true));
      put(interest, 'hours', num('hours'));
    } else {
      put(interest, 'accrued', num('interestAccrued'));
    }
    if (Object.keys(interest).length) s.interest = interest;
  }

  put(s, 'markPrice', num('markPrice'));
  put(s, 'lastPrice', num('lastPrice'));
  put(s, 'takerFee', num('takerFee', true));
  if (v.mmrSource === 'preset') {
    s.tiers = { preset: v.tierPreset };
  } else if (v.mmrSource === 'custom') {
    const t = parseTierRows(v.tierRows ?? '');
    if (t.ok) s.tiers = { rows: t.rows };
    else errors.set('tierRows', t.message);
  } else {
    put(s, 'mmr', num('mmr', true));
  }
  put(s, 'alertRatio', num('alertRatio', true));

  if (v.close === '1') {
    const c: Record<string, unknown> = { type: v.closeType === 'order' ? 'order' : 'all' };
    if (c.type === 'order') {
      put(c, 'size', num('closeSize'));
      c.reduceOnly = v.reduceOnly === '1';
    }
    put(c, 'price', num('closePrice'));
    s.close = c;
  }
  if (order && v.preTrade === '1') {
    const multi = v.accountMode === 'multi';
    const t: Record<string, unknown> = { accountMode: multi ? 'multi' : 'single' };
    put(t, 'availableBalance', num('availableBalance'));
    if (multi) {
      put(t, 'adjustedEquity', num('adjustedEquity'));
      put(t, 'pendingHoldEquity', num('pendingHoldEquity'));
    }
    s.preTrade = t;
  }
  readScenarioExtras(v, num, s, errors);
  return { scenario: s as unknown as Scenario, errors };
}
