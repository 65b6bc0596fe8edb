// The "why?" control a result carries: a disclosure button (aria-expanded, keyboard operable as any
// button) naming the report's quantities it explains, and its panel, hidden until opened. The
// panel is filled from the core's explanations (explainer.ts); nothing here writes a formula.

import { el } from '../dom';

/** `key`: unique in the calculator (the output's id); `quantities`: the report's JSON paths; `name`: what a screen reader hears after "why?". */
export function whyButton(key: string, quantities: string[], name: string): HTMLElement {
  return el('button', {
    type: 'button', class: 'why', id: `why-${key}`, 'aria-expanded': 'false', 'aria-controls': `why-${key}-panel`,
    'data-why': quantities.join(' '),
  }, 'why?', el('span', { class: 'visually-hidden' }, ` ${name}`));
}

export function whyPanel(key: string): HTMLElement {
  return el('div', { class: 'why-panel', id: `why-${key}-panel`, 'data-why-panel': key, hidden: '' });
}

/** Both, for a result whose button and panel sit together (a list item, a tile's foot). */
export function why(key: string, quantities: string[], name: string): HTMLElement[] {
  return [whyButton(key, quantities, name), whyPanel(key)];
}

/** For a row of a table of columns: its button (for the row's first cell) and the panel's own row under it. */
export function whyRow(key: string, quantities: string[], name: string, columns: number): [HTMLElement, HTMLElement] {
  return [whyButton(key, quantities, name), el('tr', { class: 'why-row' }, el('td', { colspan: String(columns) }, whyPanel(key)))];
}

/** The report's paths of one array item: `at('comparison', 2, ['assets', 'margin'])` → comparison[2].assets, … */
export const at = (array: string, i: number, fields: string[]): string[] => fields.map((f) => `${array}[${i}].${f}`);
