// Perpetual swaps and futures, isolated, linear and inverse, under nine exchange conventions: the
// product module. Inputs: inputs.ts, read into a ContractScenario by read.ts (and back by fill.ts);
// results: results.ts, filled by render.ts, render-extra.ts and path.ts; the chart: chart-input.ts.

import type { ContractReport, ContractScenario } from 'isomargin';
import { initTabs } from '../shared/tabs';
import type { MountedProduct, Product } from '../shared/product';
import { contractAbout } from './about';
import { formatTierRows } from '../shared/tiers';
import { addContractInputs } from './inputs';
import { addContractResults } from './results';
import { readContract } from './read';
import { fillContract } from './fill';
import { clearContract, renderContract } from './render';
import { renderCalculators } from './render-calculators';
import { renderNotes } from '../shared/messages';
import type { ContractCalculatorReport } from 'isomargin';
import { contractChartInput } from './chart-input';
import { CONTRACT_PATHS, CONTRACT_STAND_INS, namesRow } from './paths';
import {
  fillContractPresets, fillModels, supportedModel, syncContractView, type ContractPreset, type ModelInfo,
} from './view';

export const contracts: Product = {
  ...contractAbout,

  mount({ ui, im, inputs, results, changed }): MountedProduct<ContractScenario, ContractReport> {
    addContractInputs(inputs);
    addContractResults(results);
    initTabs(ui.$('cTab'), changed);
    // Menus from the core; an older module without them leaves the menus empty (the core's defaults).
    const models: ModelInfo[] = typeof im.models === 'function' ? im.models() : [];
    const presets: ContractPreset[] = typeof im.contractPresets === 'function' ? im.contractPresets() : [];
    fillModels(ui, models);
    fillContractPresets(ui, presets);
    const sourceLabel = (source: string): string => {
      if (source === 'custom') return 'custom OKX tiers';
      if (source === 'custom brackets') return 'Binance leverage brackets';
      return presets.find((p) => p.name === source)?.label ?? source;
    };
    const text = (id: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
      ui.$(id) as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

    return {
      sections: { cPath: 'cPathSection' },
      paths: CONTRACT_PATHS,
      standIns: CONTRACT_STAND_INS,
      chart: { prefix: 'c', mark: 'cMarkPrice' },
      mini: { state: 'cState', liq: 'cLiquidationPrice', ratio: 'cMarginRatio' },
      namesRow,
      prefill(v, previous) {
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
      },
      sync: (v) => syncContractView(ui, v, models),
      read: readContract,
      evaluate: (s) => im.evaluate(s),
      render(r, v, notes) {
        if ((r as unknown as ContractCalculatorReport).calculation === 'calculators') {
          clearContract(ui);
          renderCalculators(ui, r as unknown as ContractCalculatorReport);
          renderNotes(ui, 'cWarningsCard', 'cWarnings', notes);
          return;
        }
        renderContract(ui, r, { lastGiven: v.cLastPrice.trim() !== '', sourceLabel }, notes);
      },
      clear: () => clearContract(ui),
      chartInput: contractChartInput,
      fill: fillContract,
    };
  },
};
