// The contract form: which inputs are on screen for the current choices, the model menu (only
// the conventions that support the contract type are enabled), and the coin names in the labels.
// Labels only: the coins come from the pair text and the contract type, never from computation.

import type { Isomargin } from 'isomargin';
import { $, show } from './dom';
import type { Values } from './state';
import { usesFills } from './contract-form';

export type ModelInfo = ReturnType<Isomargin['models']>[number];
export type ContractPreset = ReturnType<Isomargin['contractPresets']>[number];

function coins(pair: string): { base: string; quote: string } {
  const m = /^\s*([^/\-\s]+)\s*[/-]\s*([^/\-\s]+)\s*$/.exec(pair);
  return m ? { base: m[1].toUpperCase(), quote: m[2].toUpperCase() } : { base: 'base', quote: 'quote' };
}

const supports = (m: ModelInfo, type: string): boolean => (type === 'inverse' ? m.inverse : m.linear);

export function fillModels(models: ModelInfo[]): void {
  ($('cModel') as HTMLSelectElement).replaceChildren(...models.map((m) => {
    const o = document.createElement('option');
    o.value = m.name;
    o.textContent = m.label;
    return o;
  }));
}

export function fillContractPresets(presets: ContractPreset[]): void {
  ($('cTierPreset') as HTMLSelectElement).replaceChildren(...presets.map((p) => {
    const o = document.createElement('option');
    o.value = p.name;
    o.textContent = p.label;
    return o;
  }));
}

/** A model the contract type does not support becomes OKX (the core's default) before evaluating. */
export function supportedModel(v: Values, models: ModelInfo[]): string | null {
  const m = models.find((x) => x.name === v.cModel);
  if (!m || supports(m, v.cType)) return null;
  return models.find((x) => supports(x, v.cType))?.name ?? null;
}

export function syncContractView(v: Values, models: ModelInfo[]): void {
  const type = v.cType === 'inverse' ? 'inverse' : 'linear';
  const select = $('cModel') as HTMLSelectElement;
  for (const o of select.options) {
    const m = models.find((x) => x.name === o.value);
    const ok = !m || supports(m, type);
    o.disabled = !ok;
    o.textContent = ok || !m ? (m?.label ?? o.value) : `${m.label} (no ${type} contracts)`;
  }
  const chosen = models.find((x) => x.name === v.cModel);
  const unsupported = models.filter((x) => !supports(x, type)).map((x) => x.label);
  $('cModelNote').textContent = [
    chosen ? `Maintenance margin valued at ${chosen.mmAtEntry ? 'the entry price' : 'the liquidation price'}`
      + `${chosen.usesFee ? '; the taker fee counts' : '; no fee in the formula'}.` : '',
    unsupported.length ? `Not for ${type} contracts: ${unsupported.join(', ')}.` : '',
  ].filter(Boolean).join(' ');

  const fills = usesFills(v);
  show('cContractsField', !fills);
  show('cEntryField', !fills);
  show('cFillsNote', fills);

  show('cMmrField', v.cMmrSource === 'fixed');
  show('cMaintAmountField', v.cMmrSource === 'fixed');
  show('cTierPresetField', v.cMmrSource === 'preset');
  show('cTierRowsField', v.cMmrSource === 'custom');
  show('cBracketsField', v.cMmrSource === 'brackets');
  show('cMaxLeverageField', v.cModel === 'hyperliquid');
  show('cHedgeGroup', v.cPositionMode === 'hedge');

  const { base, quote } = coins(v.cPair ?? '');
  const inverse = type === 'inverse';
  const names: Record<string, string> = {
    quote,
    margin: inverse ? base : quote,
    size: inverse ? 'USD' : base,
  };
  for (const span of document.querySelectorAll<HTMLElement>('[data-ccoin]')) {
    span.textContent = names[span.dataset.ccoin ?? ''] ?? '';
  }
  const typeSelect = $('cType') as HTMLSelectElement;
  for (const o of typeSelect.options) {
    o.textContent = o.value === 'inverse' ? `inverse (${base} margin)` : `linear (${quote} margin)`;
  }
}
