// Screenshots of the page in its first-load state (the seed example), for the docs:
// docs/screenshot.png at 1280×900 and docs/screenshot-mobile.png at 360 wide (full page).
// Builds nothing: run `bash scripts/build.sh` first. `node tests/browser/screenshot.mjs [--dark] [--contracts] [--embed]`
// (with --dark it also writes docs/screenshot-dark.png; with --contracts,
// docs/screenshot-contracts.png: the perpetual & futures view with its comparison of conventions;
// with --embed, docs/screenshot-embed.png: embed.html in a 360×600 frame).
import { openPage, root, startHarness } from './harness.mjs';

const h = await startHarness();
try {
  const shots = [
    { file: 'docs/screenshot.png', width: 1280, height: 900, fullPage: false },
    { file: 'docs/screenshot-mobile.png', width: 360, height: 780, fullPage: true },
  ];
  if (process.argv.includes('--dark')) {
    shots.push({ file: 'docs/screenshot-dark.png', width: 1280, height: 900, fullPage: false, colorScheme: 'dark' });
  }
  if (process.argv.includes('--contracts')) {
    shots.push({ file: 'docs/screenshot-contracts.png', width: 1280, height: 1320, fullPage: false, query: '?product=contract' });
  }
  if (process.argv.includes('--embed')) {
    shots.push({ file: 'docs/screenshot-embed.png', width: 360, height: 600, fullPage: false, query: 'embed.html?product=contract' });
  }
  for (const s of shots) {
    const { page, context, problems } = await openPage(h, {
      query: s.query ?? '', width: s.width, height: s.height, colorScheme: s.colorScheme ?? 'light',
    });
    // The phone's bottom bar is fixed to the viewport: keep it out of a full-page picture.
    if (s.fullPage) await page.evaluate(() => { const bar = document.getElementById('miniBar'); if (bar) bar.style.display = 'none'; });
    await page.screenshot({ path: `${root}${s.file}`, fullPage: s.fullPage });
    await context.close();
    if (problems.length) throw new Error(`${s.file}: ${problems.join('; ')}`);
    console.error(`wrote ${s.file}`);
  }
} finally {
  await h.stop();
}
