// Assembles the deployable static site in dist/: html, css, the page script (esbuild), and the
// wasm module with its glue (minified) and the hand-written API layer beside it.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

// Built beside dist/ and renamed into place, so dist/ is never half-built.
const dist = 'dist.tmp';
rmSync(dist, { recursive: true, force: true });
mkdirSync(`${dist}/wasm`, { recursive: true });

// Type-check the page and the API's d.ts before bundling (esbuild strips types unchecked).
execFileSync('node', ['node_modules/typescript/bin/tsc', '-p', 'web/tsconfig.json'], { stdio: 'inherit' });

await build({
  entryPoints: ['build/wasm/wasm/isomargin-core.mjs'],
  outfile: `${dist}/wasm/isomargin-core.mjs`,
  format: 'esm',
  minify: true,
  logLevel: 'warning',
});
cpSync('build/wasm/wasm/isomargin-core.wasm', `${dist}/wasm/isomargin-core.wasm`);
// The API layer is minified too (its comments are most of its bytes); it imports the glue
// by relative path, which stays external.
await build({
  entryPoints: ['wasm/isomargin.js'],
  outfile: `${dist}/wasm/isomargin.js`,
  format: 'esm',
  minify: true,
  target: 'es2020',
  logLevel: 'warning',
});
cpSync('wasm/isomargin.d.ts', `${dist}/wasm/isomargin.d.ts`);
cpSync('wasm/contracts.d.ts', `${dist}/wasm/contracts.d.ts`);
cpSync('wasm/options.d.ts', `${dist}/wasm/options.d.ts`);

// The page and the Monte Carlo worker (a module worker beside it, so that './wasm/isomargin.js'
// resolves to the same API from both) import the API as 'isomargin' (typed by
// wasm/isomargin.d.ts); it ships beside.
for (const [entry, out] of [['web/src/page.ts', 'app.js'], ['web/src/shared/montecarlo/worker.ts', 'mc-worker.js']]) {
  await build({
    entryPoints: [entry],
    outfile: `${dist}/${out}`,
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    plugins: [{
      name: 'isomargin-api',
      setup(b) {
        b.onResolve({ filter: /^isomargin$/ }, () => ({ path: './wasm/isomargin.js', external: true }));
      },
    }],
    logLevel: 'warning',
  });
}
cpSync('web/index.html', `${dist}/index.html`);
cpSync('web/style.css', `${dist}/style.css`);
cpSync('web/dark.css', `${dist}/dark.css`);
cpSync('web/favicon.svg', `${dist}/favicon.svg`);
if (readFileSync(`${dist}/wasm/isomargin-core.mjs`, 'utf8').match(/\bnew Function\b|\beval\(/)) {
  throw new Error('the wasm glue contains eval or new Function: the page would break under CSP');
}
writeFileSync(`${dist}/.built`, new Date().toISOString() + '\n');
rmSync('dist', { recursive: true, force: true });
renameSync(dist, 'dist');
console.error('build: dist/ ready');
