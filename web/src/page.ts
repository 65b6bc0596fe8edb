// The full page (index.html → dist/app.js): every product behind the product switch, the state
// mirrored into the URL so a result is a link (a committed change pushes a history entry, so Back
// undoes it; keystrokes replace it; a long state goes in the fragment), numbers in the user's
// locale (the `locale` parameter, else the number format menu's last choice, else the browser's
// language), the phone's summary bar, and the offline app (sw.js).

import { load } from 'isomargin';
import { uiOf } from './shared/dom';
import { fromLocation, linkFor } from './shared/state';
import { browserLocale, canonicalLocale } from './shared/locale';
import { createMiniBar } from './shared/mini';
import { registerOffline } from './shared/offline';
import type { ProductName } from './shared/product';
import { mountCalculator } from './calculator/calculator';
import { PRODUCTS } from './calculator/products';

const STORED = 'isomargin-locale';
const stored = (): string | null => {
  try {
    return localStorage.getItem(STORED);
  } catch {
    return null;
  }
};

// A worked example (?example=) opens first; the link's values then apply on top of it.
const { example = null, ...initial } = fromLocation(location);
// A `locale` (or `lang`) in the link wins and stays in the address; it is no input of the scenario.
let linked = canonicalLocale(initial.locale ?? initial.lang ?? '');
delete initial.locale;
delete initial.lang;
const ui = uiOf(document, linked ?? canonicalLocale(stored() ?? '') ?? browserLocale());
const mini = createMiniBar(ui, ui.$('miniBar'));

/** The page's address for a state: the query (or the fragment when long), the linked locale kept, an anchor kept. */
const address = (query: string): string => {
  const q = linked ? [query, `locale=${encodeURIComponent(linked)}`].filter(Boolean).join('&') : query;
  const link = linkFor(location.pathname, q);
  return location.hash && !location.hash.startsWith('#?') && !link.includes('#') ? link + location.hash : link;
};

// The skip link and the phone's bar lead to the summary of the product shown, and give it the focus.
const toResults = (e: Event): void => {
  const summary = ui.all('.summary').find((s) => s.getClientRects().length > 0);
  if (!summary) return;
  e.preventDefault();
  summary.tabIndex = -1;
  summary.focus({ preventScroll: true });
  summary.scrollIntoView({ block: 'start' });
};
ui.$('skipLink').addEventListener('click', toResults);
ui.$('miniBar').addEventListener('click', toResults);

registerOffline(document.body);
let editing = false;
let quiet = true;
// The address of the latest keystrokes, written when the typing pauses, on a commit or when the
// page is left. Test hook (DEVELOPERS.md): <html data-address="pending"> while one waits.
const ADDRESS_PAUSE_MS = 400;
let addressTimer = 0;
let addressWaiting = '';
function laterAddress(url: string): void {
  addressWaiting = url;
  document.documentElement.dataset.address = 'pending';
  addressTimer = window.setTimeout(writeAddress, ADDRESS_PAUSE_MS);
}
function writeAddress(): void {
  if (addressWaiting) history.replaceState(null, '', addressWaiting);
  cancelAddress();
}
function cancelAddress(): void {
  window.clearTimeout(addressTimer);
  addressWaiting = '';
  delete document.documentElement.dataset.address;
}
// A reload or a closed tab keeps the last keystroke.
window.addEventListener('pagehide', writeAddress);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') writeAddress(); });
const calculator = mountCalculator({
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
  // The link to share: the state alone, without a locale, so it opens in the reader's own format.
  link: (o) => new URL(linkFor(location.pathname, o.query), location.href).href,
  onLocale(locale) {
    try {
      localStorage.setItem(STORED, locale);
    } catch { /* private mode: the menu still works for this visit */ }
    if (linked) linked = locale;
  },
  onMount(_, results) {
    const summary = results.querySelector('.summary');
    if (summary) mini.watch(summary);
  },
  onUpdate(o) {
    const url = address(o.query);
    // A commit first writes what the typing left waiting, so that it adds no entry of its own.
    if (o.commit || quiet) writeAddress();
    else cancelAddress();
    if (url !== location.pathname + location.search + location.hash) {
      // The first keystroke of an edit pushes; the next ones replace that entry, once the typing
      // pauses (a history write per key costs more than the update itself, docs/benchmarks.md).
      // Loading a link or going Back writes the address as the state says it, without a new entry.
      if (!quiet && (o.commit || !editing)) history.pushState(null, '', url);
      else if (quiet || o.commit) history.replaceState(null, '', url);
      else laterAddress(url);
    }
    quiet = false;
    editing = !o.commit;
    mini.sync(o.problem, o.mounted.mini);
  },
}, load());
calculator.catch((e: unknown) => console.error(e));

// Back and Forward: the inputs as that entry's link says (the defaults where it says nothing).
window.addEventListener('popstate', () => {
  cancelAddress();  // the entry gone back to wins over typing not yet written
  void calculator.then((calc) => {
    const values = fromLocation(location);
    delete values.locale;
    delete values.lang;
    quiet = true;
    calc.restoreLink(values);
  });
});
