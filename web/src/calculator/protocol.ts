// The messages between an embedded calculator and its host (docs/embedding.md, with their JSON
// Schema): the embed posts `isomargin:resize` and `isomargin:result` to its parent and takes
// `isomargin:set` from it; the custom element dispatches the same result objects as events.

import type { Outcome } from './calculator';

export const RESIZE = 'isomargin:resize';
export const RESULT = 'isomargin:result';
export const SET = 'isomargin:set';

export interface ResizeMessage { type: typeof RESIZE; height: number }
export type ResultMessage =
  | { type: typeof RESULT; product: Outcome['product']; scenario: unknown; report: unknown }
  | { type: typeof RESULT; product: Outcome['product']; scenario: unknown; error: NonNullable<Outcome['error']> };
export interface SetMessage { type: typeof SET; values: Record<string, string | number | boolean> }

export function resultMessage(o: Outcome): ResultMessage {
  return o.error === null
    ? { type: RESULT, product: o.product, scenario: o.scenario, report: o.report }
    : { type: RESULT, product: o.product, scenario: o.scenario, error: o.error };
}

/** A message of this protocol (its type says so), whatever its shape otherwise. */
export function isOurs(data: unknown): data is { type: string } {
  return typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string'
    && (data as { type: string }).type.startsWith('isomargin:');
}

/** `isomargin:set` with a plain object of values (strings, numbers, booleans). */
export function isSet(data: { type: string }): data is SetMessage {
  const values = (data as { values?: unknown }).values;
  return data.type === SET && typeof values === 'object' && values !== null && !Array.isArray(values)
    && Object.values(values).every((v) => ['string', 'number', 'boolean'].includes(typeof v));
}
