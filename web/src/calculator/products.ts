// The products, in the order of the product switch. The first is the page's default and comes in
// the first load; the others are fetched when first shown (a dynamic import, its own chunk), or
// just after the first result, so that a later click finds them here.

import { productEntry, type ProductEntry } from '../shared/product';
import { spot } from '../spot';
import { contractAbout } from '../contracts/about';
import { optionAbout } from '../options/about';

export const PRODUCTS: ProductEntry[] = [
  productEntry(spot, () => Promise.resolve(spot)),
  productEntry(contractAbout, () => import('../contracts').then((m) => m.contracts)),
  productEntry(optionAbout, () => import('../options').then((m) => m.options)),
];
