// Maps the core's JSON paths ("order.leverage", "tiers.rows[2].mmr", "$") to the input that
// holds that value (each product has its table), and shows or clears the messages beside each input.

import type { Ui } from './dom';

/** JSON path prefix → input id. Most specific first; a path matches an entry equal to it or nested under it. */
export type PathTable = [string, string][];

/** The id of the input for a JSON path, or null for the page as a whole ("$" and the rest). */
export function inputFor(path: string, table: PathTable): string | null {
  for (const [prefix, id] of table) {
    if (path === prefix || path.startsWith(prefix + '.') || path.startsWith(prefix + '[')) return id;
  }
  return null;
}

/** The visible input for a JSON path (or its stand-in), or null: say it in a general message. */
export function visibleInputFor(
  ui: Ui, path: string, table: PathTable, standIns: Record<string, string>,
): HTMLElement | null {
  const id = inputFor(path, table);
  if (!id) return null;
  for (const candidate of [id, standIns[id]]) {
    const el = candidate ? ui.root.getElementById(candidate) : null;
    if (el && isShown(el)) return el;
  }
  return null;
}

/** The input is on screen: none of its ancestors is hidden, fixed by the embedder or a closed <details>. */
export function isShown(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e instanceof HTMLElement && (e.hidden || e.dataset.fixed !== undefined)) return false;
    if (e !== el && e instanceof HTMLDetailsElement && !e.open) return false;
  }
  return true;
}

/** A hidden message paragraph for one input: `data-error-for` or `data-warning-for` names it. */
function messageSlot(inputId: string, kind: 'error' | 'warning'): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = `msg ${kind}`;
  p.id = `${inputId}-${kind}`;
  p.dataset[kind === 'error' ? 'errorFor' : 'warningFor'] = inputId;
  p.hidden = true;
  return p;
}

/** Adds an error slot and a warning slot after every input and select of the form. */
export function addMessageSlots(form: HTMLElement): void {
  for (const input of form.querySelectorAll<HTMLElement>('input, select, textarea')) {
    const field = input.closest('.field');
    if (!field || !input.id) continue;
    const error = messageSlot(input.id, 'error');
    error.setAttribute('role', 'alert');
    const warning = messageSlot(input.id, 'warning');
    warning.setAttribute('aria-live', 'polite');
    field.append(error, warning);
  }
}

function describe(ui: Ui, input: HTMLElement): void {
  const ids = [`${input.id}-error`, `${input.id}-warning`].filter((id) => {
    const el = ui.root.getElementById(id);
    return el && !el.hidden;
  });
  if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
  else input.removeAttribute('aria-describedby');
}

/** Shows `errors` (input id → message) and `warnings` (input id → messages); clears the rest. */
export function showFieldMessages(
  ui: Ui, form: HTMLElement, errors: Map<string, string>, warnings: Map<string, string[]>,
): void {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const id = slot.dataset.errorFor ?? '';
    const message = errors.get(id);
    slot.textContent = message ?? '';
    slot.hidden = message === undefined;
    const input = ui.root.getElementById(id);
    if (!input) continue;
    if (message === undefined) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  }
  for (const slot of form.querySelectorAll<HTMLElement>('[data-warning-for]')) {
    const list = warnings.get(slot.dataset.warningFor ?? '');
    slot.textContent = list ? list.join(' · ') : '';
    slot.hidden = !list;
    const input = ui.root.getElementById(slot.dataset.warningFor ?? '');
    if (input) describe(ui, input);
  }
}
