// The inputs' numbers are typed and shown in the user's locale; the state that leaves the page (a
// link, a host's values, an exported file) and the markup's defaults hold plain numbers. These
// turn one into the other for the number inputs and the textareas of numbers (data-numbers).

import { LocaleNumbers } from './locale';
import type { Values } from './state';

/** The keys whose values are numbers: single inputs, and lists of numbers. */
export interface NumberKeys { inputs: Set<string>; lists: Set<string> }

export const noNumberKeys = (): NumberKeys => ({ inputs: new Set(), lists: new Set() });

const numberInputs = (scope: ParentNode): HTMLInputElement[] => [...scope.querySelectorAll<HTMLInputElement>('input[inputmode="decimal"][id]')];
const numberLists = (scope: ParentNode): HTMLTextAreaElement[] => [...scope.querySelectorAll<HTMLTextAreaElement>('textarea[data-numbers][id]')];

/** Adds the number keys of a product's inputs. */
export function addNumberKeys(scope: ParentNode, keys: NumberKeys): void {
  for (const i of numberInputs(scope)) keys.inputs.add(i.id);
  for (const t of numberLists(scope)) keys.lists.add(t.id);
}

/** `v` with each number converted by `one` (and each list's numbers one by one); other values as they are. */
function convert(v: Values, keys: NumberKeys, one: (text: string, id?: string) => string): Values {
  const out: Values = {};
  for (const [k, x] of Object.entries(v)) {
    out[k] = keys.inputs.has(k) ? one(x, k) : keys.lists.has(k) ? LocaleNumbers.mapList(x, (t) => one(t)) : x;
  }
  return out;
}

/** Typed values → plain numbers (for a link, a file, a host). */
export const neutralValues = (v: Values, keys: NumberKeys, nums: LocaleNumbers): Values =>
  convert(v, keys, (t, id) => nums.neutral(t, id));

/** Plain numbers (a link's, a host's) → the locale's format, for the inputs. */
export const localValues = (v: Values, keys: NumberKeys, nums: LocaleNumbers): Values =>
  convert(v, keys, (t, id) => nums.fromNeutral(t, id));

/** Writes every number of `scope`'s inputs (and list placeholders) from `from`'s reading into `to`'s format. */
export function relocalize(scope: ParentNode, from: LocaleNumbers | null, to: LocaleNumbers): void {
  const move = (t: string, id?: string): string => to.fromNeutral(from ? from.neutral(t, id) : t, id);
  for (const i of numberInputs(scope)) {
    i.value = move(i.value, i.id);
    if (!from) i.defaultValue = i.value;
  }
  for (const t of numberLists(scope)) {
    t.value = LocaleNumbers.mapList(t.value, (x) => move(x));
    if (!from) t.defaultValue = t.value;
    if (t.placeholder) t.placeholder = LocaleNumbers.mapList(t.placeholder, (x) => move(x));
  }
}
