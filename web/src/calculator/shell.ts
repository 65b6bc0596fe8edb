// The markup around the products: the form (with the product switch on the full page) and the
// results column with its banners, and one empty box per product in each, which the product fills
// when it is first shown. Built the same for the page, the embed and the custom element.

import { el } from '../shared/dom';
import type { ProductEntry, ProductName } from '../shared/product';
import { helpbar } from './helpbar';
import { toolbar } from './tools';

export interface ShellOptions {
  products: ProductEntry[];
  /** The product switch (the full page); an embed shows one product. */
  switcher: boolean;
  /** <main> for a page of its own; a <div> inside a host's page (one main landmark per page). */
  landmark: 'main' | 'div';
  /** Results before the inputs on one column (the embed: the answer is in view in a small frame). */
  resultsFirst: boolean;
  /** The worked examples menu. */
  examples: boolean;
  /** The locale the number format menu starts at. */
  locale: string;
}

export interface Shell {
  layout: HTMLElement;
  form: HTMLFormElement;
  results: HTMLElement;
  /** The product switch, when there is one. */
  switch: HTMLElement | null;
  boxes: Map<ProductName, { inputs: HTMLElement; results: HTMLElement }>;
}

const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);

export function buildShell(o: ShellOptions): Shell {
  const first = o.products[0]?.name;
  const tabs = o.switcher ? el('div', { class: 'switch', role: 'tablist', id: 'product', 'aria-label': 'Product' },
    ...o.products.map((p) => el('button', {
      type: 'button', role: 'tab', id: `product${cap(p.name)}`, 'data-tab': p.name,
      'aria-selected': String(p.name === first), 'aria-controls': `${p.name}Inputs`, ...(p.name === first ? {} : { tabindex: '-1' }),
    }, p.label))) : null;
  const boxes = new Map<ProductName, { inputs: HTMLElement; results: HTMLElement }>();
  for (const p of o.products) {
    const hidden: Record<string, string> = p.name === first ? {} : { hidden: '' };
    boxes.set(p.name, {
      inputs: el('div', { id: `${p.name}Inputs`, role: 'tabpanel', 'aria-labelledby': `product${cap(p.name)}`, ...hidden }),
      results: el('div', { id: `${p.name}Results`, ...hidden }),
    });
  }
  const form = el('form', { id: 'calc', class: 'inputs', autocomplete: 'off', novalidate: '', 'aria-label': 'Scenario' },
    tabs ?? '', ...[...boxes.values()].map((b) => b.inputs),
  ) as HTMLFormElement;
  const results = el('section', { id: 'results', class: 'results', 'aria-label': 'Results' },
    el('div', { id: 'printReport', class: 'print-report' }),
    el('div', { id: 'generalError', class: 'banner error', 'data-error-for': '$', role: 'alert', hidden: '' }),
    el('p', { id: 'loading', class: 'banner' }, 'Loading the WebAssembly core…'),
    el('p', { id: 'errorSummary', class: 'banner notice', hidden: '' }),
    helpbar(o.products.map((p) => p.name), o.examples),
    ...[...boxes.values()].map((b) => b.results));
  // The tools sit under the form, outside it: they are no input of the scenario.
  const column = el('div', { class: 'inputs-column' }, form, toolbar(o.locale));
  const layout = el(o.landmark, { class: o.resultsFirst ? 'layout results-first' : 'layout' }, column, results);
  return { layout, form, results, switch: tabs, boxes };
}
