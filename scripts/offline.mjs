// The offline web app's files, written into a built dist/ by build-web.mjs: the PNG icons
// (192, 512 and a maskable 512, from web/favicon.svg by librsvg's rsvg-convert, a Debian package:
// nothing is fetched at build time), the manifest, and sw.js with this build's file list and a
// version that is the hash of their contents (so a new build replaces the old cache).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const THEME = '#1f4fbf';

/** icon-192.png, icon-512.png and icon-maskable-512.png from the favicon's SVG. */
export function writeIcons(dir, svgFile = 'web/favicon.svg') {
  const svg = readFileSync(svgFile, 'utf8');
  const render = (input, size, out) => {
    execFileSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-o', join(dir, out)], { input });
  };
  render(svg, 192, 'icon-192.png');
  render(svg, 512, 'icon-512.png');
  // Maskable: the drawing inside the middle 60% (the safe zone) on a full-bleed background.
  const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${THEME}"/>`
    + `<g transform="translate(6.4 6.4) scale(0.6)">${inner}</g></svg>`;
  render(maskable, 512, 'icon-maskable-512.png');
}

export function writeManifest(dir) {
  const manifest = {
    name: 'isomargin — isolated-margin calculator',
    short_name: 'isomargin',
    description: 'Liquidation price, margin ratio and the liquidation workflow of one isolated position: spot margin, perpetuals and futures, options.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#f4f6f8',
    theme_color: THEME,
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  writeFileSync(join(dir, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** What the page, the embed and their workers load; not the d.ts files, the .br/.gz copies, the element (another origin's) or sw.js itself. */
function precached(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  // Nor the precompressed copies: the worker asks for a file, the server picks its encoding.
  return out.filter((f) => !/\.d\.ts$|^\.built$|^sw\.js$|^isomargin-calculator\.js$|^wasm\/isomargin-node\.js$|\.(?:br|gz)$/.test(f));
}

/** sw.js from web/sw.js: the file list and the version (a hash of every listed file's bytes). */
export function writeServiceWorker(dir, template = 'web/sw.js') {
  const files = precached(dir);
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
  const version = hash.digest('hex').slice(0, 12);
  const sw = readFileSync(template, 'utf8').replace("'__VERSION__'", JSON.stringify(version)).replace('__FILES__', JSON.stringify(files));
  writeFileSync(join(dir, 'sw.js'), sw);
  return { version, files };
}
