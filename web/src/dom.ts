// Small DOM helpers. Text only (textContent), never HTML strings; classes, never inline styles.

export function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el;
}

export function testId(id: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (!el) throw new Error(`[data-testid=${id}] is missing from index.html`);
  return el;
}

/** Sets an output's text and, when the page has a unit slot for it, its coin. */
export function put(id: string, text: string, unit = ''): void {
  testId(id).textContent = text;
  const u = document.querySelector<HTMLElement>(`[data-unit-for="${id}"]`);
  if (u) u.textContent = unit && text !== '—' && !text.startsWith('— ') ? ` ${unit}` : '';
}

type Child = Node | string | null | undefined | false;

/** Creates an element: el('td', { class: 'num' }, '1.00', el('span', {}, 'BTC')). */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c);
  }
  return e;
}

/** A number followed by its coin, as one inline unit: "10,000.00 USDT". */
export function money(text: string, coin: string): HTMLElement {
  return el('span', { class: 'money' }, text, text.startsWith('—') ? '' : el('span', { class: 'unit' }, ` ${coin}`));
}

export function show(id: string, on: boolean): void {
  $(id).hidden = !on;
}
