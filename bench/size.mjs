// What the page downloads for the calculator: the wasm module, its glue and the API layer,
// raw, gzipped (level 9) and brotli (quality 11), and each entry's own files.
// `node bench/size.mjs` after `npm run build` (also run by `npm run bench`).
import { readFileSync } from 'node:fs';
import { compressed } from './stats.mjs';

const read = (f) => readFileSync(new URL(`../dist/${f}`, import.meta.url));
const sizes = (list) => list.map((f) => ({ file: f, ...compressed(read(f)) }));
const total = (rows, k) => rows.reduce((a, x) => a + x[k], 0);

// The first-load module (the goal's); the full one (explanations, paste) comes on first use.
const rows = sizes(['wasm/isomargin-core.wasm', 'wasm/isomargin-core.mjs', 'wasm/isomargin.js']);
const fullRows = sizes(['wasm/isomargin-full.wasm', 'wasm/isomargin-full.mjs']);
// And what each entry loads of its own on top of the module: the full page, the embed, the element
// (which carries its stylesheets inside it) — each entry with the shared chunks it imports.
const chunks = (entry, seen = new Set()) => {
  for (const [, f] of readFileSync(new URL(`../dist/${entry}`, import.meta.url), 'utf8').matchAll(/(?:from|import)\s*"\.\/(shared-[A-Z0-9]+\.js)"/g)) {
    if (!seen.has(f)) { seen.add(f); chunks(f, seen); }
  }
  return [...seen].sort();
};
const entries = {
  page: ['index.html', 'app.js', ...chunks('app.js'), 'style.css', 'explain.css', 'dark.css'],
  embed: ['embed.html', 'embed.js', ...chunks('embed.js'), 'style.css', 'explain.css', 'dark.css'],
  element: ['isomargin-calculator.js', ...chunks('isomargin-calculator.js')],
};
const page = Object.fromEntries(Object.entries(entries).map(([name, list]) => {
  const s = sizes(list);
  return [name, { files: s, totalBytes: total(s, 'bytes'), totalGzip: total(s, 'gzip'), totalBrotli: total(s, 'brotli') }];
}));
console.log(JSON.stringify({ files: rows, totalBytes: total(rows, 'bytes'), totalGzip: total(rows, 'gzip'),
  totalBrotli: total(rows, 'brotli'), goalGzip: 50 * 1024,
  full: { files: fullRows, totalGzip: total(fullRows, 'gzip'), totalBrotli: total(fullRows, 'brotli') }, page }, null, 2));
