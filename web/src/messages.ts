// Page-level messages shared by both products: the banner for errors that belong to no input,
// the summary of the inputs in error, and the placement of the core's warnings at their inputs.

import { $ } from './dom';
import { visibleInputFor, type PathTable } from './fields';

/** An input's label text without its coin and "optional" marks. */
export function labelOf(id: string): string {
  const label = document.querySelector(`label[for="${id}"]`);
  if (!label) return id;
  const copy = label.cloneNode(true) as HTMLElement;
  for (const opt of copy.querySelectorAll('.opt, .coin')) opt.remove();
  return (copy.textContent ?? id).replace(/\s+/g, ' ').trim();
}

export function showGeneral(message: string): void {
  const g = $('generalError');
  g.textContent = message;
  g.hidden = message === '';
}

/** The notice above the results listing the inputs in error (hidden when there is none). */
export function showErrorSummary(errors: Map<string, string>): void {
  const summary = $('errorSummary');
  summary.hidden = errors.size === 0;
  summary.textContent = [...errors].map(([id, m]) => `${labelOf(id)}: ${m}`).join(' · ')
    + ' — fix the marked input to see results.';
}

/** Warnings at their visible inputs (input id → messages), and the rest for a notes card. */
export function placeWarnings(
  list: { field: string; message: string }[], table?: PathTable, standIns?: Record<string, string>,
): { atInputs: Map<string, string[]>; other: { field: string; message: string }[] } {
  const atInputs = new Map<string, string[]>();
  const other: { field: string; message: string }[] = [];
  for (const w of list) {
    const input = visibleInputFor(w.field, table, standIns);
    if (input) atInputs.set(input.id, [...(atInputs.get(input.id) ?? []), w.message]);
    else other.push(w);
  }
  return { atInputs, other };
}

/** Runs an evaluation; the API never throws, but if it ever did, say so instead of leaving stale numbers. */
export function guarded<R>(run: () => R): R | { ok: false; error: { field: string; message: string } } {
  try {
    return run();
  } catch (e) {
    return { ok: false, error: { field: '$', message: `the core failed: ${e instanceof Error ? e.message : String(e)}` } };
  }
}
