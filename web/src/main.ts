// Wiring: load the core, read the form on every input, evaluate, render, mirror into the URL.

import { load, type Evaluation, type Isomargin, type TierPreset } from 'isomargin';
import { $ } from './dom';
import { addMessageSlots, showFieldMessages, visibleInputFor } from './fields';
import { readScenario } from './form';
import { clearReport, renderReport } from './render';
import { fromQuery, restore, snapshot, toUrl, type Values } from './state';
import { syncMini, watchResults } from './mini';
import { formatTierRows } from './tiers';
import { syncView } from './view';

function labelOf(id: string): string {
  const label = document.querySelector(`label[for="${id}"]`);
  if (!label) return id;
  const copy = label.cloneNode(true) as HTMLElement;
  for (const opt of copy.querySelectorAll('.opt, .coin')) opt.remove();
  return (copy.textContent ?? id).replace(/\s+/g, ' ').trim();
}

function fillPresets(presets: TierPreset[]): void {
  const select = $('tierPreset') as HTMLSelectElement;
  select.replaceChildren(...presets.map((p) => {
    const o = document.createElement('option');
    o.value = p.name;
    o.textContent = p.illustrative && !/illustrative/i.test(p.label) ? `Illustrative: ${p.label}` : p.label;
    return o;
  }));
}

function presetNote(presets: TierPreset[], name: string): string {
  const p = presets.find((x) => x.name === name);
  if (!p) return '';
  const tables = `${p.base.length ? 'base-borrowed table (shorts)' : ''}${p.base.length && p.quote.length ? ' and ' : ''}`
    + `${p.quote.length ? 'quote-borrowed table (longs)' : ''}`;
  return (p.illustrative
    ? 'Illustrative: not published by an exchange; built to reproduce a worked example. '
    : 'Published by the exchange. ') + `Has a ${tables}.`;
}

function showGeneral(message: string): void {
  const g = $('generalError');
  g.textContent = message;
  g.hidden = message === '';
}

function start(im: Isomargin): void {
  const form = $('calc') as HTMLFormElement;
  const presets = im.presets();
  fillPresets(presets);
  addMessageSlots(form);
  const defaults = snapshot(form);
  restore(form, fromQuery(location.search));
  $('loading').hidden = true;

  let previous: Values = snapshot(form);
  const sourceLabel = (source: string): string => {
    if (source === 'custom') return 'custom tier table';
    const p = presets.find((x) => x.name === source);
    return p ? `${p.label}${p.illustrative && !/illustrative/i.test(p.label) ? ' (illustrative)' : ''}` : source;
  };

  /** Conveniences when switching: prefill fields the new choice needs from what is there. */
  const prefill = (v: Values): void => {
    const entry = $('entryPrice') as HTMLInputElement;
    if (v.form === 'order' && previous.form !== 'order' && entry.value.trim() === '') {
      entry.value = v.markPrice;
    }
    const rows = $('tierRows') as HTMLTextAreaElement;
    if (v.mmrSource === 'custom' && previous.mmrSource !== 'custom' && rows.value.trim() === '') {
      const p = presets.find((x) => x.name === v.tierPreset) ?? presets[0];
      if (p) rows.value = formatTierRows(v.side === 'long' && p.quote.length ? p.quote : p.base);
    }
  };

  const update = (): void => {
    prefill(snapshot(form));
    const values = snapshot(form);
    previous = values;
    syncView(values);
    $('tierPresetNote').textContent = presetNote(presets, values.tierPreset);
    toUrl(values, defaults);

    const { scenario, errors } = readScenario(values);
    const warnings = new Map<string, string[]>();
    let general = '';
    if (errors.size === 0) {
      let r: Evaluation;
      try {
        r = im.evaluate(scenario);
      } catch (e) {  // the API never throws; if it did, say so instead of leaving stale numbers
        r = { ok: false, error: { field: '$', message: `the core failed: ${e instanceof Error ? e.message : String(e)}` } };
      }
      if (r.ok) {
        const other: { field: string; message: string }[] = [];
        for (const w of r.report.warnings) {
          const input = visibleInputFor(w.field);
          if (input) warnings.set(input.id, [...(warnings.get(input.id) ?? []), w.message]);
          else other.push(w);
        }
        showFieldMessages(form, errors, warnings);
        showGeneral('');
        $('errorSummary').hidden = true;
        renderReport(r.report, { lastGiven: values.lastPrice.trim() !== '', sourceLabel, otherWarnings: other });
        syncMini('');
        return;
      }
      const input = visibleInputFor(r.error.field);
      const message = r.error.field.startsWith('tiers.rows')
        ? `${r.error.field}: ${r.error.message}` : r.error.message;
      if (input) errors.set(input.id, message);
      else general = r.error.field === '$' ? r.error.message : `${r.error.field}: ${r.error.message}`;
    }
    showFieldMessages(form, errors, warnings);
    showGeneral(general);
    const summary = $('errorSummary');
    summary.hidden = errors.size === 0;
    summary.textContent = [...errors].map(([id, m]) => `${labelOf(id)}: ${m}`).join(' · ')
      + ' — fix the marked input to see results.';
    clearReport();
    syncMini(errors.size ? 'fix the marked input' : 'no result');
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const id of ['closeSection', 'preTradeSection']) $(id).addEventListener('toggle', update);
  $('reset').addEventListener('click', () => {
    restore(form, defaults);
    update();
  });
  update();
  watchResults();
}

load().then(start, (e: unknown) => {
  $('loading').hidden = true;
  showGeneral(`Could not load the WebAssembly core: ${e instanceof Error ? e.message : String(e)}`);
  clearReport();
});
