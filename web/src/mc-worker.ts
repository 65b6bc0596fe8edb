// The Monte Carlo run, off the main thread: a module worker (dist/mc-worker.js) that loads the
// core once and evaluates each spot scenario it is sent (with `monteCarlo`), posting back the
// report's Monte Carlo part and the closed-form chance of the same evaluation, or the error. The
// page sends each worker chunks of the paths (monteCarlo.firstPath/pathCount), one at a time.
// The page terminates the worker to cancel a run; the id guards against a late reply.

import { load, type Isomargin, type Report, type Scenario, type ScenarioError } from 'isomargin';

export type MonteCarlo = NonNullable<Report['monteCarlo']>;
export interface McRequest { id: number; scenario: Scenario }
export type McResponse =
  | { id: number; ok: true; monteCarlo: MonteCarlo; closedForm: number | null; quote: string }
  | { id: number; ok: false; error: ScenarioError };

// Typed by hand: the page's tsconfig has the DOM library, not the worker's.
const scope = self as unknown as {
  postMessage(m: McResponse): void;
  addEventListener(type: 'message', f: (e: MessageEvent<McRequest>) => void): void;
};

// Load the core at once and warm it up: V8 first runs wasm unoptimised and compiles the hot loop
// in the background, so a run right after loading is ~2× slower (docs/benchmarks.md). The page
// starts its workers when the Monte Carlo card opens; by the click they are usually warm.
const WARM_UP: Scenario = {
  side: 'long', marginCoin: 'quote', order: { entryPrice: 100000, size: 1, leverage: 10 },
  markPrice: 100000, takerFee: 0.001, mmr: 0.03,
  monteCarlo: { paths: 1000, steps: 1000, volatility: 0.6, days: 1 },
};
let core: Promise<Isomargin> | null = load().then((im) => {
  im.evaluate(WARM_UP);
  return im;
});
core.catch(() => {});  // reported to the first request

scope.addEventListener('message', async (e) => {
  const { id, scenario } = e.data;
  const fail = (message: string, field = '$'): void => scope.postMessage({ id, ok: false, error: { field, message } });
  let im: Isomargin;
  try {
    core ??= load();
    im = await core;
  } catch (err) {
    fail(`Could not load the WebAssembly core: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  try {
    const r = im.evaluate(scenario);
    if (!r.ok) fail(r.error.message, r.error.field);
    else if (!r.report.monteCarlo) fail('the core returned no Monte Carlo result');
    else scope.postMessage({ id, ok: true, monteCarlo: r.report.monteCarlo, closedForm: r.report.liquidationProbability, quote: r.report.pair.quote });
  } catch (err) {
    fail(`the core failed: ${err instanceof Error ? err.message : String(err)}`);
  }
});
