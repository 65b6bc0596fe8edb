// Option inputs → an OptionScenario, plus the errors found before asking the
// core (text that is not a number, a tier line that is not "tier | max contracts | MM per
// contract", a path price that is not a number). Empty fields are left out so the core names them.

import type { OptionScenario, OptionTierRow } from 'isomargin';
import type { Values } from '../shared/state';
import type { Read } from '../shared/product';
import { listNumber, numberReader, readPricePath, type ReadNotes } from '../shared/numbers';
import type { LocaleNumbers } from '../shared/locale';

/** "1 | 100 | 0.005" per line (|, ; or tabs between; spaces too): the rows; blank lines skipped. */
export function parseOptionTiers(text: string, okx: boolean, nums: LocaleNumbers): { rows: OptionTierRow[] } | { error: string } {
  const rate = okx ? 'margin factor' : 'MM per contract';
  const rows: OptionTierRow[] = [];
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const parts = (/[|;\t]/.test(line) ? line.split(/\s*[|;\t]\s*/) : line.split(/\s+/)).filter((t) => t !== '');
    if (parts.length !== 3) {
      return { error: `line ${i + 1}: expected "tier | max contracts | ${rate}", e.g. 2 | 200 | ${nums.format(okx ? 1.02 : 0.006)}` };
    }
    const n = parts.map((t) => listNumber(nums, t, `line ${i + 1}: "${t}"`));
    const bad = n.find((x) => typeof x === 'string');
    if (bad !== undefined) return { error: bad as string };
    // Passed on as typed; the core checks numbering, order and signs and names the row.
    const row: OptionTierRow = { tier: n[0] as number, maxSz: n[1] as number };
    if (okx) row.marginFactor = n[2] as number; else row.mmPerContract = n[2] as number;
    rows.push(row);
  }
  if (rows.length === 0) return { error: `enter at least one tier: tier | max contracts | ${rate}` };
  return { rows };
}

export function readOption(v: Values, nums: LocaleNumbers, notes?: ReadNotes): Read<OptionScenario> {
  const errors = new Map<string, string>();
  const { num, put } = numberReader(v, errors, nums, notes);
  const s: Record<string, unknown> = { product: 'option', side: v.oSide === 'long' ? 'long' : 'short' };
  const pair = (v.oPair ?? '').trim();
  if (pair) s.pair = pair;

  const p: Record<string, unknown> = {};
  put(p, 'contracts', num('oContracts'));
  put(p, 'averagePrice', num('oAveragePrice'));
  put(p, 'multiplier', num('oMultiplier'));
  put(p, 'ctVal', num('oCtVal'));
  put(p, 'initialMargin', num('oInitialMargin'));
  put(p, 'marginAdjustment', num('oMarginAdjustment'));
  s.position = p;

  put(s, 'markPrice', num('oMarkPrice'));
  put(s, 'takerFee', num('oTakerFee', true));
  if (v.oMmSource === 'amount') {
    put(s, 'maintenanceMargin', num('oMaintenanceMargin'));
  } else {
    const okx = v.oMmSource === 'okx';
    const t = parseOptionTiers(v.oTierRows ?? '', okx, nums);
    if ('error' in t) errors.set('oTierRows', t.error);
    else s.tiers = { rows: t.rows };
    if (okx) {
      const o: Record<string, unknown> = { optionType: v.oOptionType === 'put' ? 'put' : 'call' };
      put(o, 'c', num('oC'));
      s.okx = o;
    }
  }
  if (v.oMmIncludesMark === '1' && s.side === 'short' && v.oMmSource !== 'okx') s.mmIncludesMark = true;
  put(s, 'alertRatio', num('oAlertRatio', true));

  if (v.oPath === '1') readPricePath(v.oPathPrices ?? '', s, errors, 'oPathPrices', 'option mark price', nums);
  return { scenario: s as unknown as OptionScenario, errors };
}
