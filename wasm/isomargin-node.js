// The isomargin JS API under node (the package's "node" export): the same API, with the .wasm
// read from beside this file, so `import { load } from 'isomargin'` works as is. Under node the
// full module (explanations, the paste) is the default: size does not matter here.
// Node's fetch cannot read a file URL, and the glue is built for browsers and workers only.
import { readFile } from 'node:fs/promises';
import { load as loadWith } from './isomargin.js';

const readWasm = (file) => readFile(new URL(`./${file}`, import.meta.url));

export function load(options = {}) {
  return loadWith({ full: true, readWasm, ...options });
}
