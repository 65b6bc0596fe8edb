// The isomargin JS API under node (the package's "node" export): the same API, with load()
// reading isomargin-core.wasm beside this file, so `import { load } from 'isomargin'` works as is.
// Node's fetch cannot read a file URL, and the glue is built for browsers and workers only.
import { readFile } from 'node:fs/promises';
import { load as loadWith } from './isomargin.js';

export async function load(options = {}) {
  if (options.wasmBinary) return loadWith(options);
  const wasmBinary = await readFile(new URL('./isomargin-core.wasm', import.meta.url));
  return loadWith({ ...options, wasmBinary });
}
