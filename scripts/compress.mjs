// Precompressed copies of dist/'s text and wasm files, written at build time so that a server
// sends them without compressing per request: `name.br` (brotli, quality 11) and `name.gz`
// (gzip, level 9) beside each file that shrinks by compression. scripts/serve.mjs sends one when
// the browser's Accept-Encoding takes it. Not in the npm package (package.json "files").
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** What compresses: text and wasm; PNG icons are compressed already. */
export const COMPRESSIBLE = /\.(?:html|js|mjs|css|wasm|svg|json|webmanifest|ts)$/;

/** A file under 1 KiB is not worth a second request path; a copy must be smaller than the file. */
const MIN_BYTES = 1024;

export function writeCompressed(dir) {
  for (const name of readdirSync(dir, { recursive: true })) {
    const p = join(dir, name);
    if (!COMPRESSIBLE.test(name) || !statSync(p).isFile()) continue;
    const bytes = readFileSync(p);
    if (bytes.length < MIN_BYTES) continue;
    const text = !name.endsWith('.wasm');
    const br = brotliCompressSync(bytes, { params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    } });
    const gz = gzipSync(bytes, { level: 9 });
    if (br.length < bytes.length) writeFileSync(`${p}.br`, br);
    if (gz.length < bytes.length) writeFileSync(`${p}.gz`, gz);
  }
}
