// "Paste a position": an OKX, Binance or Bybit position entry as its API returns it, mapped by the
// core (im.fromExchange) into a scenario with its account, field by field, of what it took,
// assumed, ignored and checked. The page shows that account, then puts the scenario into the
// inputs, which evaluate it as they would a typed one. A paste the core refuses (bad JSON, an
// unknown shape, a cross position, a missing tier table) gets its message naming the field, and
// nothing else on the page changes.

import type { Isomargin, MappingRow, PasteCheck, PasteOptions, PasteResult } from 'isomargin';
import { el, type Ui } from '../shared/dom';
import { textarea } from '../shared/markup';
import { publicName } from '../shared/explain/names';

const STATUSES: [MappingRow['status'], string][] = [
  ['taken', 'Taken into the scenario'],
  ['assumed', 'Assumed (not in the entry)'],
  ['ignored', 'Ignored'],
  ['checked', 'Checked against the result'],
];

const EXCHANGE: Record<PasteResult['exchange'], string> = { okx: 'OKX', binance: 'Binance', bybit: 'Bybit' };
const PRODUCT: Record<PasteResult['product'], string> = { 'spot-margin': 'spot margin', perpetual: 'perpetual', futures: 'futures' };

/** The paste panel's markup (in the toolbar, opened by #pasteOpen). */
export function pastePanel(button: (id: string, text: string) => HTMLElement): HTMLElement {
  return el('div', { class: 'import-panel paste-panel', id: 'pastePanel', hidden: '' },
    el('label', { for: 'pasteText' }, 'Paste a position as the exchange’s API returns it: OKX GET /api/v5/account/positions, '
      + 'Binance GET /fapi/v2/positionRisk (or v3), Bybit GET /v5/position/list — the whole response or one entry'),
    textarea('pasteText', 6, '', '{"code":"0","data":[{"instType":"SWAP","instId":"BTC-USDT-SWAP","mgnMode":"isolated", …}]}'),
    el('label', { for: 'pasteOptions' }, 'What the entry cannot carry (optional, JSON): your taker fee, a tier table, a fixed mmr, '
      + 'the contract size, e.g. {"takerFee": 0.0005, "tiers": …}'),
    textarea('pasteOptions', 2, '', '{"takerFee": 0.0005}'),
    el('div', { class: 'tool-row' },
      button('pasteApply', 'Map and evaluate'),
      el('label', { class: 'tool-label', for: 'pastePosition', hidden: '', id: 'pastePositionLabel' }, 'Position'),
      el('select', { id: 'pastePosition', hidden: '' })),
    el('p', { class: 'msg error', id: 'pasteError', role: 'alert', hidden: '' }),
    el('div', { class: 'paste-account', id: 'pasteAccount', hidden: '' }));
}

export interface PasteHooks {
  /** Shows the scenario in the inputs (its product too) and evaluates it; returns what the inputs cannot hold ('product': no such product here). */
  fill(scenario: unknown): string[];
  /** The toolbar's confirmation line. */
  say(text: string): void;
}

/** Wires the panel built by `pastePanel` (its ids in `ui`); `opener` toggles it. */
export function wirePaste(ui: Ui, im: Isomargin, opener: HTMLElement, hooks: PasteHooks): void {
  const panel = ui.$('pastePanel');
  const text = ui.$('pasteText') as HTMLTextAreaElement;
  const optionsText = ui.$('pasteOptions') as HTMLTextAreaElement;
  const error = ui.$('pasteError');
  const account = ui.$('pasteAccount');
  const picker = ui.$('pastePosition') as HTMLSelectElement;
  const pickerLabel = ui.$('pastePositionLabel');

  opener.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    opener.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) text.focus();
    // The mapping is in the core's full module: fetched while the user pastes (apply waits for it).
    if (!panel.hidden) im.loadFull().catch(() => undefined);
  });

  const fail = (message: string): void => {
    error.textContent = message;
    error.hidden = false;
  };

  /** `index`: the position picked from a response of several; else the core's first usable one. */
  const apply = (index?: number): void => {
    if (!im.full) {
      im.loadFull().then(() => apply(index), (e: unknown) => fail(`The paste reader could not be loaded: ${e instanceof Error ? e.message : String(e)}`));
      return;
    }
    let options: PasteOptions = {};
    const o = optionsText.value.trim();
    if (o) {
      try {
        options = JSON.parse(o) as PasteOptions;
      } catch (e) {
        fail(`options: not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      if (!options || typeof options !== 'object' || Array.isArray(options)) {
        fail('options: expected an object ({"takerFee": …, "tiers": …})');
        return;
      }
    }
    if (index !== undefined) options = { ...options, index };
    const r = im.fromExchange(text.value, options);
    if (!r.ok) {
      fail(r.error.field === '$' ? `The paste ${r.error.message}` : `${r.error.field}: ${r.error.message}`);
      return;
    }
    const ignored = hooks.fill(r.scenario);
    if (ignored.includes('product')) {
      fail(`The paste is ${EXCHANGE[r.exchange]}’s ${PRODUCT[r.product]} position; this calculator does not show that product.`);
      return;
    }
    error.hidden = true;
    showPositions(r);
    account.replaceChildren(...accountOf(ui, r));
    account.hidden = false;
    hooks.say(`Pasted ${EXCHANGE[r.exchange]}’s ${PRODUCT[r.product]} position (${r.entry}) and evaluated it.`
      + `${ignored.length ? ` Not shown in the inputs: ${ignored.join(', ')}.` : ''}`);
  };

  /** A response of several positions: a menu of them (those the core cannot take disabled, with why). */
  const showPositions = (r: PasteResult): void => {
    const several = r.positions.length > 1;
    picker.hidden = !several;
    pickerLabel.hidden = !several;
    if (!several) return;
    picker.replaceChildren(...r.positions.map((p) => el('option', {
      value: String(p.index), ...(p.index === r.index ? { selected: '' } : {}), ...(p.usable ? {} : { disabled: '' }),
    }, `${p.instrument} · ${p.side} ${p.size} · ${p.marginMode}${p.reason ? ` — ${p.reason}` : ''}`)));
  };

  ui.$('pasteApply').addEventListener('click', () => apply());
  picker.addEventListener('change', () => apply(Number(picker.value)));
}

/** The core's notes as a trader reads them: no file of this project named. */
function noteText(note: string): string {
  return publicName(note).replace(/\s*\(docs\/formulas\.md\)/g, ' (see “Formulas and sources”)').replace(/,?\s*domain\.md §[\d.]+/g, '');
}

/** A value the core gives: numbers in the user's format, every digit kept; text as it is. */
function valueText(ui: Ui, v: unknown): string {
  if (typeof v === 'number') return ui.numbers.format(v);
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '—';
  return JSON.stringify(v);
}

/** "exchange 57,870.30 · isomargin 57,870.27 · agrees within 0.05" (or "differs by …"). */
function checkText(ui: Ui, c: PasteCheck): string {
  const F = ui.fmt;
  const shown = (x: number | null): string => (x === null ? 'none' : F.price(x));
  const verdict = c.agrees ? 'agrees' : c.difference === null ? 'differs'
    : `differs by ${F.price(c.difference)}${c.relative === null ? '' : ` (${F.percent(c.relative, 'exceptZero')})`}`;
  return `exchange ${shown(c.exchange)} · isomargin ${shown(c.isomargin)} · ${verdict}`;
}

function rowOf(ui: Ui, m: MappingRow, checks: Map<string, PasteCheck>): HTMLElement {
  const parts: (string | HTMLElement)[] = [el('code', { class: 'paste-field' }, m.field ?? m.to ?? '—')];
  if (m.field !== null) parts.push(' ', el('span', { class: 'paste-pasted' }, m.pasted === null || m.pasted === undefined ? '—' : JSON.stringify(m.pasted)));
  if (m.status === 'taken' && m.to !== null) parts.push(' → ', el('code', {}, m.to), ` = ${valueText(ui, m.value)}`);
  if (m.status === 'assumed') parts.push(` = ${valueText(ui, m.value)}`);
  const check = m.field === null ? undefined : checks.get(m.field);
  if (m.status === 'checked' && check) {
    parts.push(' vs ', el('code', {}, check.against), ': ', el('span', { class: check.agrees ? 'paste-agrees' : 'paste-differs' }, checkText(ui, check)));
  }
  if (m.note) parts.push(el('span', { class: 'paste-note' }, ` — ${noteText(m.note)}`));
  if (m.option) parts.push(el('span', { class: 'paste-note' }, ` (options.${m.option} overrides it)`));
  return el('li', { 'data-field': m.field ?? '', 'data-to': m.to ?? '' }, ...parts);
}

/** The account: a line on what was read, then one list per status, and the core's warnings. */
function accountOf(ui: Ui, r: PasteResult): HTMLElement[] {
  const checks = new Map(r.checks.map((c) => [c.field, c]));
  const groups = STATUSES.map(([status, title]) => {
    const rows = r.mapping.filter((m) => m.status === status);
    if (!rows.length) return null;
    const id = `paste-${status}`;
    return el('div', { class: 'paste-group', 'data-status': status },
      el('p', { class: 'paste-title', id }, `${title} (${rows.length})`),
      el('ul', { 'aria-labelledby': id }, ...rows.map((m) => rowOf(ui, m, checks))));
  }).filter((g): g is HTMLElement => g !== null);
  const warnings = r.warnings.map((w) => el('p', { class: 'msg warn' }, `${w.field}: ${noteText(w.message)}`));
  return [el('p', { class: 'paste-summary' }, `${EXCHANGE[r.exchange]} ${r.endpoint}: a ${PRODUCT[r.product]} position, `
    + `${r.entry === '$' ? 'the entry pasted' : r.entry}. The inputs now hold the scenario it maps to.`), ...warnings, ...groups];
}
