// Above the results: the "explain every number" switch, the worked examples of the products on
// show, and the links to the formulas page and the live guide. Outside the form: none of it is an
// input of the scenario.

import { el } from '../shared/dom';
import { formulasLink, guideLink } from '../shared/explain/links';
import type { ProductName } from '../shared/product';
import { EXAMPLES } from './examples';

export function helpbar(products: ProductName[], examples: boolean): HTMLElement {
  const list = EXAMPLES.filter((x) => products.includes(x.product));
  return el('div', { class: 'helpbar' },
    el('div', { class: 'field check explain-all' },
      el('input', { type: 'checkbox', id: 'explainAll' }),
      el('label', { for: 'explainAll' }, 'Explain every number'),
    ),
    examples && list.length ? el('details', { class: 'examples', id: 'examples' },
      el('summary', {}, 'Worked examples'),
      el('ul', {}, ...list.map((x) => el('li', {},
        el('button', { type: 'button', class: 'link', 'data-example': x.id }, x.label))))) : null,
    el('p', { class: 'helpbar-links' }, formulasLink('Formulas and sources'), ' · ', guideLink('Isolated margin, explained')));
}
