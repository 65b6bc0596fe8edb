// The form's state as plain text values keyed by input id, mirrored into the URL query so that
// a result is a link. Only values that differ from the page's defaults go into the query.

import { selectTab, selectedTab } from './tabs';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** <details> sections whose open state is part of the scenario. */
const SECTIONS: Record<string, string> = {
  close: 'closeSection', preTrade: 'preTradeSection', path: 'pathSection', probability: 'probabilitySection',
  oPath: 'oPathSection', cPath: 'cPathSection',
};

export type Values = Record<string, string>;

function controls(form: HTMLFormElement): Control[] {
  return [...form.querySelectorAll<Control>('input[id], select[id], textarea[id]')];
}

function valueOf(c: Control): string {
  if (c instanceof HTMLInputElement && c.type === 'checkbox') return c.checked ? '1' : '';
  return c.value;
}

function setValue(c: Control, v: string): void {
  if (c instanceof HTMLInputElement && c.type === 'checkbox') {
    c.checked = v === '1' || v === 'true';
  } else if (c instanceof HTMLSelectElement) {
    if ([...c.options].some((o) => o.value === v)) c.value = v;
  } else {
    c.value = v;
  }
}

/** Tab lists whose choice is part of the state (the product, the calculator): keyed by id. */
function tablists(form: HTMLFormElement): HTMLElement[] {
  return [...form.querySelectorAll<HTMLElement>('[role="tablist"][id]')];
}

/** Every control's value, the selected tab of each tab list, and the optional sections' state. */
export function snapshot(form: HTMLFormElement): Values {
  const out: Values = {};
  for (const c of controls(form)) out[c.id] = valueOf(c);
  for (const list of tablists(form)) out[list.id] = selectedTab(list);
  for (const [key, id] of Object.entries(SECTIONS)) {
    const d = document.getElementById(id);
    out[key] = d instanceof HTMLDetailsElement && d.open ? '1' : '';
  }
  return out;
}

/** Sets the controls (tabs, sections) named in `values`; unknown keys are ignored. */
export function restore(form: HTMLFormElement, values: Values): void {
  for (const c of controls(form)) {
    if (Object.hasOwn(values, c.id)) setValue(c, values[c.id]);
  }
  for (const list of tablists(form)) {
    if (Object.hasOwn(values, list.id)) selectTab(list, values[list.id]);
  }
  for (const [key, id] of Object.entries(SECTIONS)) {
    const d = document.getElementById(id);
    if (d instanceof HTMLDetailsElement && Object.hasOwn(values, key)) d.open = values[key] === '1';
  }
}

/** The query's values (strings only; length-limited so a pasted link cannot hang the page). */
export function fromQuery(search: string): Values {
  const out: Values = {};
  for (const [k, v] of new URLSearchParams(search)) {
    if (k.length <= 40 && v.length <= 20000) out[k] = v;
  }
  return out;
}

/** Replaces the URL's query with the values that differ from `defaults`. */
export function toUrl(current: Values, defaults: Values): void {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(current)) {
    if (v !== (defaults[k] ?? '')) q.set(k, v);
  }
  const s = q.toString();
  const url = location.pathname + (s ? `?${s}` : '') + location.hash;
  if (url !== location.pathname + location.search + location.hash) history.replaceState(null, '', url);
}
