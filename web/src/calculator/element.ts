// <isomargin-calculator>: the calculator in a shadow root, so the host's CSS does not reach in and
// ours does not leak out. Attributes (product, tab, model, theme, locale, fields, values) configure
// it like the embed's URL parameters; `scenario` reads and writes the inputs as a scenario, `report`
// reads the last report; isomargin-result and isomargin-error carry the embed's result messages.
// The styles are constructable sheets (no style-src needed); the wasm is loaded relative to this
// module's URL, once for every element of the page. Types and docs: web/isomargin-calculator.d.ts.

import { load, type Isomargin } from 'isomargin';
import baseCss from '../../style.css';
import darkCss from '../../dark.css';
import explainCss from '../../explain.css';
import printCss from '../../print.css';
import { el, uiOf } from '../shared/dom';
import { browserLocale } from '../shared/locale';
import type { Values } from '../shared/state';
import { mountCalculator, type Calculator, type Outcome } from './calculator';
import { PRODUCTS } from './products';
import { checkValues, darkMedia, emptyConfig, readSetting, warn, type Theme } from './config';
import { resultMessage } from './protocol';
import { blockById } from '../guide/blocks';
import { mountBlock } from '../guide/block';
import type { AnyReport, AnyScenario, IsomarginCalculatorElement as ElementApi } from '../../isomargin-calculator';

let core: Promise<Isomargin> | null = null;
let base: CSSStyleSheet | null = null;
let print: CSSStyleSheet | null = null;

const ATTRIBUTES = ['product', 'tab', 'model', 'theme', 'locale', 'fields', 'values', 'example', 'block'];

/** The `values` attribute: a JSON object of input values. */
function parseValues(text: string | null): Values {
  if (!text) return {};
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, typeof x === 'boolean' ? (x ? '1' : '') : String(x)]));
    }
  } catch { /* said below */ }
  warn('values: expected a JSON object of input values, e.g. {"markPrice": "95000"}; ignored');
  return {};
}

export class IsomarginCalculatorElement extends HTMLElement implements ElementApi {
  static get observedAttributes(): string[] {
    return ATTRIBUTES;
  }

  readonly #root: ShadowRoot;
  readonly #dark: CSSStyleSheet;
  readonly #frame = el('div', { class: 'element-root' });
  #calculator: Promise<Calculator> | null = null;
  #last: Outcome | null = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    if (!base) {
      base = new CSSStyleSheet();
      base.replaceSync(`${baseCss}\n${explainCss}`);
      print = new CSSStyleSheet({ media: 'print' });
      print.replaceSync(printCss);
    }
    this.#dark = new CSSStyleSheet({ media: darkMedia('auto') });
    this.#dark.replaceSync(darkCss);
    this.#root.adoptedStyleSheets = [base, this.#dark, ...(print ? [print] : [])];
    this.#root.append(this.#frame);
  }

  #started = false;

  connectedCallback(): void {
    if (this.#started) return;
    this.#started = true;
    const config = emptyConfig();
    for (const name of ['product', 'tab', 'model', 'theme', 'locale', 'fields', 'example', 'block']) {
      const value = this.getAttribute(name);
      if (value !== null) readSetting(config, name, value);
    }
    Object.assign(config.values, parseValues(this.getAttribute('values')));
    this.#theme(config.theme);
    if (config.locale) this.#frame.lang = config.locale;

    const block = config.block === null ? undefined : blockById(config.block);
    if (config.block !== null && !block) warn(`block "${config.block}" is not a block of the guide; showing the calculator`);
    if (block) {
      // One block of the live guide, in the shadow root; it counts its updates on its section.
      const main = el('div', { class: 'guide-main' });
      this.#frame.append(main);
      // A guide block explains every number: it needs the full module.
      void (core ??= load()).then((im) => im.loadFull()).then((im) => mountBlock(uiOf(this.#root, config.locale ?? browserLocale()), im, main, block));
      return;
    }
    const box = el('div', { class: 'calculator' });
    const open = el('a', { href: new URL('index.html', import.meta.url).href, target: '_blank', rel: 'noopener' }, 'Open in the full calculator') as HTMLAnchorElement;
    const notes = el('footer', { class: 'embed-footer' }, el('p', {}, open, ' · estimates by isomargin, not financial advice.'));
    this.#frame.append(box, notes);
    this.#calculator = mountCalculator({
      ui: uiOf(this.#root, config.locale ?? browserLocale()),
      container: box,
      products: PRODUCTS,
      product: config.product,
      values: config.values,
      resultsFirst: true,
      conventions: notes,
      fields: config.fields,
      example: config.example,
      examples: config.fields === null,
      hooks: this,
      link: () => open.href,
      onUpdate: (o) => {
        this.#last = o;
        open.href = new URL(`index.html${o.query ? `?${o.query}` : ''}`, import.meta.url).href;
        this.dispatchEvent(new CustomEvent(o.error ? 'isomargin-error' : 'isomargin-result', { detail: resultMessage(o), bubbles: true }));
      },
    }, (core ??= load()));
    this.#calculator.then((calc) => checkValues(calc, config), (e: unknown) => console.error(e));
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    if (name === 'theme') {
      const config = emptyConfig();
      if (value !== null) readSetting(config, 'theme', value);
      this.#theme(config.theme);
      return;
    }
    if (name === 'locale') {
      const config = emptyConfig();
      if (value !== null) readSetting(config, 'locale', value);
      this.#frame.lang = config.locale ?? '';
      void this.#calculator?.then((calc) => calc.setLocale(config.locale ?? browserLocale()));
      return;
    }
    if (!this.#calculator || old === value) return;  // read when connected
    if (name === 'example') {
      if (value) void this.#calculator.then((calc) => { if (!calc.example(value)) warn(`example "${value}" is not a worked example; ignored`); });
      return;
    }
    void this.#calculator.then((calc) => {
      if (name === 'fields') {
        calc.fix(value ? value.split(',').map((f) => f.trim()).filter(Boolean) : null);
        return;
      }
      const config = emptyConfig();
      config.product = calc.state().values.product as typeof config.product;
      if (name === 'values') Object.assign(config.values, parseValues(value));
      else if (value !== null) readSetting(config, name, value);
      const given = name === 'product' ? { product: config.product } : config.values;
      for (const k of calc.set(given)) warn(`"${k}" is not an input of ${calc.state().values.product}; ignored`);
    });
  }

  /** The scenario the inputs give now (null before the first evaluation). */
  get scenario(): AnyScenario | null {
    return (this.#last?.scenario ?? null) as AnyScenario | null;
  }

  /** Fills the inputs from a scenario (and shows its product); what they cannot hold is warned about. */
  set scenario(s: AnyScenario | null) {
    if (!this.#started) this.connectedCallback();
    void this.#calculator?.then((calc) => {
      for (const k of calc.fill(s)) warn(`scenario: "${k}" cannot be shown in the inputs; ignored`);
    });
  }

  /** The last report, or null while the inputs are in error. */
  get report(): AnyReport | null {
    return (this.#last?.report ?? null) as AnyReport | null;
  }

  get product(): string { return this.getAttribute('product') ?? 'spot'; }
  set product(v: string) { this.setAttribute('product', v); }
  get tab(): string | null { return this.getAttribute('tab'); }
  set tab(v: string | null) { this.#reflect('tab', v); }
  get model(): string | null { return this.getAttribute('model'); }
  set model(v: string | null) { this.#reflect('model', v); }
  get theme(): Theme { return (this.getAttribute('theme') as Theme | null) ?? 'auto'; }
  set theme(v: Theme) { this.setAttribute('theme', v); }
  get locale(): string | null { return this.getAttribute('locale'); }
  set locale(v: string | null) { this.#reflect('locale', v); }
  get fields(): string | null { return this.getAttribute('fields'); }
  set fields(v: string | null) { this.#reflect('fields', v); }

  #reflect(name: string, v: string | null): void {
    if (v === null) this.removeAttribute(name);
    else this.setAttribute(name, v);
  }

  #theme(theme: Theme): void {
    this.#dark.media.mediaText = darkMedia(theme);
  }
}
