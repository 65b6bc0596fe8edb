// Perpetual swaps and futures: what the calculator knows before the product's module is loaded (the switch's tab,
// the conventions line, which scenarios are this product's), so that the module can wait for first use.

import { formulasLink } from '../shared/explain/links';
import { productOf, type ProductAbout } from '../shared/product';

export const contractAbout: ProductAbout = {
  name: 'contract',
  label: 'Perpetual & futures',
  conventions: () => ['Conventions: perpetual swaps and futures in isolated margin, linear and inverse; nine exchange formulas for the liquidation price, side by side; see ',
    formulasLink('the formulas and their sources'), '.'],

  owns: (s) => productOf(s) === 'perpetual' || productOf(s) === 'futures',
};
