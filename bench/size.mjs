// What the page downloads for the calculator: the wasm module, its glue and the API layer,
// raw and gzipped (level 9), and each entry's own files. `node bench/size.mjs` after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const files = ['isomargin-core.wasm', 'isomargin-core.mjs', 'isomargin.js'];
let raw = 0;
let gz = 0;
const rows = files.map((f) => {
  const bytes = readFileSync(new URL(`../dist/wasm/${f}`, import.meta.url));
  const z = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += z;
  return { file: f, bytes: bytes.length, gzip: z };
});
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
  const sizes = list.map((f) => {
    const bytes = readFileSync(new URL(`../dist/${f}`, import.meta.url));
    return { file: f, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return [name, { files: sizes, totalBytes: sizes.reduce((a, x) => a + x.bytes, 0), totalGzip: sizes.reduce((a, x) => a + x.gzip, 0) }];
}));
console.log(JSON.stringify({ files: rows, totalBytes: raw, totalGzip: gz, goalGzip: 50 * 1024, page }, null, 2));
