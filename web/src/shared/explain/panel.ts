// One explained number on screen: its formula in symbols, the same with the user's values, the
// value (rounded for display by the shared format module), the note and the published source.
// The formula and the substituted line are the core's text, shown as they come, except that the
// numbers of the substituted line are printed in the reader's locale (the core gives them apart).

import type { Explanation } from 'isomargin';
import type { Formats } from '../format';
import { el } from '../dom';
import { publicName } from './names';

/** The value as the results show it: 74.16%, 10×, 128,180.00 USDT, 110.5 BTC. */
export function valueText(F: Formats, e: Explanation, quote: string): string {
  if (e.value === null) return 'none';
  if (e.unit === '%') return F.percent(e.value);
  if (e.unit === 'x') return F.leverage(e.value);
  if (e.unit === '') return F.amount(e.value, '', quote);
  return `${F.amount(e.value, e.unit, quote)} ${e.unit}`;
}

/** The substituted line in the reader's locale: the core's text runs, its numbers through Intl. */
export function substitutedText(F: Formats, e: Explanation): string {
  return e.substitutedParts.map((p) => (typeof p === 'number' ? F.exact(p) : p)).join('');
}

/** "OKX: Isolated margin mode, https://…" → a link named by its title; a book stays text. */
export function sourceOf(source: string): HTMLElement {
  const at = source.lastIndexOf(', http');
  const url = at >= 0 ? source.slice(at + 2) : /^https?:\/\//.test(source) ? source : '';
  const title = at >= 0 ? source.slice(0, at) : url ? new URL(url).hostname : source;
  return el('p', { class: 'why-source' }, 'Source: ',
    url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, title) : title);
}

/** The entry's markup; `labelled`: several entries share a panel, so each says what it is. */
export function explanationBlock(F: Formats, e: Explanation, quote: string, labelled: boolean): HTMLElement {
  const value = valueText(F, e, quote);
  const input = / as entered$/.test(e.formula);
  const parts: (HTMLElement | null)[] = [
    labelled ? el('p', { class: 'why-label' }, publicName(`${e.label[0].toUpperCase()}${e.label.slice(1)}`)) : null,
    el('p', { class: 'why-formula' }, el('code', {}, e.formula)),
    el('p', { class: 'why-line' }, '= ', el('span', { class: 'why-substituted' }, substitutedText(F, e)),
      ...(input ? [] : [' = ', el('strong', {}, value)])),
    e.note ? el('p', { class: 'why-note' }, publicName(e.note)) : null,
    sourceOf(e.source),
  ];
  return el('div', { class: 'why-entry', 'data-quantity': e.quantity }, ...parts.filter((p): p is HTMLElement => p !== null));
}
