// Assembles the deployable static site in dist/: html, css, the page script (esbuild), and the
// wasm module with its glue (minified) and the hand-written API layer beside it.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { formulasPage } from './formulas-page.mjs';
import { writeIcons, writeManifest, writeServiceWorker } from './offline.mjs';
import { writeCompressed } from './compress.mjs';

// Built beside dist/ and renamed into place, so dist/ is never half-built.
const dist = 'dist.tmp';
rmSync(dist, { recursive: true, force: true });
mkdirSync(`${dist}/wasm`, { recursive: true });

// Type-check the page and the API's d.ts before bundling (esbuild strips types unchecked).
execFileSync('node', ['node_modules/typescript/bin/tsc', '-p', 'web/tsconfig.json'], { stdio: 'inherit' });

// The two modules (wasm/CMakeLists.txt): the first load's and the full one.
const modules = ['isomargin-core', 'isomargin-full'];
for (const m of modules) {
  await build({
    entryPoints: [`build/wasm/wasm/${m}.mjs`],
    outfile: `${dist}/wasm/${m}.mjs`,
    format: 'esm',
    minify: !process.env.NO_MINIFY,
    logLevel: 'warning',
  });
  cpSync(`build/wasm/wasm/${m}.wasm`, `${dist}/wasm/${m}.wasm`);
}
// The API layer is minified too (its comments are most of its bytes); it imports the glue
// by relative path, which stays external. isomargin-node.js is the package's node export.
for (const f of ['isomargin.js', 'isomargin-node.js']) {
  await build({
    entryPoints: [`wasm/${f}`],
    outfile: `${dist}/wasm/${f}`,
    format: 'esm',
    minify: !process.env.NO_MINIFY,
    target: 'es2020',
    logLevel: 'warning',
  });
}
cpSync('wasm/isomargin.d.ts', `${dist}/wasm/isomargin.d.ts`);
cpSync('wasm/contracts.d.ts', `${dist}/wasm/contracts.d.ts`);
cpSync('wasm/options.d.ts', `${dist}/wasm/options.d.ts`);
cpSync('wasm/paste.d.ts', `${dist}/wasm/paste.d.ts`);

// The three entries — the full page, the embed page, the custom element — and the guide, built
// together with code splitting: what they share (the products, the chart, the explanations) is one
// chunk beside them, fetched once and shipped once, instead of a copy inside each entry. Chunks sit
// beside the entries so that './wasm/isomargin.js' and import.meta.url resolve alike from either.
// The Monte Carlo worker stays one file (a module worker beside them). They import the API as
// 'isomargin' (typed by wasm/isomargin.d.ts); it ships beside. The element takes the stylesheets
// as text, to adopt them as constructable sheets.
const common = {
  bundle: true,
  format: 'esm',
  minify: !process.env.NO_MINIFY,
  target: 'es2022',
  loader: { '.css': 'text' },
  plugins: [{
    name: 'isomargin-api',
    setup(b) {
      b.onResolve({ filter: /^isomargin$/ }, () => ({ path: './wasm/isomargin.js', external: true }));
    },
  }],
  logLevel: 'warning',
};
const split = await build({
  ...common,
  metafile: true,
  entryPoints: {
    app: 'web/src/page.ts',
    embed: 'web/src/embed.ts',
    'isomargin-calculator': 'web/src/isomargin-calculator.ts',
    guide: 'web/src/guide.ts',
  },
  outdir: dist,
  splitting: true,
  chunkNames: 'shared-[hash]',
});
// <link rel="modulepreload"> for an entry's chunks, so the browser fetches them beside the entry
// rather than after it has parsed it.
const preloads = (entry) => split.metafile.outputs[`${dist}/${entry}`].imports
  .filter((i) => i.kind === 'import-statement' && !i.external)
  .map((i) => `<link rel="modulepreload" href="${i.path.slice(dist.length + 1)}">\n`).join('');
// And the module the entry loads (the guide's is the full one): the API, its glue and the wasm
// fetched beside app.js, not each after the one before (html → app.js → isomargin.js → glue →
// wasm). `crossorigin` matches isomargin.js's fetch (cors, same-origin credentials), so the
// preloaded response is the one it compiles.
const wasmPreloads = (m) => '<link rel="modulepreload" href="wasm/isomargin.js">\n'
  + `<link rel="modulepreload" href="wasm/${m}.mjs">\n`
  + `<link rel="preload" href="wasm/${m}.wasm" as="fetch" type="application/wasm" crossorigin>\n`;
const withPreloads = (html, entry, m = 'isomargin-core') => html.replace('</head>', `${preloads(entry)}${wasmPreloads(m)}</head>`);
await build({ ...common, entryPoints: ['web/src/shared/montecarlo/worker.ts'], outfile: `${dist}/mc-worker.js` });
writeFileSync(`${dist}/guide.html`, withPreloads(readFileSync('web/guide.html', 'utf8'), 'guide.js', 'isomargin-full'));
for (const f of ['style.css', 'explain.css', 'dark.css', 'print.css', 'favicon.svg', 'isomargin-calculator.d.ts']) cpSync(`web/${f}`, `${dist}/${f}`);
// The pages share their head (meta tags, manifest, icons): web/head.html, put in at <!--#head-->.
const head = readFileSync('web/head.html', 'utf8').replace(/^<!--.*-->\n/, '');
for (const [f, entry] of [['index.html', 'app.js'], ['embed.html', 'embed.js']]) {
  const page = readFileSync(`web/${f}`, 'utf8');
  if (!page.includes('<!--#head-->')) throw new Error(`web/${f} has no <!--#head-->`);
  writeFileSync(`${dist}/${f}`, withPreloads(page.replace('<!--#head-->\n', head), entry));
}
// The formulas and their sources as a page (docs/formulas.md, rendered at build time).
writeFileSync(`${dist}/formulas.html`, formulasPage(readFileSync('docs/formulas.md', 'utf8')));
for (const m of modules) {
  if (readFileSync(`${dist}/wasm/${m}.mjs`, 'utf8').match(/\bnew Function\b|\beval\(/)) {
    throw new Error(`the wasm glue ${m}.mjs contains eval or new Function: the page would break under CSP`);
  }
}
// The offline app: icons from the SVG, the manifest, and last the service worker with every file's hash.
writeIcons(dist);
writeManifest(dist);
writeServiceWorker(dist);
// Last, so that every file (sw.js too) has its .br and .gz beside it.
writeCompressed(dist);
writeFileSync(`${dist}/.built`, new Date().toISOString() + '\n');
rmSync('dist', { recursive: true, force: true });
renameSync(dist, 'dist');
console.error('build: dist/ ready');
