// Spot margin in isolated mode (OKX, old and new mode): the product module. Inputs: inputs.ts,
// read into a Scenario by read.ts (and back by fill.ts); results: results.ts, filled by render*.ts;
// what the chart marks: chart-input.ts; the Monte Carlo runs in the shared pool.

import type { Report, Scenario, TierPreset } from 'isomargin';
import { createMonteCarlo } from '../shared/montecarlo/pool';
import type { MountedProduct, Product } from '../shared/product';
import { spotAbout } from './about';
import { formatTierRows } from '../shared/tiers';
import { publicName } from '../shared/explain/names';
import { addSpotInputs } from './inputs';
import { addSpotResults } from './results';
import { readSpot } from './read';
import { fillSpot } from './fill';
import { syncSpotView } from './view';
import { clearSpot, renderSpot } from './render';
import { renderOpening } from './render-opening';
import { renderNotes } from '../shared/messages';
import type { OpeningReport } from 'isomargin';
import { spotChartInput } from './chart-input';
import { SPOT_PATHS, SPOT_STAND_INS, spotNamesRow } from './paths';

const illustrative = (p: TierPreset): boolean => p.illustrative && !/illustrative/i.test(p.label);

function presetNote(presets: TierPreset[], name: string): string {
  const p = presets.find((x) => x.name === name);
  if (!p) return '';
  const tables = `${p.base.length ? 'base-borrowed table (shorts)' : ''}${p.base.length && p.quote.length ? ' and ' : ''}`
    + `${p.quote.length ? 'quote-borrowed table (longs)' : ''}`;
  return (p.illustrative
    ? 'Illustrative: not published by an exchange; built to reproduce a worked example. '
    : 'Published by the exchange. ') + `Has a ${tables}.`;
}

export const spot: Product = {
  ...spotAbout,

  mount({ ui, im, inputs, results, changed }): MountedProduct<Scenario, Report> {
    addSpotInputs(inputs);
    addSpotResults(results);
    const presets = im.presets();
    (ui.$('tierPreset') as HTMLSelectElement).replaceChildren(...presets.map((p) => {
      const o = document.createElement('option');
      o.value = p.name;
      o.textContent = publicName(illustrative(p) ? `Illustrative: ${p.label}` : p.label);
      return o;
    }));
    const sourceLabel = (source: string): string => {
      if (source === 'custom') return 'custom tier table';
      const p = presets.find((x) => x.name === source);
      return p ? publicName(`${p.label}${illustrative(p) ? ' (illustrative)' : ''}`) : source;
    };
    // Runs in workers on request; `changed` shows its field errors.
    const mc = createMonteCarlo(ui, im, { paths: SPOT_PATHS, standIns: SPOT_STAND_INS }, changed);

    return {
      sections: {
        close: 'closeSection', preTrade: 'preTradeSection', path: 'pathSection', probability: 'probabilitySection',
      },
      paths: SPOT_PATHS,
      standIns: SPOT_STAND_INS,
      chart: { prefix: '', mark: 'markPrice' },
      mini: { state: 'state', liq: 'liquidationPrice', ratio: 'marginRatio' },
      namesRow: spotNamesRow,
      prefill(v, previous) {
        // Conveniences when switching: prefill fields the new choice needs from what is there.
        const entry = ui.$('entryPrice') as HTMLInputElement;
        if (v.form === 'order' && previous.form !== 'order' && entry.value.trim() === '') entry.value = v.markPrice;
        const rows = ui.$('tierRows') as HTMLTextAreaElement;
        if (v.mmrSource === 'custom' && previous.mmrSource !== 'custom' && rows.value.trim() === '') {
          const p = presets.find((x) => x.name === v.tierPreset) ?? presets[0];
          if (p) rows.value = formatTierRows(v.side === 'long' && p.quote.length ? p.quote : p.base);
        }
      },
      sync(v) {
        syncSpotView(ui, v);
        ui.$('tierPresetNote').textContent = presetNote(presets, v.tierPreset);
      },
      read: readSpot,
      evaluate: (s) => im.evaluate(s),
      render(r, v, notes) {
        if ((r as unknown as OpeningReport).calculation === 'opening') {
          clearSpot(ui);
          renderOpening(ui, r as unknown as OpeningReport, sourceLabel);
          renderNotes(ui, 'warningsCard', 'warnings', notes);
          return;
        }
        renderSpot(ui, r, v, { lastGiven: v.lastPrice.trim() !== '', sourceLabel }, notes);
      },
      clear: () => clearSpot(ui),
      chartInput: spotChartInput,
      fill: fillSpot,
      extra: mc,
    };
  },
};
