// The Monte Carlo off the main thread: a module worker (dist/mc-worker.js) that loads the core
// once — from the page's compiled module, its first message, so it compiles nothing — and answers
// each request it is sent (answer.ts). The pool sends each worker ranges of the
// paths (monteCarlo.firstPath/pathCount), one at a time, terminates it to cancel a run, and
// matches replies by id so a late one is ignored.

import { load, type Isomargin, type Scenario } from 'isomargin';
import { answer, type McRequest, type McResponse } from './answer';

// Typed by hand: the page's tsconfig has the DOM library, not the worker's.
const scope = self as unknown as {
  postMessage(m: McResponse): void;
  addEventListener(type: 'message', f: (e: MessageEvent<McRequest | McModule>) => void): void;
};
/** The pool's first message: the page's compiled core. */
interface McModule { module: WebAssembly.Module }

// Load the core on the pool's first message and warm it up: V8 first runs wasm unoptimised and
// compiles the hot loop in the background, so a run right after loading is ~2× slower
// (docs/benchmarks.md). The page starts its workers when the Monte Carlo card opens; by the click
// they are usually warm.
const WARM_UP: Scenario = {
  side: 'long', marginCoin: 'quote', order: { entryPrice: 100000, size: 1, leverage: 10 },
  markPrice: 100000, takerFee: 0.001, mmr: 0.03,
  monteCarlo: { paths: 1000, steps: 1000, volatility: 0.6, days: 1 },
};
let core: Promise<Isomargin> | null = null;
const start = (module?: WebAssembly.Module): Promise<Isomargin> => {
  core = load(module ? { module } : {}).then((im) => {
    im.evaluate(WARM_UP);
    return im;
  });
  core.catch(() => {});  // reported to the first request
  return core;
};

scope.addEventListener('message', async (e) => {
  if ('module' in e.data) {
    start(e.data.module);
    return;
  }
  let im: Isomargin;
  try {
    im = await (core ?? start());
  } catch (err) {
    const message = `Could not load the WebAssembly core: ${err instanceof Error ? err.message : String(err)}`;
    scope.postMessage({ id: e.data.id, ok: false, error: { field: '$', message } });
    return;
  }
  scope.postMessage(answer(im, e.data));
});
