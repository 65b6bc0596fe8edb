// Offline: after one load the service worker has precached the build, so with the network gone a
// reload (and a link with a state) still computes, on the page and in the embed; a new build's
// worker installs beside the old one, the page says an update is ready, and taking it replaces the
// old cache. The web app's manifest and icons are there.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, openPage, out, riskQuery, root, startHarness } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';
import { writeServiceWorker } from '../../scripts/offline.mjs';
import { writeCompressed } from '../../scripts/compress.mjs';

let h;
before(async () => { h = await startHarness(); }, { timeout: 60000 });
after(async () => { await h?.stop(); });

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null);
const loaded = (page) => page.waitForFunction(() => document.getElementById('loading')?.hidden === true);

test('offline, the page reloads and computes, and a link with a state opens', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h, { query: riskQuery() });
  try {
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await loaded(page);
    assert.equal(await out(page, 'maintenanceMargin'), '128,180.00');
    await page.fill('#markPrice', '19,500');
    assert.equal(await out(page, 'marginRatio'), '1325.07%');
    await page.goto(`${h.base}?product=contract&cMarkPrice=95000`);
    await loaded(page);
    assert.equal(await page.inputValue('#cMarkPrice'), '95,000');
    assert.match(await out(page, 'cMarginRatio'), /%$/);
    assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)), []);
  } finally {
    await context.close();
  }
});

test('offline, the embed reloads and computes', { timeout: 60000 }, async () => {
  const { page, context, problems } = await openPage(h, { url: `${h.base}embed.html?product=contract`, width: 400, height: 600 });
  try {
    await controlled(page);
    const before = await out(page, 'cLiquidationPrice');
    await context.setOffline(true);
    await page.reload();
    await loaded(page);
    assert.equal(await out(page, 'cLiquidationPrice'), before);
    await page.fill('#cLeverage', '20');
    assert.notEqual(await out(page, 'cLiquidationPrice'), before);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('offline, the guide reloads and recomputes a block; the formulas page opens', { timeout: 60000 }, async () => {
  const blocks = (page) => page.waitForFunction(() => document.querySelectorAll('[data-block][data-updates]').length === 4);
  const { page, context, problems } = await openPage(h, { query: 'guide.html', ready: blocks });
  try {
    await controlled(page);
    await context.setOffline(true);
    await page.reload();
    await blocks(page);
    const box = page.locator('[data-block="risk"]');
    const before = Number(await box.getAttribute('data-updates'));
    await page.fill('#g-risk-mark', '19,500');
    await page.waitForFunction((n) => Number(document.querySelector('[data-block="risk"]').dataset.updates) > n, before);
    assert.match(await page.locator('[data-testid="gRiskNumbers"]').innerText(), /= 110\.5 BTC × 19,500 USDT × 4% = 86,190\.00 USDT/);
    await page.goto(`${h.base}formulas.html`);
    assert.equal(await page.locator('h1').first().innerText(), 'Formulas as implemented');
    assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)), []);
  } finally {
    await context.close();
  }
});

test('a new build: "update ready" is shown, and taking it replaces the old cache', { timeout: 60000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isomargin-sw-'));
  cpSync(dist, dir, { recursive: true });
  const server = await serve(dir, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const context = await h.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(base);
    await loaded(page);
    await controlled(page);
    const first = await page.evaluate(() => caches.keys());
    assert.equal(first.length, 1);
    // The next build: one file changed, so a new version.
    appendFileSync(join(dir, 'style.css'), '\n/* the next build */\n');
    const { version } = writeServiceWorker(dir, `${root}web/sw.js`);
    writeCompressed(dir);  // as the build does last: the changed files' .br and .gz anew
    assert.notEqual(`isomargin-${version}`, first[0]);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.locator('#updateReady').waitFor({ state: 'visible' });
    assert.match(await page.locator('#updateReady').innerText(), /new version of the calculator is ready/);
    await Promise.all([page.waitForEvent('load'), page.click('#updateReady button')]);
    await loaded(page);
    await page.waitForFunction((v) => caches.keys().then((k) => k.length === 1 && k[0] === v), `isomargin-${version}`);
    assert.match(await page.evaluate(() => fetch('style.css').then((r) => r.text())), /the next build/);
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the manifest names the app, its theme colour and its PNG icons (192, 512, maskable); the page has its meta tags', { timeout: 60000 }, async () => {
  const manifest = JSON.parse(readFileSync(`${dist}/manifest.webmanifest`, 'utf8'));
  assert.equal(manifest.short_name, 'isomargin');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
  const png = (f) => readFileSync(`${dist}/${f}`);
  for (const [f, size] of [['icon-192.png', 192], ['icon-512.png', 512], ['icon-maskable-512.png', 512]]) {
    const b = png(f);
    assert.equal(b.subarray(1, 4).toString(), 'PNG', f);
    assert.equal(b.readUInt32BE(16), size, `${f} width`);
    assert.equal(b.readUInt32BE(20), size, `${f} height`);
  }
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable' && i.src === 'icon-maskable-512.png'));
  const { page, context, problems } = await openPage(h);
  try {
    for (const sel of ['meta[name="description"]', 'meta[name="theme-color"]', 'meta[property="og:title"]', 'meta[property="og:image"]', 'link[rel="manifest"]']) {
      assert.equal(await page.locator(sel).count() > 0, true, sel);
    }
    const r = await page.evaluate(() => fetch('manifest.webmanifest').then((x) => x.headers.get('content-type')));
    assert.match(r, /application\/manifest\+json/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
