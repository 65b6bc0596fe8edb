// Wiring: load the core, read the form on every input, evaluate, render, mirror into the URL.
// Three products share the form, the URL and the results column: spot margin (below),
// perpetual swaps & futures (contract-page.ts) and options (option-page.ts), switched by the
// #product tabs.

import { load, type Isomargin, type TierPreset } from 'isomargin';
import { $, show } from './dom';
import { addMessageSlots, showFieldMessages, visibleInputFor } from './fields';
import { readScenario } from './form';
import { guarded, placeWarnings, showErrorSummary, showGeneral } from './messages';
import { clearReport, renderReport } from './render';
import { fromQuery, restore, snapshot, toUrl, type Values } from './state';
import { syncMini, watchResults } from './mini';
import { initTabs, selectTab } from './tabs';
import { formatTierRows } from './tiers';
import { syncView } from './view';
import { createContractPage } from './contract-page';
import { createOptionPage } from './option-page';
import { addOptionMarkup } from './option-markup';
import { addScenarioMarkup } from './scenario-markup';
import { clearScenario, renderScenario, syncScenarioView } from './render-scenario';
import { createChart } from './chart';
import { spotChartInput } from './chart-inputs';
import { createMonteCarlo } from './montecarlo';

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

/** Shows the inputs and results of one product. */
function syncProduct(v: Values): string {
  const product = v.product === 'contract' || v.product === 'option' ? v.product : 'spot';
  for (const [name, inputs, results, conventions] of [
    ['spot', 'spotInputs', 'spotResults', 'spotConventions'],
    ['contract', 'contractInputs', 'contractResults', 'contractConventions'],
    ['option', 'optionInputs', 'optionResults', 'optionConventions'],
  ]) {
    show(inputs, name === product);
    show(results, name === product);
    show(conventions, name === product);
  }
  return product;
}

function start(im: Isomargin): void {
  const form = $('calc') as HTMLFormElement;
  const presets = im.presets();
  fillPresets(presets);
  const contracts = createContractPage(im);
  addScenarioMarkup();
  addOptionMarkup();
  const options = createOptionPage(im);
  addMessageSlots(form);
  const defaults = snapshot(form);
  restore(form, fromQuery(location.search));
  $('loading').hidden = true;

  let previous: Values = snapshot(form);
  // Dragging the chart's mark line types into the mark price, as the user would.
  const chart = createChart(im, { box: 'chart', note: 'chartNote', keys: 'chartKeys', mark: 'markPrice', prefix: '' }, (text) => {
    ($('markPrice') as HTMLInputElement).value = text;
    update();
  });
  // Runs in a worker on request; `update` shows its field errors.
  const mc = createMonteCarlo(im, () => update());
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
    contracts.prefill(v, previous);
  };

  // Test hook (DEVELOPERS.md): <html data-updates> counts finished updates, so a test can wait for
  // the one an asynchronous event (a section's toggle) causes instead of for a time.
  let updates = 0;
  const update = (): void => {
    render();
    document.documentElement.dataset.updates = String(++updates);
  };
  const render = (): void => {
    prefill(snapshot(form));
    const values = snapshot(form);
    previous = values;
    toUrl(values, defaults);
    const product = syncProduct(values);
    if (product === 'contract') {
      contracts.update(values);
      return;
    }
    if (product === 'option') {
      options.update(values);
      return;
    }
    syncView(values);
    syncScenarioView(values);
    $('tierPresetNote').textContent = presetNote(presets, values.tierPreset);

    const { scenario, errors } = readScenario(values);
    let general = '';
    if (errors.size === 0) {
      const r = guarded(() => im.evaluate(scenario));
      if (r.ok) {
        const { atInputs, other } = placeWarnings(r.report.warnings);
        mc.sync(values, scenario);
        showFieldMessages(form, mc.withErrors(errors), atInputs);
        showGeneral('');
        $('errorSummary').hidden = true;
        renderReport(r.report, { lastGiven: values.lastPrice.trim() !== '', sourceLabel, otherWarnings: other });
        renderScenario(r.report, values);
        chart.update(spotChartInput(scenario, r.report));
        syncMini('');
        return;
      }
      const input = visibleInputFor(r.error.field);
      const message = r.error.field.startsWith('tiers.rows')
        ? `${r.error.field}: ${r.error.message}` : r.error.message;
      if (input) errors.set(input.id, message);
      else general = r.error.field === '$' ? r.error.message : `${r.error.field}: ${r.error.message}`;
    }
    mc.sync(values, null);
    showFieldMessages(form, mc.withErrors(errors), new Map());
    showGeneral(general);
    showErrorSummary(errors);
    clearReport();
    clearScenario();
    chart.clear();
    syncMini(errors.size ? 'fix the marked input' : 'no result');
  };

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const id of ['closeSection', 'preTradeSection', 'pathSection', 'probabilitySection', 'oPathSection', 'cPathSection']) $(id).addEventListener('toggle', update);
  for (const id of ['product', 'cTab']) initTabs($(id), update);
  $('reset').addEventListener('click', () => {
    const product = previous.product;
    restore(form, defaults);
    selectTab($('product'), product);  // the reset stays on the product in view
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
