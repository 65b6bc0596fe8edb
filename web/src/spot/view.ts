// Spot margin: which inputs are on screen for the current choices, and the coin names in their
// labels. Labels only: the coins come from the pair text and the side, not from any computation.

import { setText, type Ui } from '../shared/dom';
import { pairCoins } from '../shared/markup';
import type { Values } from '../shared/state';

export function syncSpotView(ui: Ui, v: Values): void {
  const order = v.form === 'order';
  ui.show('balancesGroup', !order);
  ui.show('orderGroup', order);
  ui.show('preTradeSection', order);
  setText(ui.$('entryOpt'), order ? '' : 'optional');
  setText(ui.$('marginOpt'), v.mode === 'old' ? 'optional' : '');
  setText(ui.$('modeHint'), v.mode === 'old' ? 'margin counted inside the assets' : 'margin held beside the assets');

  ui.show('leverageField', v.orderSizing !== 'margin');
  ui.show('orderMarginField', v.orderSizing === 'margin');
  const rate = v.interestBy === 'rate';
  ui.show('interestAccruedField', !rate);
  ui.show('hourlyRateField', rate);
  ui.show('hoursField', rate);

  ui.show('mmrField', v.mmrSource === 'fixed');
  ui.show('tierPresetField', v.mmrSource === 'preset');
  ui.show('tierRowsField', v.mmrSource === 'custom');

  const closeOrder = v.closeType === 'order';
  ui.show('closeSizeField', closeOrder);
  ui.show('reduceOnlyField', closeOrder);
  const multi = v.accountMode === 'multi';
  ui.show('adjustedEquityField', multi);
  ui.show('pendingHoldEquityField', multi);

  const { base, quote } = pairCoins(v.pair ?? '');
  const long = v.side === 'long';
  const names: Record<string, string> = {
    base,
    quote,
    asset: long ? base : quote,
    liability: long ? quote : base,
    margin: v.marginCoin === 'base' ? base : quote,
  };
  for (const span of ui.all('[data-coin]')) {
    setText(span, names[span.dataset.coin ?? ''] ?? '');
  }
  const select = ui.$('marginCoin') as HTMLSelectElement;
  for (const o of select.options) o.textContent = `${o.value} (${o.value === 'base' ? base : quote})`;

  const list = v.pathBy === 'list';
  for (const id of ['pathFromField', 'pathToField', 'pathStepsField']) ui.show(id, !list);
  ui.show('pathPricesField', list);
}
