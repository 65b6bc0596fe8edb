// Messages shared by every product: the banner for errors that belong to no input, the summary
// of the inputs in error, and the placement of the core's warnings at their inputs.

import { replaceIfChanged, setHidden, setText, type Ui } from './dom';
import { visibleInputFor, type PathTable } from './fields';

export type Note = { field: string; message: string };

/** An input's label text without its coin and "optional" marks. */
export function labelOf(ui: Ui, id: string): string {
  const label = ui.root.querySelector(`label[for="${id}"]`);
  if (!label) return id;
  const copy = label.cloneNode(true) as HTMLElement;
  for (const opt of copy.querySelectorAll('.opt, .coin')) opt.remove();
  return (copy.textContent ?? id).replace(/\s+/g, ' ').trim();
}

export function showGeneral(ui: Ui, message: string): void {
  const g = ui.$('generalError');
  setText(g, message);
  setHidden(g, message === '');
}

/** The notice above the results listing the inputs in error (hidden when there is none). */
export function showErrorSummary(ui: Ui, errors: Map<string, string>): void {
  const summary = ui.$('errorSummary');
  setHidden(summary, errors.size === 0);
  setText(summary, [...errors].map(([id, m]) => `${labelOf(ui, id)}: ${m}`).join(' · ')
    + ' — fix the marked input to see results.');
}

/** Warnings at their visible inputs (input id → messages), and the rest for a notes card. */
export function placeWarnings(
  ui: Ui, list: Note[], table: PathTable, standIns: Record<string, string>,
): { atInputs: Map<string, string[]>; other: Note[] } {
  const atInputs = new Map<string, string[]>();
  const other: Note[] = [];
  for (const w of list) {
    const input = visibleInputFor(ui, w.field, table, standIns);
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

/** The warnings that belong to no visible input, as a list (each product's "Notes" card). */
export function renderNotes(ui: Ui, cardId: string, listId: string, list: Note[]): void {
  ui.show(cardId, list.length > 0);
  replaceIfChanged(ui.testId(listId), ...list.map((w) => {
    const li = document.createElement('li');
    if (w.field && w.field !== '$') {
      const code = document.createElement('code');
      code.textContent = w.field;
      li.append(code, ': ');
    }
    li.append(w.message);
    return li;
  }));
}
