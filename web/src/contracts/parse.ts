// Pasted text of the contract form → the scenario's lists: fills ("price × contracts" per line)
// and Binance leverage brackets (the leverageBracket API's JSON, USDⓈ-M or COIN-M, or the bare
// array). Only shapes are handled here; the core validates every value and names the bad row.

import type { BracketRow } from 'isomargin';
import { listNumber } from '../shared/numbers';
import type { LocaleNumbers } from '../shared/locale';
import { pastedJson, toNumber } from '../shared/tiers';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** "10,000 × 50" per line (×, x or * between the price and the contracts); blank lines skipped. */
export function parseFills(text: string, nums: LocaleNumbers): Parsed<{ price: number; size: number }[]> {
  const fills: { price: number; size: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '') continue;
    const parts = line.split(/\s*[×xX*]\s*/);
    const example = `e.g. ${nums.format(10000)} × 50`;
    if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, message: `line ${i + 1}: expected "price × contracts", ${example}` };
    const price = listNumber(nums, parts[0], `line ${i + 1}: the price`);
    const size = listNumber(nums, parts[1], `line ${i + 1}: the contracts`);
    if (typeof price === 'string') return { ok: false, message: price };
    if (typeof size === 'string') return { ok: false, message: size };
    fills.push({ price, size });
  }
  if (fills.length === 0) return { ok: false, message: 'enter at least one fill: price × contracts' };
  return { ok: true, value: fills };
}

const BRACKET_FIELDS = ['bracket', 'notionalFloor', 'notionalCap', 'maintMarginRatio', 'cum', 'initialLeverage'] as const;
/** COIN-M brackets are by quantity of coin: the same columns under other names. */
const ALIASES: Record<string, string> = { qtyFloor: 'notionalFloor', qtyCap: 'notionalCap' };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** [{symbol, brackets:[…]}] (the first symbol's), {symbol, brackets} or the brackets array itself. */
export function parseBrackets(text: string): Parsed<BracketRow[]> {
  const pasted = pastedJson(text, 'paste Binance leverage brackets (JSON)');
  if (!pasted.ok) return pasted;
  let { json } = pasted;
  if (Array.isArray(json) && json.length && isObject(json[0]) && Array.isArray(json[0].brackets)) json = json[0].brackets;
  else if (isObject(json) && Array.isArray(json.brackets)) json = json.brackets;
  if (!Array.isArray(json)) return { ok: false, message: 'expected the leverageBracket response or an array of brackets' };
  const rows = json.map((row) => {
    if (!isObject(row)) return row;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row)) {
      const key = ALIASES[k] ?? k;
      if ((BRACKET_FIELDS as readonly string[]).includes(key)) out[key] = toNumber(v);
    }
    return out;
  });
  return { ok: true, value: rows as BracketRow[] };
}
