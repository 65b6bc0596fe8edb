// Shared setup for the browser tests: serve dist/ with the production CSP on a free port, drive
// Debian's /usr/bin/chromium through playwright-core, and record everything a page must not do
// (console errors, page errors, CSP violations, requests leaving 127.0.0.1).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = `${root}dist`;

export const LAUNCH = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  timeout: 30000,
};

/** Starts the server on dist/ and the browser. Call `stop()` in after(). */
export async function startHarness() {
  // build-web.mjs renames a finished tree into place, so dist/ is whole whenever it exists.
  if (!existsSync(`${dist}/.built`)) throw new Error('dist/ is not built: run `npm run build` first');
  const server = await serve(dist, 0);
  const { port } = server.address();
  const browser = await chromium.launch(LAUNCH);
  return {
    browser,
    base: `http://127.0.0.1:${port}/`,
    async stop() {
      await browser.close().catch(() => {});
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Opens a page at `query` (e.g. "?markPrice=19500"; or any `url`), waits for the first result (or
 * for `ready(page)`), and returns it with `problems`: every console error, page error, CSP
 * violation and off-host request so far (in any of its frames), and `warnings`: the console's.
 */
export async function openPage(h, { query = '', url = null, ready = null, width = 1280, height = 900, colorScheme = 'light', init = [], locale = 'en-US', ...more } = {}) {
  const context = await h.browser.newContext({ viewport: { width, height }, colorScheme, locale, ...more });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  const problems = [];
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(m.text())) {
      problems.push(`console ${m.type()}: ${m.text()}`);
    } else if (m.type() === 'warning') {
      warnings.push(m.text());
    }
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1') {
      problems.push(`request left 127.0.0.1: ${r.url()}`);
    }
  });
  // Injected over CDP, so the page's CSP does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  // Test-side instruments (a Worker wrapper, a recorder) that must be in place before the page runs.
  for (const [fn, arg] of init) await page.addInitScript(fn, arg);
  await page.goto(url ?? h.base + query);
  try {
    if (ready) await ready(page);
    else {
      await page.waitForFunction(() => {
        const loading = document.getElementById('loading');
        return loading && loading.hidden;
      });
    }
  } catch (e) {
    await context.close();
    throw new Error(`the page did not finish loading: ${e.message}\n${problems.join('\n')}`);
  }
  return { page, context, problems, warnings };
}

/**
 * Runs `fn(page)` on a fresh page of harness `h`; then fails on any broken number on the page,
 * console error, CSP violation or off-host request.
 */
export async function withPage(h, fn, options = {}) {
  const { page, context, problems } = await openPage(h, options);
  try {
    await fn(page);
    assert.deepEqual(await brokenNumbers(page), [], 'no NaN/Infinity/undefined/null on the page');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
}

/**
 * Waits until the output `id` shows text matching `pattern` and returns it: for outputs that change
 * after an asynchronous step (a section's toggle event, a worker's reply). Fails with the last text seen.
 */
export async function outMatching(page, id, pattern, timeout = 15000) {
  const sel = `[data-testid="${id}"]`;
  try {
    await page.waitForFunction(([s, src, flags]) => {
      const e = document.querySelector(s);
      return e !== null && new RegExp(src, flags).test(e.innerText);
    }, [sel, pattern.source, pattern.flags], { timeout });
  } catch {
    assert.match(await page.locator(sel).first().innerText().catch(() => '(missing)'), pattern);
  }
  return out(page, id);
}

/** Runs `action` and waits for the page update it causes (the page's <html data-updates> hook). */
export async function afterUpdate(page, action) {
  const before = await page.evaluate(() => Number(document.documentElement.dataset.updates ?? 0));
  await action();
  await page.waitForFunction((b) => Number(document.documentElement.dataset.updates ?? 0) > b, before);
}

/**
 * The page's address once it is written: the page writes the address of keystrokes after the
 * typing pauses (<html data-address="pending"> until then), a commit's at once.
 */
export async function address(page) {
  await page.waitForFunction(() => document.documentElement.dataset.address !== 'pending');
  return new URL(await page.evaluate(() => location.href));
}

/** Opens or closes a <details> section by its summary, as a user would, and waits for the page to follow. */
export const toggleSection = (page, id) => afterUpdate(page, () => page.click(`#${id} summary`));

/** What sticks out to the right of the viewport (tables scroll inside their own wrapper). */
export async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((e) => e.getClientRects().length && !e.closest('.table-wrap'))
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map((e) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`);
    return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 5) };
  });
}

/** No horizontal scroll at `width` px and nothing sticking out. */
export async function assertFits(page, width) {
  const o = await overflow(page);
  assert.ok(o.scrollWidth <= width, `scrollWidth ${o.scrollWidth}: ${o.wide.join(', ')}`);
  assert.deepEqual(o.wide, []);
}

/** The text of an output by data-testid. */
export function out(page, id) {
  return page.locator(`[data-testid="${id}"]`).first().innerText();
}

/** Replaces a text input's value as a user would (select all, type), firing input events. */
export async function typeInto(page, selector, text) {
  await page.fill(selector, text);
}

/** innerText must never show a broken number. */
export async function brokenNumbers(page) {
  const text = await page.evaluate(() => document.body.innerText);
  return text.match(/NaN|Infinity|undefined|null/g) ?? [];
}

/** The guide's risk example (a worked example), with more of the page's URL state on top: "?example=risk&markPrice=19500". */
export function riskQuery(query = '') {
  const rest = query.replace(/^\?/, '');
  return `?example=risk${rest ? `&${rest}` : ''}`;
}
