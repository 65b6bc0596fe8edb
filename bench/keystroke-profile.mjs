// What one keystroke in the mark price costs on the built page, in counts the machine's load
// does not move much: layouts and style recalculations per key (CDP Performance metrics), and
// where the script time goes (CDP Profiler, self time by function). Not part of `npm run bench`:
// a tool for working on the keystroke path. `node bench/keystroke-profile.mjs [keys]` after a build.
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.mjs';
import { LAUNCH } from '../tests/browser/harness.mjs';

const keys = Number(process.argv[2] ?? 20);
const server = await serve(resolve('dist'), 0);
const browser = await chromium.launch(LAUNCH);
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => document.documentElement.dataset.updates);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.focus('#markPrice');
  await page.keyboard.press('End');
  // One key, and the frame after the update it causes (as bench/page-bench.mjs waits for it).
  const key = async (i) => {
    await page.evaluate(() => {
      const html = document.documentElement;
      const before = html.dataset.updates;
      window.__next = new Promise((done) => new MutationObserver((_, seen) => {
        if (html.dataset.updates === before) return;
        seen.disconnect();
        requestAnimationFrame(() => setTimeout(done));
      }).observe(html, { attributes: true, attributeFilter: ['data-updates'] }));
    });
    await page.keyboard.press(i % 2 ? '0' : 'Backspace');  // 100000 → 10000 → 100000 …
    await page.evaluate(() => window.__next);
  };
  for (let i = 0; i < 4; i++) await key(i);  // warm
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const m0 = await metrics();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < keys; i++) await key(i);
  const { profile } = await cdp.send('Profiler.stop');
  const m1 = await metrics();
  const per = (k) => (m1[k] - m0[k]) / keys;
  console.log(`per keystroke (${keys} keys): ${per('LayoutCount')} layouts, ${per('RecalcStyleCount')} style recalculations; ` +
    `layout ${(1000 * per('LayoutDuration')).toFixed(2)} ms, style ${(1000 * per('RecalcStyleDuration')).toFixed(2)} ms, ` +
    `script ${(1000 * per('ScriptDuration')).toFixed(2)} ms, tasks ${(1000 * per('TaskDuration')).toFixed(2)} ms`);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber}:${f.columnNumber}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).filter(([n]) => !/^\((idle|program)\)/.test(n)).slice(0, 15)) {
    console.log(`${(us / 1000 / keys).toFixed(2).padStart(7)} ms  ${name}`);
  }
} finally {
  await browser.close();
  server.close();
}
