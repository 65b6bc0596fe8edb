// Options, isolated (OKX): the product module. Inputs: inputs.ts, read into an OptionScenario by
// read.ts (and back by fill.ts); results: results.ts, filled by render.ts; the chart: chart-input.ts.

import type { OptionReport, OptionScenario } from 'isomargin';
import { LocaleNumbers } from '../shared/locale';
import type { MountedProduct, Product } from '../shared/product';
import { optionAbout } from './about';
import { addOptionInputs, DEFAULT_FACTORS, DEFAULT_TIERS } from './inputs';
import { addOptionResults } from './results';
import { readOption } from './read';
import { fillOption } from './fill';
import { syncOptionView } from './view';
import { clearOption, renderOption, renderOptionPnl } from './render';
import type { OptionPnlReport } from 'isomargin';
import { optionChartInput } from './chart-input';
import { OPTION_PATHS, OPTION_STAND_INS, optionNamesRow } from './paths';

export const options: Product = {
  ...optionAbout,

  mount({ ui, im, inputs, results }): MountedProduct<OptionScenario, OptionReport> {
    addOptionInputs(inputs);
    addOptionResults(results);
    return {
      sections: { oPath: 'oPathSection' },
      paths: OPTION_PATHS,
      standIns: OPTION_STAND_INS,
      chart: { prefix: 'o', mark: 'oMarkPrice' },
      // Options have no liquidation price here: the bar shows the maintenance margin instead.
      mini: { state: 'oState', liq: 'oMaintenanceMarginOut', ratio: 'oMarginRatio', liqLabel: 'MM' },
      namesRow: optionNamesRow,
      prefill(v, previous) {
        // Switching between MM per contract and OKX's margin factors swaps an untouched default table.
        // The tables are compared and written as plain numbers, shown in the user's locale.
        const rows = ui.$('oTierRows') as HTMLTextAreaElement;
        if (v.oMmSource === previous.oMmSource) return;
        const swap = v.oMmSource === 'okx' ? [DEFAULT_TIERS, DEFAULT_FACTORS]
          : previous.oMmSource === 'okx' ? [DEFAULT_FACTORS, DEFAULT_TIERS] : null;
        const neutral = LocaleNumbers.mapList(rows.value.trim(), (t) => ui.numbers.neutral(t));
        if (swap && neutral === swap[0]) rows.value = LocaleNumbers.mapList(swap[1], (t) => ui.numbers.fromNeutral(t));
      },
      sync: (v) => syncOptionView(ui, v),
      read: readOption,
      evaluate: (s) => im.evaluate(s),
      render(r) {
        if ((r as unknown as OptionPnlReport).calculation === 'pnl') {
          clearOption(ui);
          renderOptionPnl(ui, r as unknown as OptionPnlReport);
        } else renderOption(ui, r);
      },
      clear: () => clearOption(ui),
      chartInput: optionChartInput,
      fill: fillOption,
    };
  },
};
