// The printed report (print.css rules in style.css, @media print): the date and the link, the
// inputs on screen as a table (their labels and what they hold), then the results as shown. Built
// just before printing, from the page as it is; on screen it is hidden.

import { el, type Ui } from '../shared/dom';
import { isShown } from '../shared/fields';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A label with its units (the coin, %), without its remarks ("optional"). */
function labelText(ui: Ui, id: string): string {
  const label = ui.root.querySelector(`label[for="${id}"]`);
  if (!label) return id;
  const copy = label.cloneNode(true) as HTMLElement;
  for (const opt of copy.querySelectorAll('.opt')) opt.remove();
  return (copy.textContent ?? id).replace(/\s+/g, ' ').trim();
}

function shownValue(c: Control): string {
  if (c instanceof HTMLInputElement && c.type === 'checkbox') return c.checked ? 'yes' : 'no';
  if (c instanceof HTMLSelectElement) return c.selectedOptions[0]?.textContent ?? c.value;
  return c.value.trim() || '—';
}

/** Fills `box` with the report's head and the inputs' table for the product whose inputs are `inputs`. */
export function buildPrintReport(ui: Ui, box: HTMLElement, inputs: HTMLElement, link: string, product: string): void {
  const rows = [...inputs.querySelectorAll<Control>('input[id], select[id], textarea[id]')]
    .filter((c) => isShown(c))
    .map((c) => el('tr', {}, el('th', { scope: 'row' }, labelText(ui, c.id)), el('td', {}, shownValue(c))));
  const tabs = [...inputs.querySelectorAll<HTMLElement>('[role="tablist"]')].filter((t) => isShown(t))
    .map((t) => el('tr', {}, el('th', { scope: 'row' }, t.getAttribute('aria-label') ?? 'Calculator'),
      el('td', {}, t.querySelector('[aria-selected="true"]')?.textContent ?? '')));
  const when = new Intl.DateTimeFormat(ui.locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date());
  box.replaceChildren(
    el('p', { class: 'print-head' }, `isomargin · ${product} · printed ${when}`),
    el('p', { class: 'print-link' }, el('a', { href: link }, link)),
    el('h2', {}, 'Inputs'),
    el('table', { class: 'kv print-inputs' }, el('tbody', {}, ...tabs, ...rows)));
}
