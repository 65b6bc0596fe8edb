// How a host configures an embedded calculator — the embed's URL parameters and the element's
// attributes say the same things: the product, its calculator tab and model, initial values (the
// page's URL-state keys), the inputs shown, the theme, the accent and the locale. Bad or unknown
// settings are ignored with a console warning, never an error page.

import type { ProductName } from '../shared/product';
import type { Values } from '../shared/state';
import type { Calculator } from './calculator';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: Theme[] = ['light', 'dark', 'auto'];
const PRODUCT_NAMES: ProductName[] = ['spot', 'contract', 'option'];

export interface Config {
  product: ProductName;
  values: Values;
  /** What the host wrote for a value's key, where it differs (tab → cTab), for the warnings. */
  named: Record<string, string>;
  fields: string[] | null;
  theme: Theme;
  accent: string | null;
  locale: string | null;
  /** A worked example opened first (examples.ts). */
  example: string | null;
  /** A block of the guide shown instead of the calculator (guide/blocks.ts). */
  block: string | null;
}

export const warn = (message: string): void => console.warn(`isomargin: ${message}`);

/** One setting, checked; `set` receives what is good. Keys not of a config are the caller's. */
export function readSetting(config: Config, key: string, value: string): boolean {
  switch (key) {
    case 'product':
      if ((PRODUCT_NAMES as string[]).includes(value)) config.product = value as ProductName;
      else warn(`product "${value}" is not one of ${PRODUCT_NAMES.join(', ')}; showing ${config.product}`);
      return true;
    case 'tab':
    case 'model': {
      // The perpetual & futures calculator tab and convention; checked once shown (checkValues).
      const id = key === 'tab' ? 'cTab' : 'cModel';
      config.values[id] = value;
      config.named[id] = `"${key}" (${id})`;
      return true;
    }
    case 'example':
      config.example = value;
      return true;
    case 'block':
      config.block = value;
      return true;
    case 'fields':
      config.fields = value.split(',').map((f) => f.trim()).filter(Boolean);
      return true;
    case 'theme':
      if ((THEMES as string[]).includes(value)) config.theme = value as Theme;
      else warn(`theme "${value}" is not one of ${THEMES.join(', ')}; using auto`);
      return true;
    case 'accent':
      if (CSS.supports('color', value)) config.accent = value;
      else warn(`accent "${value}" is not a CSS colour; ignored`);
      return true;
    case 'lang':
    case 'locale':
      try {
        config.locale = Intl.getCanonicalLocales(value)[0] ?? null;
      } catch {
        warn(`${key} "${value}" is not a language tag; ignored`);
      }
      return true;
    default:
      return false;
  }
}

export const emptyConfig = (): Config => ({ product: 'spot', values: {}, named: {}, fields: null, theme: 'auto', accent: null, locale: null, example: null, block: null });

/** After the product is shown: values that name no input of it, or that its menus and tabs refused. */
export function checkValues(calc: Calculator, { values: given, named, fields }: Config): void {
  const keys = new Set(calc.keys());
  const { values } = calc.state();
  const { product } = values;
  for (const [k, v] of Object.entries(given)) {
    if (k === 'product') continue;
    if (!keys.has(k)) {
      warn(`${named[k] ?? `"${k}"`} is not an input of ${product}; ignored`);
    } else if (!calc.isNumber(k) && values[k] !== (v === 'true' ? '1' : v === 'false' ? '' : v)) {
      warn(`"${v}" is not a choice of "${k}"; it stays "${values[k]}"`);
    }
  }
  for (const f of fields ?? []) if (!keys.has(f)) warn(`fields: "${f}" is not an input of ${product}; ignored`);
}

/** The dark palette's media: always, never, or as the system says. */
export const darkMedia = (theme: Theme): string =>
  theme === 'dark' ? 'all' : theme === 'light' ? 'not all' : '(prefers-color-scheme: dark)';

/** The accent and a soft tint of it (the selected row), as the themable properties. */
export function applyAccent(style: CSSStyleDeclaration, accent: string | null): void {
  if (!accent) return;
  style.setProperty('--isomargin-accent', accent);
  const soft = `color-mix(in srgb, ${accent} 16%, transparent)`;
  if (CSS.supports('color', soft)) style.setProperty('--isomargin-accent-soft', soft);
}
