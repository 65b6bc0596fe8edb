// Maps the core's JSON paths ("order.leverage", "tiers.rows[2].mmr", "$") to the input that
// holds that value (each product has its table), and shows or clears the messages beside each input.

import { el, setHidden, setText, type Ui } from './dom';
import type { Formats } from './format';
import type { ReadNotes } from './numbers';

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

/** A hidden message paragraph for one input: `data-error-for`, `data-warning-for` or `data-readback-for` names it. */
function messageSlot(inputId: string, kind: 'error' | 'warning' | 'readback'): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = `msg ${kind}`;
  p.id = `${inputId}-${kind}`;
  p.dataset[kind === 'error' ? 'errorFor' : kind === 'warning' ? 'warningFor' : 'readbackFor'] = inputId;
  setHidden(p, true);
  return p;
}

/** Adds an error slot, a warning slot and (for numbers) a slot showing the value read after every input of the form. */
export function addMessageSlots(form: HTMLElement): void {
  for (const input of form.querySelectorAll<HTMLElement>('input, select, textarea')) {
    const field = input.closest('.field');
    if (!field || !input.id) continue;
    const error = messageSlot(input.id, 'error');
    error.setAttribute('role', 'alert');
    const warning = messageSlot(input.id, 'warning');
    warning.setAttribute('aria-live', 'polite');
    field.append(error, warning);
    if (input.getAttribute('inputmode') === 'decimal') field.append(messageSlot(input.id, 'readback'));
  }
}

/**
 * A core message in a percent field's units: the core speaks in rates ("must be at most 0.1",
 * "(0.04 means 4%)"), the field in percent ("must be at most 10%").
 */
export function inFieldUnits(message: string, F: Formats): string {
  return message
    .replace(/\s*\([^)]*%\)/g, '')
    .replace(/\b(than|least|most|between|and|above|below)\s+(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)(?![\d.,%])/g,
      (_, word: string, n: string) => `${word} ${F.rate(Number(n))}`);
}

function describe(ui: Ui, input: HTMLElement): void {
  const ids = [`${input.id}-error`, `${input.id}-warning`, `${input.id}-readback`].filter((id) => {
    const el = ui.root.getElementById(id);
    return el && !el.hidden;
  });
  if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
  else input.removeAttribute('aria-describedby');
}

/** The two readings of an ambiguous text as buttons; the calculator hears their clicks (data-choose). */
function choices(ui: Ui, id: string, asked: NonNullable<ReturnType<ReadNotes['asked']['get']>>): HTMLElement {
  const [decimal, whole] = asked.readings;
  const button = (kind: string, value: number, text: string): HTMLElement => el('button', {
    type: 'button', class: 'choice', 'data-choose': kind, 'data-for': id, 'data-value': String(value),
  }, text);
  return el('span', { class: 'choices' },
    button('decimal', decimal, `the decimal number ${ui.numbers.format(decimal)}`),
    button('whole', whole, `the whole number ${ui.numbers.format(whole)}`));
}

/**
 * Shows `errors` (input id → message), `warnings` (input id → messages) and what reading the
 * numbers noted (values shown back, texts asked about, with a button for each reading); clears
 * the rest. Messages at percent fields are put in percent.
 */
export function showFieldMessages(
  ui: Ui, form: HTMLElement, errors: Map<string, string>, warnings: Map<string, string[]>, notes?: ReadNotes,
): void {
  const units = (input: HTMLElement | null, m: string): string => (input?.dataset.percent !== undefined ? inFieldUnits(m, ui.fmt) : m);
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const id = slot.dataset.errorFor ?? '';
    const message = errors.get(id);
    const input = ui.root.getElementById(id);
    const asked = message !== undefined ? notes?.asked.get(id) : undefined;
    // Rebuilt only when it changes: a click on a choice must not lose its button to the blur's update.
    const key = message === undefined ? '' : `${message}|${asked ? asked.readings.join('|') : ''}`;
    if (slot.dataset.key !== key) {
      slot.dataset.key = key;
      slot.replaceChildren(message === undefined ? '' : units(input, message), ...(asked ? [' ', choices(ui, id, asked)] : []));
    }
    setHidden(slot, message === undefined);
    if (!input) continue;
    if (message === undefined) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  }
  for (const slot of form.querySelectorAll<HTMLElement>('[data-readback-for]')) {
    const shown = notes?.shown.get(slot.dataset.readbackFor ?? '');
    setText(slot, shown === undefined ? '' : `read as ${shown}`);
    setHidden(slot, shown === undefined);
  }
  for (const slot of form.querySelectorAll<HTMLElement>('[data-warning-for]')) {
    const input = ui.root.getElementById(slot.dataset.warningFor ?? '');
    const list = warnings.get(slot.dataset.warningFor ?? '');
    setText(slot, list ? list.map((m) => units(input, m)).join(' · ') : '');
    setHidden(slot, !list);
    if (input) describe(ui, input);
  }
}
