// The price path and the chance-of-liquidation inputs → the scenario's `path` and `probability`,
// each only while its section is open. Numbers are read by form.ts's reader (`num`).

import type { Values } from './state';
import { parseNumber } from './form';

type Num = (id: string, percent?: boolean) => number | undefined;

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

export function readScenarioExtras(
  v: Values, num: Num, into: Record<string, unknown>, errors: Map<string, string>,
): void {
  if (v.path === '1') {
    if (v.pathBy === 'list') {
      const r = parsePrices(v.pathPrices ?? '');
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
