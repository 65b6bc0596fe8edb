// scripts/serve.mjs gives a host what it needs: the calculator's CSP, application/wasm, CORS on
// what another origin's page loads (module, chunks, glue, wasm, sheets), long-cache headers for
// content-hashed names and no-cache for the rest; nothing outside the served folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSP, serve } from '../../scripts/serve.mjs';

let dir;
let server;
let base;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isomargin-serve-'));
  for (const f of ['index.html', 'isomargin-calculator.js', 'chunk-AB2CD7EF.js', 'style.css', 'isomargin-core.wasm', 'app-1a2b3c4d.js']) writeFileSync(join(dir, f), 'x');
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
