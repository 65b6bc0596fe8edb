// The page's import graph, from esbuild's metafile: no cycle, and the layers of web/src kept —
// entries → calculator → products (spot, contracts, options) → shared, never back up, and no
// product importing another; the guide's blocks (guide/) sit beside the products, for the entries and the calculator. `node scripts/check-imports.mjs` checks web/src's entries; exits 1
// with each problem named.
import { build } from 'esbuild';
import { relative } from 'node:path';

export const ENTRIES = ['web/src/page.ts', 'web/src/embed.ts', 'web/src/isomargin-calculator.ts', 'web/src/shared/montecarlo/worker.ts', 'web/src/guide.ts'];

const PRODUCTS = ['spot', 'contracts', 'options'];

/** The layer of a file under `src` (a path relative to it): entry, calculator, a product's name, shared. */
function layer(file) {
  const top = file.split('/')[0];
  if (!file.includes('/')) return 'entry';
  return top;
}

/** What a layer may import. */
function allowed(from, to) {
  if (from === to) return true;
  if (to === 'shared') return true;
  if (from === 'entry') return to === 'calculator' || to === 'guide';
  if (from === 'calculator') return PRODUCTS.includes(to) || to === 'guide';
  return false;
}

/** The import graph of `entries` under `src`: file → files it imports (relative to src). */
export async function importGraph(entries, src, tsconfig) {
  const result = await build({
    entryPoints: entries, bundle: true, write: false, metafile: true, format: 'esm', outdir: 'out.tmp',
    logLevel: 'silent', tsconfig, external: ['isomargin'], loader: { '.css': 'text' },
  });
  const graph = new Map();
  for (const [path, input] of Object.entries(result.metafile.inputs)) {
    const from = relative(src, path);
    if (from.startsWith('..')) continue;
    graph.set(from, input.imports.filter((i) => !i.external).map((i) => relative(src, i.path)).filter((p) => !p.startsWith('..')));
  }
  return graph;
}

/** Every cycle (as a path of files) and every import across the layers' rules. */
export function problems(graph) {
  const out = [];
  for (const [from, tos] of graph) {
    for (const to of tos) {
      if (!allowed(layer(from), layer(to))) out.push(`layer: ${from} imports ${to} (${layer(from)} → ${layer(to)})`);
    }
  }
  const state = new Map();  // file → 'open' while on the stack, 'done' after
  const stack = [];
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const to of graph.get(file) ?? []) {
      if (state.get(to) === 'open') out.push(`cycle: ${[...stack.slice(stack.indexOf(to)), to].join(' → ')}`);
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = problems(await importGraph(ENTRIES, 'web/src', 'web/tsconfig.json'));
  for (const p of found) console.error(p);
  if (found.length) process.exit(1);
  console.error('imports: no cycle; entries → calculator → products → shared');
}
