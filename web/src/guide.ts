// The live guide (guide.html → dist/guide.js): isolated margin explained as a help centre would,
// with every number from the core and every block editable in place (guide/blocks.ts).

import { load } from 'isomargin';
import { uiOf } from './shared/dom';
import { browserLocale, canonicalLocale } from './shared/locale';
import { fromQuery } from './shared/state';
import { registerOffline } from './shared/offline';
import { BLOCKS } from './guide/blocks';
import { mountBlock } from './guide/block';

// Numbers in the user's locale, as on the calculator: the `locale` parameter, else the browser's language.
const ui = uiOf(document, canonicalLocale(fromQuery(location.search).locale ?? '') ?? browserLocale());
// A reader who opens the guide first gets the offline app too (the same worker and cache).
registerOffline(document.body);
// Every block explains its numbers: the full module (guide.html preloads it).
load({ full: true }).then((im) => {
  ui.$('loading').hidden = true;
  for (const b of BLOCKS) mountBlock(ui, im, ui.$(`${b.id}Block`), b);
  document.documentElement.dataset.ready = '1';
}, (e: unknown) => {
  ui.$('loading').textContent = `Could not load the WebAssembly core: ${e instanceof Error ? e.message : String(e)}`;
});
