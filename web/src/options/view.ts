// Options: which inputs are on screen for the maintenance-margin source, and the coin in the
// labels (labels only, from the pair text).

import type { Ui } from '../shared/dom';
import type { Values } from '../shared/state';

function coin(pair: string): string {
  const m = /^\s*([^/\-\s]+)\s*[/-]/.exec(pair);
  return m ? m[1].toUpperCase() : 'base';
}

export function syncOptionView(ui: Ui, v: Values): void {
  const okx = v.oMmSource === 'okx';
  ui.show('oMaintenanceMarginField', v.oMmSource === 'amount');
  ui.show('oTierRowsField', v.oMmSource !== 'amount');
  ui.show('oMmIncludesMarkField', v.oSide === 'short' && !okx);
  ui.show('oOptionTypeField', okx);
  ui.show('oCField', okx);
  const label = ui.$('oTierRowsField').querySelector('label');
  if (label) label.textContent = `Tiers, one per line: tier | max contracts | ${okx ? 'margin factor' : 'MM per contract'}`;
  const base = coin(v.oPair ?? '');
  for (const span of ui.all('[data-ocoin]')) span.textContent = base;
}
