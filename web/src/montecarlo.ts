// The Monte Carlo part of the spot page: on "Run Monte Carlo" the current scenario plus
// `monteCarlo` (paths, steps, seed from their inputs; volatility, drift and days from the chance
// inputs) goes to a module worker, so the page stays usable while the core walks the paths. One
// run at a time: a newer run terminates the worker of the older one. A result is kept with the
// scenario it answered, and marked stale when the inputs no longer give that scenario.

import type { Scenario } from 'isomargin';
import * as F from './format';
import { $, testId } from './dom';
import { visibleInputFor } from './fields';
import { numberReader } from './form';
import type { Values } from './state';
import type { McRequest, McResponse } from './mc-worker';
import { markStale, renderMonteCarlo, type McResult } from './mc-render';

export interface MonteCarloPart {
  /** After each evaluation: the values and the scenario (null while the page is in error). */
  sync(v: Values, scenario: Scenario | null): void;
  /** `errors` plus the Monte Carlo inputs' errors from the last run (the page's own come first). */
  withErrors(errors: Map<string, string>): Map<string, string>;
}

/** The inputs a Monte Carlo error is about: while they are unchanged, the error stays at its field. */
const INPUTS = ['mcPaths', 'mcSteps', 'mcSeed', 'volatility', 'horizonDays', 'drift'];

type Built = { scenario: Scenario; key: string; errors: Map<string, string>; paths: number; steps: number };

function build(v: Values, scenario: Scenario): Built {
  const errors = new Map<string, string>();
  const { num, put } = numberReader(v, errors);
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

/** `onErrors` re-renders the page's field messages (the main update). */
export function createMonteCarlo(onErrors: () => void): MonteCarloPart {
  let current: { v: Values; scenario: Scenario } | null = null;
  let worker: Worker | null = null;
  let nextId = 0;
  let running: { id: number; key: string; meta: Omit<McResult, 'monteCarlo' | 'closedForm' | 'quote'> } | null = null;
  let resultKey: string | null = null;
  let errors = new Map<string, string>();
  let errorsFor = '';

  const status = (text: string, busy = false): void => {
    testId('mcStatus').textContent = text;
    $('mcProgress').hidden = !busy;
    $('mcRun').setAttribute('aria-busy', busy ? 'true' : 'false');
  };
  const stale = (): void => {
    if (resultKey === null) return;
    markStale(!current || build(current.v, current.scenario).key !== resultKey);
  };
  const stop = (): void => {
    worker?.terminate();
    worker = null;
    running = null;
  };

  const receive = (data: McResponse): void => {
    if (!running || data.id !== running.id) return;  // superseded
    const run = running;
    running = null;
    if (data.ok) {
      status('');
      resultKey = run.key;
      renderMonteCarlo({ ...run.meta, monteCarlo: data.monteCarlo, closedForm: data.closedForm, quote: data.quote });
      stale();
      return;
    }
    const { field, message } = data.error;
    const input = field.startsWith('monteCarlo') ? visibleInputFor(field) : null;
    if (input) {
      errors = new Map([[input.id, message]]);
      status('not run: fix the marked input');
      onErrors();
    } else {
      status(`not run: ${field === '$' ? message : `${field}: ${message}`}`);
    }
  };

  const spawn = (): Worker => {
    const w = new Worker(new URL('./mc-worker.js', import.meta.url), { type: 'module', name: 'isomargin Monte Carlo' });
    w.addEventListener('message', (e: MessageEvent<McResponse>) => receive(e.data));
    w.addEventListener('error', (e) => {
      e.preventDefault();
      if (w !== worker) return;
      stop();
      status(`not run: the Monte Carlo worker failed${e.message ? `: ${e.message}` : ''}`);
    });
    return w;
  };

  const run = (): void => {
    if (!current) {
      status('not run: fix the marked inputs first');
      return;
    }
    const { v } = current;
    const b = build(v, current.scenario);
    errors = b.errors;
    errorsFor = inputsKey(v);
    if (running) stop();  // a newer run supersedes the older one
    if (b.errors.size) {
      status('not run: fix the marked input');
      onErrors();
      return;
    }
    worker ??= spawn();
    const id = ++nextId;
    running = { id, key: b.key, meta: { paths: b.paths, steps: b.steps, seed: (v.mcSeed ?? '').trim(),
      days: (v.horizonDays ?? '').trim(), daysValue: b.scenario.monteCarlo?.days ?? NaN, volatility: (v.volatility ?? '').trim() } };
    const shape = Number.isFinite(b.paths) && Number.isFinite(b.steps) ? ` ${F.count(b.paths)} paths × ${F.count(b.steps)} steps` : '';
    status(`running${shape}…`, true);
    worker.postMessage({ id, scenario: b.scenario } satisfies McRequest);
    onErrors();  // clears the messages of the last run
  };

  $('mcRun').addEventListener('click', run);

  return {
    sync(v, scenario) {
      current = scenario ? { v, scenario } : null;
      $('mcCard').hidden = v.probability !== '1';
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
