// Serves dist/ on http://127.0.0.1:8080 the way a host should (docs/embedding.md, "Self-hosting"):
// the strict CSP the calculator runs under, application/wasm, CORS on the module, glue, wasm and
// stylesheets so another origin's page can load the custom element, long-cache headers for
// content-hashed file names and no-cache for the rest, and the build's precompressed copy
// (name.br, name.gz) where the browser accepts it. `node scripts/serve.mjs [port] [dir]`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { COMPRESSIBLE } from './compress.mjs';
import { extname, join, normalize } from 'node:path';

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ts': 'text/plain; charset=utf-8',
};

/** What another origin's page loads: the element's module and its chunks, the glue, the wasm, the sheets. */
const SHARED = new Set(['.js', '.mjs', '.wasm', '.css', '.json', '.svg']);

/** A content hash in the name (name-1a2b3c4d.js, or esbuild's chunk-ABCDEFGH.js): the file never changes. */
export const HASHED = /[.-](?:[0-9a-f]{8,}|[A-Z2-7]{8})\.(?:js|mjs|css|wasm)$/;

/** The response headers for a file of dist/. */
export function headersFor(file) {
  const ext = extname(file);
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (SHARED.has(ext)) {
    headers['Access-Control-Allow-Origin'] = '*';
    headers['Cross-Origin-Resource-Policy'] = 'cross-origin';
  }
  return headers;
}

/** The encodings a request's Accept-Encoding takes, best first: br, then gzip ("gzip;q=0" refuses). */
export function accepted(header = '') {
  const takes = (name) => header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === name || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
  });
  return [['br', '.br'], ['gzip', '.gz']].filter(([name]) => takes(name));
}

/** The file's bytes, from its precompressed copy when it has one the request accepts. */
async function body(file, compressible, acceptEncoding) {
  if (compressible) {
    for (const [encoding, suffix] of accepted(acceptEncoding)) {
      try {
        return { bytes: await readFile(file + suffix), encoding };
      } catch { /* no such copy: the next, or the file itself */ }
    }
  }
  return { bytes: await readFile(file), encoding: null };
}

/** A link's state may be long (a pasted tier table): headers up to 1 MiB, not node's 16 KiB (HTTP 431). */
export const MAX_HEADER = 1 << 20;

export function serve(dir = 'dist', port = 8080, host = '127.0.0.1') {
  const server = createServer({ maxHeaderSize: MAX_HEADER }, async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const compressible = COMPRESSIBLE.test(file);
      const { bytes, encoding } = await body(file, compressible, req.headers['accept-encoding']);
      const headers = headersFor(file);
      if (compressible) headers.Vary = 'Accept-Encoding';
      if (encoding) headers['Content-Encoding'] = encoding;
      res.writeHead(200, headers);
      res.end(bytes);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  await serve(process.argv[3] ?? 'dist', port);
  console.log(`isomargin: serving dist/ on http://127.0.0.1:${port}/  (Ctrl-C to stop)`);
}
