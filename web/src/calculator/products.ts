// The products, in the order of the product switch. The first is the page's default.

import type { Product } from '../shared/product';
import { spot } from '../spot';
import { contracts } from '../contracts';
import { options } from '../options';

export const PRODUCTS: Product[] = [spot, contracts, options];
