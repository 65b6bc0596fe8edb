// The "Perpetual & futures" product: its menus, conveniences when a choice changes, and one
// evaluation per input — the form read into a ContractScenario, the core asked, the report
// rendered, and the core's errors and warnings shown at the inputs that hold their values.

import type { Isomargin } from 'isomargin';
import { $, show } from './dom';
import { addContractPathMarkup, renderContractTimeline } from './contract-path';
import { chartCard, createChart } from './chart';
import { contractChartInput } from './chart-inputs';
import { showFieldMessages, visibleInputFor } from './fields';
import { guarded, placeWarnings, showErrorSummary, showGeneral } from './messages';
import { syncMini } from './mini';
import type { Values } from './state';
import { formatTierRows } from './tiers';
import { readContract } from './contract-form';
import { CONTRACT_PATHS, CONTRACT_STAND_INS, namesRow } from './contract-fields';
import { clearContract, renderContract } from './contract-render';
import {
  fillContractPresets, fillModels, supportedModel, syncContractView, type ContractPreset, type ModelInfo,
} from './contract-view';

export const CONTRACT_MINI = { state: 'cState', liq: 'cLiquidationPrice', ratio: 'cMarginRatio' };

export interface ContractPage {
  /** Conveniences when switching (pair coin, model, prefilled tables and fills). */
  prefill(v: Values, previous: Values): void;
  update(v: Values): void;
}

const text = (id: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
  $(id) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function createContractPage(im: Isomargin): ContractPage {
  $('cSummaryCard').after(chartCard('c'));
  addContractPathMarkup();
  // Dragging the mark line types into the mark price, as the user would.
  const chart = createChart(im, { box: 'cChart', note: 'cChartNote', keys: 'cChartKeys', mark: 'cMarkPrice', prefix: 'c' }, (t) => {
    text('cMarkPrice').value = t;
    text('cMarkPrice').dispatchEvent(new Event('input', { bubbles: true }));
  });
  // Menus from the core; an older module without them leaves the menus empty (the core's defaults).
  const models: ModelInfo[] = typeof im.models === 'function' ? im.models() : [];
  const presets: ContractPreset[] = typeof im.contractPresets === 'function' ? im.contractPresets() : [];
  fillModels(models);
  fillContractPresets(presets);
  const sourceLabel = (source: string): string => {
    if (source === 'custom') return 'custom OKX tiers';
    if (source === 'custom brackets') return 'Binance leverage brackets';
    return presets.find((p) => p.name === source)?.label ?? source;
  };

  const prefill = (v: Values, previous: Values): void => {
    if (v.cType !== previous.cType) {
      const pair = text('cPair');
      if (v.cType === 'inverse') pair.value = pair.value.replace(/\/USDT?$/i, '/USD');
      else pair.value = pair.value.replace(/\/USD$/i, '/USDT');
    }
    const model = supportedModel(v, models);
    if (model) text('cModel').value = model;
    const rows = text('cTierRows');
    if (v.cMmrSource === 'custom' && previous.cMmrSource !== 'custom' && rows.value.trim() === '') {
      const p = presets.find((x) => x.name === v.cTierPreset) ?? presets[0];
      if (p) rows.value = formatTierRows(p.rows);
    }
    const fills = text('cFills');
    if (v.cTab === 'entry' && previous.cTab !== 'entry' && fills.value.trim() === '') {
      fills.value = `${v.cEntryPrice.trim()} × ${v.cContracts.trim()}`;
    }
  };

  const update = (v: Values): void => {
    syncContractView(v, models);
    const { scenario, errors } = readContract(v);
    const form = $('calc');
    let general = '';
    if (errors.size === 0) {
      const r = guarded(() => im.evaluate(scenario));
      if (r.ok) {
        const { atInputs, other } = placeWarnings(r.report.warnings, CONTRACT_PATHS, CONTRACT_STAND_INS);
        showFieldMessages(form, errors, atInputs);
        showGeneral('');
        $('errorSummary').hidden = true;
        renderContract(r.report, { lastGiven: v.cLastPrice.trim() !== '', sourceLabel, otherWarnings: other });
        chart.update(contractChartInput(scenario, r.report));
        renderContractTimeline(r.report);
        syncMini('', CONTRACT_MINI);
        return;
      }
      const input = visibleInputFor(r.error.field, CONTRACT_PATHS, CONTRACT_STAND_INS);
      const message = namesRow(r.error.field) ? `${r.error.field}: ${r.error.message}` : r.error.message;
      if (input) errors.set(input.id, message);
      else general = r.error.field === '$' ? r.error.message : `${r.error.field}: ${r.error.message}`;
    }
    showFieldMessages(form, errors, new Map());
    showGeneral(general);
    showErrorSummary(errors);
    clearContract();
    chart.clear();
    show('cPathCard', false);
    syncMini(errors.size ? 'fix the marked input' : 'no result', CONTRACT_MINI);
  };

  return { prefill, update };
}
