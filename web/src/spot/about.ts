// Spot margin: what the calculator knows before the product's module is loaded (the switch's tab,
// the conventions line, which scenarios are this product's), so that the module can wait for first use.

import { formulasLink } from '../shared/explain/links';
import { productOf, type ProductAbout } from '../shared/product';

export const spotAbout: ProductAbout = {
  name: 'spot',
  label: 'Spot margin',
  conventions: () => ['Conventions: OKX spot margin, isolated mode (old and new); liability = principal + unpaid interest; see ',
    formulasLink('the formulas and their sources'), '.'],

  owns: (s) => productOf(s) === undefined || productOf(s) === 'spot-margin',
};
