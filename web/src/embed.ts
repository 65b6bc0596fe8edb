// The embed page (embed.html → dist/embed.js): one product, compact, results first, configured by
// URL parameters (calculator/config.ts), talking to its parent window by postMessage
// (calculator/protocol.ts): its height on every change, each result to the origin named by
// `parentOrigin`, and `isomargin:set` taken from that origin only. docs/embedding.md.

import { load } from 'isomargin';
import { uiOf } from './shared/dom';
import { mountCalculator, type Calculator } from './calculator/calculator';
import { PRODUCTS } from './calculator/products';
import { applyAccent, checkValues, darkMedia, emptyConfig, readSetting, warn } from './calculator/config';
import { isOurs, isSet, resultMessage, RESIZE, type ResizeMessage } from './calculator/protocol';
import { fromQuery } from './shared/state';
import { el } from './shared/dom';
import { blockById, BLOCKS } from './guide/blocks';
import { mountBlock } from './guide/block';
import { browserLocale } from './shared/locale';
import { registerOffline } from './shared/offline';

const config = emptyConfig();
let parentOrigin: string | null = null;
for (const [key, value] of Object.entries(fromQuery(location.search))) {
  if (key === 'parentOrigin') {
    let origin = '';
    try {
      origin = new URL(value).origin;
    } catch { /* not a URL */ }
    if (origin && origin !== 'null' && origin === value) parentOrigin = origin;
    else warn(`parentOrigin "${value}" is not an origin (scheme://host[:port]); results are not posted`);
  } else if (!readSetting(config, key, value)) {
    config.values[key] = value;
  }
}

const ui = uiOf(document, config.locale ?? browserLocale());
(ui.$('darkPalette') as HTMLLinkElement).media = darkMedia(config.theme);
if (config.theme !== 'auto') document.querySelector('meta[name="color-scheme"]')?.setAttribute('content', config.theme);
applyAccent(document.documentElement.style, config.accent);
if (config.locale) document.documentElement.lang = config.locale;

registerOffline(document.body);
const framed = window.parent !== window;
const post = (message: unknown, origin: string): void => {
  if (framed) window.parent.postMessage(message, origin);
};

// The height the parent should give the frame: posted whenever it changes, to '*' unless an origin
// is named (it tells nothing but a number).
let height = 0;
new ResizeObserver(() => {
  const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (h === height) return;
  height = h;
  post({ type: RESIZE, height: h } satisfies ResizeMessage, parentOrigin ?? '*');
}).observe(document.documentElement);

const open = ui.$('openFull') as HTMLAnchorElement;
// ?block=…: one block of the live guide instead of the calculator.
const block = config.block === null ? undefined : blockById(config.block);
if (config.block !== null && !block) warn(`block "${config.block}" is not one of ${BLOCKS.map((b) => b.id).join(', ')}; showing the calculator`);
if (block) {
  const main = el('main', { class: 'guide-main' });
  ui.$('calculator').append(main);
  open.href = new URL(`guide.html#${block.id}Block`, location.href).href;
  open.textContent = 'Open the whole guide';
  // A guide block explains every number: the full module at once.
  load({ full: true }).then((im) => mountBlock(ui, im, main, block), (e: unknown) => console.error(e));
}
const calculator: Promise<Calculator> | null = block ? null : mountCalculator({
  ui,
  container: ui.$('calculator'),
  products: PRODUCTS,
  product: config.product,
  values: config.values,
  landmark: 'main',
  resultsFirst: true,
  conventions: ui.$('embedNotes'),
  fields: config.fields,
  example: config.example,
  examples: config.fields === null,
  hooks: document.documentElement,
  link: () => open.href,
  onUpdate(o) {
    open.href = new URL(`index.html${o.query ? `?${o.query}` : ''}`, location.href).href;
    if (parentOrigin) post(resultMessage(o), parentOrigin);
  },
}, load());
calculator?.then((calc) => checkValues(calc, config), (e: unknown) => console.error(e));

// Only the parent, and only from the origin it was named by, may change the inputs.
window.addEventListener('message', (e) => {
  if (!isOurs(e.data)) return;
  if (e.source !== window.parent || !parentOrigin || e.origin !== parentOrigin) {
    warn(`ignored ${e.data.type} from ${e.origin}: ${parentOrigin ? `only ${parentOrigin}, the parent, is heard` : 'no parentOrigin was given'}`);
    return;
  }
  if (!isSet(e.data)) {
    warn(`ignored ${e.data.type}: only isomargin:set with an object of values is taken`);
    return;
  }
  const { values } = e.data;
  void calculator?.then((calc) => {
    for (const k of calc.set(values)) warn(`isomargin:set: "${k}" is not an input of ${calc.state().values.product}; ignored`);
  });
});
