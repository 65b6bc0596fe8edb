// Perpetual & futures: which inputs are on screen for the current choices, the model menu (only
// the conventions that support the contract type are enabled), and the coin names in the labels.
// Labels only: the coins come from the pair text and the contract type, never from computation.

import type { Isomargin } from 'isomargin';
import { setText, type Ui } from '../shared/dom';
import { pairCoins } from '../shared/markup';
import type { Values } from '../shared/state';
import { usesFills } from './read';
import { publicName } from '../shared/explain/names';

export type ModelInfo = ReturnType<Isomargin['models']>[number];
export type ContractPreset = ReturnType<Isomargin['contractPresets']>[number];

const supports = (m: ModelInfo, type: string): boolean => (type === 'inverse' ? m.inverse : m.linear);

export function fillModels(ui: Ui, models: ModelInfo[]): void {
  (ui.$('cModel') as HTMLSelectElement).replaceChildren(...models.map((m) => {
    const o = document.createElement('option');
    o.value = m.name;
    setText(o, publicName(m.label));
    return o;
  }));
}

export function fillContractPresets(ui: Ui, presets: ContractPreset[]): void {
  (ui.$('cTierPreset') as HTMLSelectElement).replaceChildren(...presets.map((p) => {
    const o = document.createElement('option');
    o.value = p.name;
    setText(o, p.label);
    return o;
  }));
}

/** A model the contract type does not support becomes OKX (the core's default) before evaluating. */
export function supportedModel(v: Values, models: ModelInfo[]): string | null {
  const m = models.find((x) => x.name === v.cModel);
  if (!m || supports(m, v.cType)) return null;
  return models.find((x) => supports(x, v.cType))?.name ?? null;
}

export function syncContractView(ui: Ui, v: Values, models: ModelInfo[]): void {
  const type = v.cType === 'inverse' ? 'inverse' : 'linear';
  const select = ui.$('cModel') as HTMLSelectElement;
  for (const o of select.options) {
    const m = models.find((x) => x.name === o.value);
    const ok = !m || supports(m, type);
    o.disabled = !ok;
    setText(o, publicName(ok || !m ? (m?.label ?? o.value) : `${m.label} (no ${type} contracts)`));
  }
  const chosen = models.find((x) => x.name === v.cModel);
  const unsupported = models.filter((x) => !supports(x, type)).map((x) => publicName(x.label));
  setText(ui.$('cModelNote'), [
    chosen ? `Maintenance margin valued at ${chosen.mmAtEntry ? 'the entry price' : 'the liquidation price'}`
      + `${chosen.usesFee ? '; the taker fee counts' : '; no fee in the formula'}.` : '',
    unsupported.length ? `Not for ${type} contracts: ${unsupported.join(', ')}.` : '',
  ].filter(Boolean).join(' '));

  const fills = usesFills(v);
  ui.show('cContractsField', !fills);
  ui.show('cEntryField', !fills);
  ui.show('cFillsNote', fills);

  const by = v.cMarginBy;
  ui.show('cPosMarginField', by === 'margin');
  ui.show('cMarginBalanceField', by === 'marginBalance');
  ui.show('cMarginAddedField', by !== 'margin' && by !== 'marginBalance');
  ui.show('cMarginRemovedField', by !== 'margin' && by !== 'marginBalance');
  setText(ui.$('cLeverageOpt'), by === 'margin' || by === 'marginBalance' ? 'optional' : '');
  setText(ui.$('cLevUnit'), v.cLevBy === 'contracts' ? 'contracts' : '');
  ui.show('cMmrField', v.cMmrSource === 'fixed');
  ui.show('cMaintAmountField', v.cMmrSource === 'fixed');
  ui.show('cTierPresetField', v.cMmrSource === 'preset');
  ui.show('cTierRowsField', v.cMmrSource === 'custom');
  ui.show('cBracketsField', v.cMmrSource === 'brackets');
  ui.show('cMaxLeverageField', v.cModel === 'hyperliquid');
  ui.show('cHedgeGroup', v.cPositionMode === 'hedge');

  const { base, quote } = pairCoins(v.cPair ?? '');
  const inverse = type === 'inverse';
  const names: Record<string, string> = {
    quote,
    margin: inverse ? base : quote,
    size: inverse ? 'USD' : base,
  };
  for (const span of ui.all('[data-ccoin]')) {
    setText(span, names[span.dataset.ccoin ?? ''] ?? '');
  }
  const typeSelect = ui.$('cType') as HTMLSelectElement;
  for (const o of typeSelect.options) {
    setText(o, o.value === 'inverse' ? `inverse (${base} margin)` : `linear (${quote} margin)`);
  }
}
