// The full page (index.html → dist/app.js): every product behind the product switch, the state
// mirrored into the URL so a result is a link, and the phone's summary bar.

import { load } from 'isomargin';
import { uiOf } from './shared/dom';
import { fromQuery } from './shared/state';
import { createMiniBar } from './shared/mini';
import type { ProductName } from './shared/product';
import { mountCalculator } from './calculator/calculator';
import { PRODUCTS } from './calculator/products';

const ui = uiOf(document);
const { example = null, ...initial } = fromQuery(location.search);
const mini = createMiniBar(ui, ui.$('miniBar'));

mountCalculator({
  ui,
  container: ui.$('calculator'),
  products: PRODUCTS,
  product: initial.product as ProductName,
  values: initial,
  example,
  switcher: true,
  landmark: 'main',
  conventions: ui.$('siteHeader'),
  hooks: document.documentElement,
  onMount(_, results) {
    const summary = results.querySelector('.summary');
    if (summary) mini.watch(summary);
  },
  onUpdate(o) {
    const url = location.pathname + (o.query ? `?${o.query}` : '') + location.hash;
    if (url !== location.pathname + location.search + location.hash) history.replaceState(null, '', url);
    mini.sync(o.problem, o.mounted.mini);
  },
}, load()).catch((e: unknown) => console.error(e));
