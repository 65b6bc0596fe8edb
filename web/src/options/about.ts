// Options: what the calculator knows before the product's module is loaded (the switch's tab,
// the conventions line, which scenarios are this product's), so that the module can wait for first use.

import { formulasLink } from '../shared/explain/links';
import { productOf, type ProductAbout } from '../shared/product';

export const optionAbout: ProductAbout = {
  name: 'option',
  label: 'Options',
  conventions: () => ['Conventions: OKX options in isolated margin; prices in the underlying coin per unit; the maintenance margin is an input or OKX’s short-option formula with margin factors you enter; see ',
    formulasLink('the formulas and their sources'), '.'],

  owns: (s) => productOf(s) === 'option',
};
