// The "Options" product: one evaluation per input — the form read into an OptionScenario, the
// core asked, the report rendered, and the core's errors shown at the input holding the value.

import type { Isomargin } from 'isomargin';
import { $, show } from './dom';
import { showFieldMessages, visibleInputFor } from './fields';
import { guarded, showErrorSummary, showGeneral } from './messages';
import { syncMini } from './mini';
import type { Values } from './state';
import { OPTION_PATHS, OPTION_STAND_INS, optionNamesRow, readOption } from './option-form';
import { clearOption, renderOption } from './option-render';
import { DEFAULT_FACTORS, DEFAULT_TIERS } from './option-markup';
import { chartCard, createChart } from './chart';
import { optionChartInput } from './chart-inputs';

/** Options have no liquidation price here: the bar shows the maintenance margin instead. */
export const OPTION_MINI = { state: 'oState', liq: 'oMaintenanceMarginOut', ratio: 'oMarginRatio', liqLabel: 'MM' };

function coin(pair: string): string {
  const m = /^\s*([^/\-\s]+)\s*[/-]/.exec(pair);
  return m ? m[1].toUpperCase() : 'base';
}

/** Which inputs are on screen, and the coin in the labels (labels only, from the pair text). */
function syncOptionView(v: Values): void {
  const okx = v.oMmSource === 'okx';
  show('oMaintenanceMarginField', v.oMmSource === 'amount');
  show('oTierRowsField', v.oMmSource !== 'amount');
  show('oMmIncludesMarkField', v.oSide === 'short' && !okx);
  show('oOptionTypeField', okx);
  show('oCField', okx);
  const label = $('oTierRowsField').querySelector('label');
  if (label) label.textContent = `Tiers, one per line: tier | max contracts | ${okx ? 'margin factor' : 'MM per contract'}`;
  const base = coin(v.oPair ?? '');
  for (const span of document.querySelectorAll<HTMLElement>('[data-ocoin]')) span.textContent = base;
}

export function createOptionPage(im: Isomargin): { update(v: Values): void } {
  $('oSummaryCard').after(chartCard('o'));
  // Dragging the mark line types into the mark price, as the user would.
  const chart = createChart(im, { box: 'oChart', note: 'oChartNote', keys: 'oChartKeys', mark: 'oMarkPrice', prefix: 'o' }, (t) => {
    const mark = $('oMarkPrice') as HTMLInputElement;
    mark.value = t;
    mark.dispatchEvent(new Event('input', { bubbles: true }));
  });
  let source = '';
  const update = (values: Values): void => {
    // Switching between MM per contract and OKX's margin factors swaps an untouched default table.
    const v = { ...values };
    const rows = $('oTierRows') as HTMLTextAreaElement;
    if (source && v.oMmSource !== source) {
      const swap = v.oMmSource === 'okx' ? [DEFAULT_TIERS, DEFAULT_FACTORS] : source === 'okx' ? [DEFAULT_FACTORS, DEFAULT_TIERS] : null;
      if (swap && rows.value.trim() === swap[0]) v.oTierRows = rows.value = swap[1];
    }
    source = v.oMmSource ?? '';
    syncOptionView(v);
    const { scenario, errors } = readOption(v);
    const form = $('calc');
    let general = '';
    if (errors.size === 0) {
      const r = guarded(() => im.evaluate(scenario));
      if (r.ok) {
        showFieldMessages(form, errors, new Map());
        showGeneral('');
        $('errorSummary').hidden = true;
        renderOption(r.report);
        chart.update(optionChartInput(scenario, r.report));
        syncMini('', OPTION_MINI);
        return;
      }
      const input = visibleInputFor(r.error.field, OPTION_PATHS, OPTION_STAND_INS);
      const message = optionNamesRow(r.error.field) || r.error.field === 'tiers' ? `${r.error.field}: ${r.error.message}` : r.error.message;
      if (input) errors.set(input.id, message);
      else general = r.error.field === '$' ? r.error.message : `${r.error.field}: ${r.error.message}`;
    }
    showFieldMessages(form, errors, new Map());
    showGeneral(general);
    showErrorSummary(errors);
    clearOption();
    chart.clear();
    syncMini(errors.size ? 'fix the marked input' : 'no result', OPTION_MINI);
  };
  return { update };
}
