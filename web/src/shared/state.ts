// The inputs' state as plain text values keyed by input id (plus each tab list's choice and the
// open sections), so that a result is a link: the page mirrors it into its URL query, the embed
// into its "open in the full calculator" link. Only values that differ from the defaults go in.

import { selectTab, selectedTab } from './tabs';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export type Values = Record<string, string>;

/** <details> sections whose open state is part of the state: key → element id. */
export type Sections = Record<string, string>;

function controls(scope: ParentNode): Control[] {
  return [...scope.querySelectorAll<Control>('input[id], select[id], textarea[id]')];
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
function tablists(scope: ParentNode): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>('[role="tablist"][id]')];
}

function detailsIn(scope: ParentNode, id: string): HTMLDetailsElement | null {
  const d = scope.querySelector(`#${CSS.escape(id)}`);
  return d instanceof HTMLDetailsElement ? d : null;
}

/** Every control's value, the selected tab of each tab list, and the sections' open state. */
export function snapshot(scope: ParentNode, sections: Sections): Values {
  const out: Values = {};
  for (const c of controls(scope)) out[c.id] = valueOf(c);
  for (const list of tablists(scope)) out[list.id] = selectedTab(list);
  for (const [key, id] of Object.entries(sections)) out[key] = detailsIn(scope, id)?.open ? '1' : '';
  return out;
}

/** Sets the controls, tabs and sections named in `values`; other keys are left alone. */
export function restore(scope: ParentNode, values: Values, sections: Sections): void {
  for (const c of controls(scope)) {
    if (Object.hasOwn(values, c.id)) setValue(c, values[c.id]);
  }
  for (const list of tablists(scope)) {
    if (Object.hasOwn(values, list.id)) selectTab(list, values[list.id]);
  }
  for (const [key, id] of Object.entries(sections)) {
    const d = detailsIn(scope, id);
    if (d && Object.hasOwn(values, key)) d.open = values[key] === '1';
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

/** A link's state: its query, or its fragment "#?…" when the state was too long for a URL (state.ts linkFor). */
export function fromLocation(loc: { search: string; hash: string }): Values {
  return { ...fromQuery(loc.search), ...(loc.hash.startsWith('#?') ? fromQuery(loc.hash.slice(2)) : {}) };
}

/** Longer queries go in the fragment, which no server sees (a long URL can get HTTP 431 or 414). */
export const MAX_QUERY = 1800;

/** The path with the state: "?query" when short, "#?query" when long. */
export function linkFor(path: string, query: string): string {
  if (!query) return path;
  return query.length <= MAX_QUERY ? `${path}?${query}` : `${path}#?${query}`;
}

/** The values that differ from `defaults`, as a query string (no leading "?"). */
export function toQuery(current: Values, defaults: Values): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(current)) {
    if (v !== (defaults[k] ?? '')) q.set(k, v);
  }
  return q.toString();
}
