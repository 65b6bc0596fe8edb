// The custom tier table: JSON pasted from OKX, either the rows themselves
// ([{tier,minSz,maxSz,mmr,imr,maxLever}, …]) or the API's whole response ({"code":"0","data":[…]}),
// where every number is a string. Only the six fields the core knows are kept; numeric strings
// become numbers; anything else is passed on as is so the core can name the bad row and field.

import type { TierRow } from 'isomargin';

const FIELDS = ['tier', 'minSz', 'maxSz', 'mmr', 'imr', 'maxLever'] as const;

export type TierParse = { ok: true; rows: TierRow[] } | { ok: false; message: string };

/** A numeric string as a number (exchange APIs send "0.004"); anything else as it is, for the core to name. */
export function toNumber(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (t === '') return v;
  const n = Number(t);
  return Number.isFinite(n) ? n : v;
}

/** Pasted JSON: its value, or the message for the field (`empty` when nothing was pasted). */
export function pastedJson(text: string, empty: string): { ok: true; json: unknown } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: false, message: empty };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
}

export function parseTierRows(text: string): TierParse {
  const pasted = pastedJson(text, 'paste a tier table (JSON)');
  if (!pasted.ok) return pasted;
  const { json } = pasted;
  const list = Array.isArray(json)
    ? json
    : json && typeof json === 'object' && Array.isArray((json as { data?: unknown }).data)
      ? (json as { data: unknown[] }).data
      : null;
  if (!list) return { ok: false, message: 'expected an array of tier rows, or an object with a "data" array' };
  const rows = list.map((row) => {
    if (!row || typeof row !== 'object' || Array.isArray(row)) return row;
    const out: Record<string, unknown> = {};
    for (const k of FIELDS) {
      if (Object.hasOwn(row, k)) out[k] = toNumber((row as Record<string, unknown>)[k]);
    }
    return out;
  });
  // Not checked here: the core validates every row and names the bad one (tiers.rows[2].mmr).
  return { ok: true, rows: rows as TierRow[] };
}

/** Compact JSON for the textarea: one row per line. */
export function formatTierRows(rows: TierRow[]): string {
  return '[\n' + rows.map((r) => '  ' + JSON.stringify({
    tier: r.tier, minSz: r.minSz, maxSz: r.maxSz, mmr: r.mmr, imr: r.imr, maxLever: r.maxLever,
  })).join(',\n') + '\n]';
}
