// The isomargin JS API under node (the package's "node" export): the same API, with load()
// reading the .wasm beside this file, so `import { load } from 'isomargin'` works as is. Under
// node the full module (explanations, the paste) is the default: size does not matter here.
// Node's fetch cannot read a file URL, and the glue is built for browsers and workers only.
import { readFile } from 'node:fs/promises';
import { load as loadWith } from './isomargin.js';

const bytes = (name) => readFile(new URL(`./${name}`, import.meta.url));

export async function load(options = {}) {
  const full = options.full ?? true;
  const given = options.wasmBinary || options.module;
  const im = await loadWith(given ? { ...options, full } : { ...options, full, wasmBinary: await bytes(full ? 'isomargin-full.wasm' : 'isomargin-core.wasm') });
  const loadFull = im.loadFull;
  im.loadFull = async (o = {}) => loadFull(o.wasmBinary || o.module ? o : { ...o, wasmBinary: await bytes('isomargin-full.wasm') });
  return im;
}
