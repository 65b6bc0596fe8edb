// The Monte Carlo pool: on "Run Monte Carlo" the current scenario plus `monteCarlo` (paths, steps,
// seed from their inputs; volatility, drift and days from the chance inputs) goes to module
// workers, so the page stays usable while the core walks the paths. Each path has its own random
// stream, so the paths go out in chunks (monteCarlo.firstPath/pathCount) to one worker per core,
// each taking the next chunk when it is done; the core's mergeMonteCarlo joins the chunks' tallies
// into exactly the unsplit run's numbers. One run at a time: a newer run terminates the workers of
// the older one. A result is kept with the scenario it answered, and marked stale when the inputs
// no longer give that scenario. A page may only start workers of its own origin, so the custom
// element on another site's page runs the chunks on the main thread instead, one per task.
//
// Test hook (documented in DEVELOPERS.md): #mcCard carries data-state (idle | running | done |
// not-run) and data-run (the id of the newest run asked for); data-result-run is the id of the
// run whose numbers are shown. A status that lasts a few milliseconds is never read: tests wait on these.

import type { Isomargin, Scenario } from 'isomargin';
import type { Ui } from '../dom';
import { visibleInputFor, type PathTable } from '../fields';
import { numberReader } from '../numbers';
import type { LocaleNumbers } from '../locale';
import type { Values } from '../state';
import { answer, type McRequest, type McResponse, type MonteCarlo } from './answer';
import { markStale, renderMonteCarlo, type McResult } from './render';

export interface MonteCarloPart {
  /** After each evaluation: the values and the scenario (null while the page is in error). */
  sync(v: Values, scenario: Scenario | null): void;
  /** `errors` plus the Monte Carlo inputs' errors from the last run (the page's own come first). */
  withErrors(errors: Map<string, string>): Map<string, string>;
}

/** The inputs a Monte Carlo error is about: while they are unchanged, the error stays at its field. */
const INPUTS = ['mcPaths', 'mcSteps', 'mcSeed', 'volatility', 'horizonDays', 'drift'];

type Built = { scenario: Scenario; key: string; errors: Map<string, string>; paths: number; steps: number };

function build(v: Values, scenario: Scenario, nums: LocaleNumbers): Built {
  const errors = new Map<string, string>();
  const { num, put } = numberReader(v, errors, nums);
  const mc: Record<string, unknown> = {};
  put(mc, 'paths', num('mcPaths'));
  put(mc, 'steps', num('mcSteps'));
  put(mc, 'seed', num('mcSeed'));
  const p = scenario.probability;
  put(mc, 'volatility', p?.volatility);
  put(mc, 'drift', p?.drift);
  put(mc, 'days', p?.days);
  // The price path does not change the runs; leave it out of the request and of the key.
  const { path: _path, ...rest } = scenario;
  const request = { ...rest, monteCarlo: mc } as unknown as Scenario;
  return { scenario: request, key: JSON.stringify(request), errors, paths: Number(mc.paths), steps: Number(mc.steps) };
}

const inputsKey = (v: Values): string => JSON.stringify(INPUTS.map((id) => v[id] ?? ''));

/** Workers: one per core, at most this many. */
const MAX_WORKERS = 4;
/** Chunks per worker: one that finishes early takes another; each chunk costs a round trip and
 *  an evaluation (≈ 2.5 ms in Chromium, docs/benchmarks.md), so few. */
const CHUNKS_PER_WORKER = 2;

/** The run as requests of path ranges; one unsplit request when `paths` is not a count (the core names it). */
function requestsOf(scenario: Scenario, paths: number, chunks: number): Scenario[] {
  const mc = scenario.monteCarlo;
  if (!mc || !Number.isSafeInteger(paths) || paths < 1 || paths > 1e9) return [scenario];
  const n = Math.min(chunks, paths);
  return Array.from({ length: n }, (_, i) => {
    const firstPath = Math.floor((i * paths) / n);
    const pathCount = Math.floor(((i + 1) * paths) / n) - firstPath;
    return { ...scenario, monteCarlo: { ...mc, firstPath, pathCount } };
  });
}

/** Where chunks run: a module worker, or the main thread (one chunk per task). */
interface Lane { post(request: McRequest): void; terminate(): void }

const WORKER = new URL('./mc-worker.js', import.meta.url);

/** `onErrors` re-renders the product's field messages (its update). */
export function createMonteCarlo(
  ui: Ui, im: Isomargin, fields: { paths: PathTable; standIns: Record<string, string> }, onErrors: () => void,
): MonteCarloPart {
  const inline = WORKER.origin !== location.origin;
  const cores = (): number => (inline ? 1 : Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 1));
  let current: { v: Values; scenario: Scenario } | null = null;
  let pool: Lane[] = [];
  let nextId = 0;
  let running: {
    id: number; key: string; meta: Omit<McResult, 'monteCarlo' | 'closedForm' | 'quote'>;
    requests: Scenario[]; sent: number; parts: MonteCarlo[];
  } | null = null;
  const bar = ui.$('mcProgress') as HTMLProgressElement;
  let resultKey: string | null = null;
  let errors = new Map<string, string>();
  let errorsFor = '';

  const card = ui.$('mcCard');
  const status = (text: string, state: 'running' | 'done' | 'not-run'): void => {
    ui.testId('mcStatus').textContent = text;
    const busy = state === 'running';
    bar.hidden = !busy;
    ui.$('mcRun').setAttribute('aria-busy', busy ? 'true' : 'false');
    card.dataset.state = state;
  };
  card.dataset.state = 'idle';
  const stale = (): void => {
    if (resultKey === null) return;
    markStale(ui, !current || build(current.v, current.scenario, ui.numbers).key !== resultKey);
  };
  const stop = (): void => {
    for (const w of pool) w.terminate();
    pool = [];
    running = null;
  };
  const send = (w: Lane): void => {
    if (!running || running.sent >= running.requests.length) return;
    w.post({ id: running.id, scenario: running.requests[running.sent++] });
  };

  const receive = (data: McResponse, from: Lane): void => {
    if (!running || data.id !== running.id) return;  // superseded
    const run = running;
    if (data.ok) {
      run.parts.push(data.monteCarlo);
      bar.value = run.parts.length;
      if (run.parts.length < run.requests.length) {
        send(from);
        return;
      }
      running = null;
      const merged = im.mergeMonteCarlo(run.parts);
      if (!merged.ok) {
        status(`not run: ${merged.error.field}: ${merged.error.message}`, 'not-run');
        return;
      }
      resultKey = run.key;
      renderMonteCarlo(ui, { ...run.meta, monteCarlo: merged.monteCarlo, closedForm: data.closedForm, quote: data.quote });
      card.dataset.resultRun = String(run.id);
      stale();
      status('', 'done');
      return;
    }
    running = null;
    const { field, message } = data.error;
    const input = field.startsWith('monteCarlo') ? visibleInputFor(ui, field, fields.paths, fields.standIns) : null;
    if (input) {
      errors = new Map([[input.id, message]]);
      status('not run: fix the marked input', 'not-run');
      onErrors();
    } else {
      status(`not run: ${field === '$' ? message : `${field}: ${message}`}`, 'not-run');
    }
  };

  const spawn = (): Lane => {
    if (inline) {
      let timer = 0;
      const lane: Lane = {
        post: (request) => { timer = window.setTimeout(() => receive(answer(im, request), lane)); },
        terminate: () => window.clearTimeout(timer),
      };
      return lane;
    }
    const w = new Worker(WORKER, { type: 'module', name: 'isomargin Monte Carlo' });
    w.postMessage({ module: im.module });  // first: the core compiled once, on the page
    const lane: Lane = { post: (request) => w.postMessage(request), terminate: () => w.terminate() };
    w.addEventListener('message', (e: MessageEvent<McResponse>) => receive(e.data, lane));
    w.addEventListener('error', (e) => {
      e.preventDefault();
      if (!pool.includes(lane)) return;
      stop();
      status(`not run: the Monte Carlo worker failed${e.message ? `: ${e.message}` : ''}`, 'not-run');
    });
    return lane;
  };

  const run = (): void => {
    card.dataset.run = String(++nextId);
    if (!current) {
      status('not run: fix the marked inputs first', 'not-run');
      return;
    }
    const { v } = current;
    const b = build(v, current.scenario, ui.numbers);
    errors = b.errors;
    errorsFor = inputsKey(v);
    if (running) stop();  // a newer run supersedes the older one
    if (b.errors.size) {
      status('not run: fix the marked input', 'not-run');
      onErrors();
      return;
    }
    const requests = requestsOf(b.scenario, b.paths, cores() * CHUNKS_PER_WORKER);
    const workers = Math.min(cores(), requests.length);
    while (pool.length < workers) pool.push(spawn());
    running = { id: nextId, key: b.key, requests, sent: 0, parts: [], meta: { paths: b.paths, steps: b.steps, seed: (v.mcSeed ?? '').trim(),
      days: (v.horizonDays ?? '').trim(), daysValue: b.scenario.monteCarlo?.days ?? NaN, volatility: (v.volatility ?? '').trim() } };
    const shape = Number.isFinite(b.paths) && Number.isFinite(b.steps) ? ` ${ui.fmt.count(b.paths)} paths × ${ui.fmt.count(b.steps)} steps` : '';
    status(`running${shape}…`, 'running');
    bar.max = requests.length;
    bar.value = 0;
    for (const w of pool.slice(0, workers)) send(w);
    onErrors();  // clears the messages of the last run
  };

  ui.$('mcRun').addEventListener('click', run);

  return {
    sync(v, scenario) {
      current = scenario ? { v, scenario } : null;
      ui.$('mcCard').hidden = v.probability !== '1';
      // Start the workers with the card, so they load and warm up the core before a run.
      if (v.probability === '1' && !pool.length) {
        for (let i = 0; i < cores(); i++) pool.push(spawn());
      }
      if (inputsKey(v) !== errorsFor) errors = new Map();
      stale();
    },
    withErrors(own) {
      const all = new Map(errors);
      for (const [k, m] of own) all.set(k, m);
      return all;
    },
  };
}
