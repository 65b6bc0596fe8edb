// One Monte Carlo request answered: the scenario (with `monteCarlo`, one range of paths)
// evaluated by the core, and the report's Monte Carlo part and the closed-form chance of the same
// evaluation sent back, or the error. The same in a worker and on the main thread.

import type { Isomargin, Report, Scenario, ScenarioError } from 'isomargin';

export type MonteCarlo = NonNullable<Report['monteCarlo']>;
export interface McRequest { id: number; scenario: Scenario }
export type McResponse =
  | { id: number; ok: true; monteCarlo: MonteCarlo; closedForm: number | null; quote: string }
  | { id: number; ok: false; error: ScenarioError };

export function answer(im: Isomargin, { id, scenario }: McRequest): McResponse {
  const fail = (message: string, field = '$'): McResponse => ({ id, ok: false, error: { field, message } });
  try {
    const r = im.evaluate(scenario);
    if (!r.ok) return fail(r.error.message, r.error.field);
    if (!r.report.monteCarlo) return fail('the core returned no Monte Carlo result');
    return { id, ok: true, monteCarlo: r.report.monteCarlo, closedForm: r.report.liquidationProbability, quote: r.report.pair.quote };
  } catch (err) {
    return fail(`the core failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
