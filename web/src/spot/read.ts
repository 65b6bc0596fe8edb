// Spot margin's inputs → a Scenario for the core, plus the errors found before asking it (text
// that is not a number, a tier table that is not JSON). Empty optional fields are left out; empty
// required ones too, so that the core names what is missing. Each optional section goes in only
// while it is open.

import type { Scenario } from 'isomargin';
import type { Values } from '../shared/state';
import type { Read } from '../shared/product';
import { numberReader, parsePrices, type Num, type ReadNotes } from '../shared/numbers';
import type { LocaleNumbers } from '../shared/locale';
import { parseTierRows } from '../shared/tiers';

/** The price path and the chance-of-liquidation inputs → `path` and `probability`. */
function readScenarioExtras(v: Values, num: Num, into: Record<string, unknown>, errors: Map<string, string>, nums: LocaleNumbers): void {
  if (v.path === '1') {
    if (v.pathBy === 'list') {
      const r = parsePrices(v.pathPrices ?? '', nums);
      if ('error' in r) errors.set('pathPrices', r.error);
      else into.path = { prices: r.prices };
    } else {
      const p: Record<string, unknown> = {};
      for (const [key, id] of [['from', 'pathFrom'], ['to', 'pathTo'], ['steps', 'pathSteps']]) {
        const n = num(id);
        if (n !== undefined) p[key] = n;
      }
      into.path = p;
    }
  }
  if (v.probability === '1') {
    const p: Record<string, unknown> = {};
    for (const [key, id, pct] of [['volatility', 'volatility', true], ['days', 'horizonDays', false], ['drift', 'drift', true]] as const) {
      const n = num(id, pct);
      if (n !== undefined) p[key] = n;
    }
    into.probability = p;
  }
}

export function readSpot(v: Values, nums: LocaleNumbers, notes?: ReadNotes): Read<Scenario> {
  const errors = new Map<string, string>();

  const { num, put } = numberReader(v, errors, nums, notes);

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
  readScenarioExtras(v, num, s, errors, nums);
  return { scenario: s as unknown as Scenario, errors };
}
