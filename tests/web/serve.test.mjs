// scripts/serve.mjs gives a host what it needs: the calculator's CSP, application/wasm, CORS on
// what another origin's page loads (module, chunks, glue, wasm, sheets), long-cache headers for
// content-hashed names and no-cache for the rest; nothing outside the served folder; the build's
// precompressed copies where the request accepts them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSP, accepted, serve } from '../../scripts/serve.mjs';
import { writeCompressed } from '../../scripts/compress.mjs';

let dir;
let server;
let base;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isomargin-serve-'));
  for (const f of ['index.html', 'isomargin-calculator.js', 'chunk-AB2CD7EF.js', 'style.css', 'isomargin-core.wasm', 'app-1a2b3c4d.js']) writeFileSync(join(dir, f), 'x');
  // A file large enough to be precompressed, and a PNG that never is.
  writeFileSync(join(dir, 'app.js'), `export const numbers = [${Array.from({ length: 2000 }, (_, i) => i % 97).join(', ')}];\n`);
  writeFileSync(join(dir, 'icon.png'), Buffer.alloc(4096, 7));
  writeCompressed(dir);
  server = await serve(dir, 0);
  base = `http://127.0.0.1:${server.address().port}/`;
});
after(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

const head = async (path) => {
  const r = await fetch(base + path);
  await r.arrayBuffer();
  return r;
};

test('pages: the CSP, no cache, no CORS', async () => {
  const r = await head('');
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(r.headers.get('content-security-policy'), CSP);
  assert.equal(r.headers.get('cache-control'), 'no-cache');
  assert.equal(r.headers.get('access-control-allow-origin'), null);
});

test('the element, glue, wasm and sheets: CORS for another origin; application/wasm', async () => {
  for (const [path, type] of [['isomargin-calculator.js', 'text/javascript; charset=utf-8'], ['style.css', 'text/css; charset=utf-8'],
    ['isomargin-core.wasm', 'application/wasm']]) {
    const r = await head(path);
    assert.equal(r.headers.get('content-type'), type, path);
    assert.equal(r.headers.get('access-control-allow-origin'), '*', path);
    assert.equal(r.headers.get('cross-origin-resource-policy'), 'cross-origin', path);
    assert.equal(r.headers.get('cache-control'), 'no-cache', `${path}: its name does not change with its content`);
  }
});

test('content-hashed names are cached for a year; others are revalidated', async () => {
  for (const path of ['chunk-AB2CD7EF.js', 'app-1a2b3c4d.js']) {
    assert.equal((await head(path)).headers.get('cache-control'), 'public, max-age=31536000, immutable', path);
  }
});

test('nothing outside the folder; a missing file is a 404', async () => {
  assert.equal((await head('..%2F..%2Fetc%2Fpasswd')).status, 403);
  assert.equal((await head('nope.js')).status, 404);
});

test('a long link (a state of 60 KB in the query) is served, not answered 431', async () => {
  const r = await head(`index.html?tierRows=${'x'.repeat(60000)}`);
  assert.equal(r.status, 200);
});

/** A raw response: node's http, which neither asks for nor undoes any encoding by itself. */
const raw = (path, acceptEncoding) => new Promise((resolve, reject) => {
  get(base + path, { headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } }, (res) => {
    const parts = [];
    res.on('data', (c) => parts.push(c));
    res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
  }).on('error', reject);
});

test('the build’s .br and .gz copies are sent where the request accepts them, and decode to the file', async () => {
  const file = readFileSync(join(dir, 'app.js'));
  const br = await raw('app.js', 'gzip, deflate, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  assert.equal(br.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.ok(br.body.length < file.length / 3, `${br.body.length} of ${file.length} bytes`);
  assert.deepEqual(brotliDecompressSync(br.body), file);
  const gz = await raw('app.js', 'gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.body), file);
  for (const none of [undefined, 'identity', 'br;q=0, gzip;q=0']) {
    const r = await raw('app.js', none);
    assert.equal(r.headers['content-encoding'], undefined, String(none));
    assert.deepEqual(r.body, file, String(none));
  }
  // Small files and PNGs have no copy: sent as they are.
  assert.equal((await raw('style.css', 'br')).headers['content-encoding'], undefined);
  assert.equal((await raw('icon.png', 'br')).headers['content-encoding'], undefined);
});

test('Accept-Encoding: br before gzip; q=0 refuses; * takes both', () => {
  assert.deepEqual(accepted('gzip, br').map(([e]) => e), ['br', 'gzip']);
  assert.deepEqual(accepted('gzip;q=1.0, br;q=0').map(([e]) => e), ['gzip']);
  assert.deepEqual(accepted('*').map(([e]) => e), ['br', 'gzip']);
  assert.deepEqual(accepted('').map(([e]) => e), []);
  assert.deepEqual(accepted(undefined).map(([e]) => e), []);
});
