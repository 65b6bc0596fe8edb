// The calculator's tools, under the inputs on the page, the embed and the element alike: reset, the
// number format (locale), copy link and share, export and import of the scenario (a file, a drop or
// pasted JSON; the core validates it and nothing changes until it is valid), a position pasted from
// an exchange's API (paste.ts), and print. Outside the
// form: a tool's own inputs are no part of a result's link.

import type { Isomargin } from 'isomargin';
import { el, type Ui } from '../shared/dom';
import { LOCALES } from '../shared/locale';
import { textarea } from '../shared/markup';
import { pastePanel, wirePaste } from './paste';

/** The toolbar's markup; `locale` is selected in the menu. */
export function toolbar(locale: string): HTMLElement {
  const known = LOCALES.some(([tag]) => tag === locale);
  const options = [...(known ? [] : [[locale, locale] as [string, string]]), ...LOCALES].map(([tag, text]) =>
    el('option', tag === locale ? { value: tag, selected: '' } : { value: tag }, text));
  const button = (id: string, text: string, attrs: Record<string, string> = {}): HTMLElement =>
    el('button', { type: 'button', id, class: 'tool', ...attrs }, text);
  return el('div', { class: 'tools', role: 'group', 'aria-label': 'Tools' },
    el('div', { class: 'tool-row' },
      button('copyLink', 'Copy link'),
      button('share', 'Share…', { hidden: '' }),
      button('exportScenario', 'Export JSON'),
      button('importScenario', 'Import JSON…', { 'aria-expanded': 'false', 'aria-controls': 'importPanel' }),
      button('pasteOpen', 'Paste a position…', { 'aria-expanded': 'false', 'aria-controls': 'pastePanel' }),
      button('print', 'Print')),
    el('p', { class: 'tool-status', id: 'toolStatus', role: 'status' }),
    el('div', { class: 'import-panel', id: 'importPanel', hidden: '' },
      el('label', { for: 'importText' }, 'Paste a scenario (JSON, the format of docs/scenario.md), choose a file, or drop one here'),
      textarea('importText', 5, '', '{"side": "long", "marginCoin": "quote", …}'),
      el('div', { class: 'tool-row' },
        button('importApply', 'Apply'),
        el('label', { class: 'tool file', for: 'importFile' }, 'Choose a file…'),
        el('input', { type: 'file', id: 'importFile', accept: '.json,application/json', class: 'visually-hidden' })),
      el('p', { class: 'msg error', id: 'importError', role: 'alert', hidden: '' })),
    pastePanel(button),
    el('div', { class: 'tool-row' },
      el('label', { for: 'locale', class: 'tool-label' }, 'Number format'),
      el('select', { id: 'locale' }, ...options),
      el('button', { type: 'button', id: 'reset', class: 'link' }, 'Reset to the default position')));
}

export interface ToolHooks {
  /** The link to the result shown (plain numbers, no locale). */
  link(): string;
  /** The scenario of the last evaluation with a report, or null while the inputs are in error. */
  scenario(): unknown;
  /** Shows a scenario in the inputs; returns what they cannot hold. */
  fill(scenario: unknown): string[];
  setLocale(locale: string): void;
}

/** Wires the toolbar built by `toolbar` (its ids in `ui`). */
export function wireTools(ui: Ui, im: Isomargin, drop: HTMLElement, hooks: ToolHooks): void {
  const status = ui.$('toolStatus');
  const say = (text: string): void => {
    // Emptied first, so that the same confirmation twice is announced twice.
    status.textContent = '';
    requestAnimationFrame(() => { status.textContent = text; });
  };
  const share = ui.$('share');
  share.hidden = typeof navigator.share !== 'function';

  ui.$('copyLink').addEventListener('click', () => {
    const url = hooks.link();
    const copied = navigator.clipboard?.writeText(url);
    if (!copied) {
      say(`Copy this link: ${url}`);
      return;
    }
    copied.then(() => say('Link copied to the clipboard.'), () => say(`Could not copy; the link is: ${url}`));
  });
  share.addEventListener('click', () => {
    navigator.share({ title: document.title, url: hooks.link() }).then(() => say('Shared.'), (e: unknown) => {
      if (!(e instanceof DOMException && e.name === 'AbortError')) say('Could not share the link.');
    });
  });

  ui.$('exportScenario').addEventListener('click', () => {
    const scenario = hooks.scenario();
    if (scenario === null) {
      say('Nothing to export: fix the marked input first.');
      return;
    }
    const blob = new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' });
    const a = el('a', { href: URL.createObjectURL(blob), download: 'isomargin-scenario.json' }) as HTMLAnchorElement;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
    say('Scenario exported as isomargin-scenario.json.');
  });

  const panel = ui.$('importPanel');
  const opener = ui.$('importScenario');
  const error = ui.$('importError');
  const text = ui.$('importText') as HTMLTextAreaElement;
  opener.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    opener.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) text.focus();
  });
  /** Validated by the core before anything on the page changes. */
  const take = (json: string, from: string): void => {
    const fail = (message: string): void => {
      error.textContent = `${from}: ${message}`;
      error.hidden = false;
    };
    let scenario: unknown;
    try {
      scenario = JSON.parse(json);
    } catch (e) {
      fail(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (!scenario || typeof scenario !== 'object' || Array.isArray(scenario)) {
      fail('expected a scenario object ({"side": …, "marginCoin": …, …})');
      return;
    }
    const r = im.evaluate(scenario as Parameters<Isomargin['evaluate']>[0]);
    if (!r.ok) {
      fail(r.error.field === '$' ? r.error.message : `${r.error.field}: ${r.error.message}`);
      return;
    }
    error.hidden = true;
    const ignored = hooks.fill(scenario);
    panel.hidden = true;
    opener.setAttribute('aria-expanded', 'false');
    say(`Imported ${from}.${ignored.length ? ` Not shown in the inputs: ${ignored.join(', ')}.` : ''}`);
  };
  ui.$('importApply').addEventListener('click', () => take(text.value, 'the pasted scenario'));
  const readFile = (file: File): void => {
    file.text().then((t) => take(t, file.name), () => {
      error.textContent = `${file.name}: could not be read`;
      error.hidden = false;
    });
  };
  const picker = ui.$('importFile') as HTMLInputElement;
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    if (file) readFile(file);
    picker.value = '';
  });
  drop.addEventListener('dragover', (e) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  });
  drop.addEventListener('drop', (e) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    readFile(file);
  });

  wirePaste(ui, im, ui.$('pasteOpen'), { fill: (scenario) => hooks.fill(scenario), say });

  ui.$('print').addEventListener('click', () => window.print());
  const menu = ui.$('locale') as HTMLSelectElement;
  menu.addEventListener('change', () => hooks.setLocale(menu.value));
}
