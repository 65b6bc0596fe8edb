// Which inputs are on screen for the current choices, and the coin names in their labels.
// Labels only: the coins come from the pair text and the side, not from any computation.

import { $, show } from './dom';
import type { Values } from './state';

function coins(pair: string): { base: string; quote: string } {
  const m = /^\s*([^/\-\s]+)\s*[/-]\s*([^/\-\s]+)\s*$/.exec(pair);
  return m ? { base: m[1].toUpperCase(), quote: m[2].toUpperCase() } : { base: 'base', quote: 'quote' };
}

export function syncView(v: Values): void {
  const order = v.form === 'order';
  show('balancesGroup', !order);
  show('orderGroup', order);
  show('preTradeSection', order);
  $('entryOpt').textContent = order ? '' : 'optional';
  $('marginOpt').textContent = v.mode === 'old' ? 'optional' : '';
  $('modeHint').textContent = v.mode === 'old' ? 'margin counted inside the assets' : 'margin held beside the assets';

  show('leverageField', v.orderSizing !== 'margin');
  show('orderMarginField', v.orderSizing === 'margin');
  const rate = v.interestBy === 'rate';
  show('interestAccruedField', !rate);
  show('hourlyRateField', rate);
  show('hoursField', rate);

  show('mmrField', v.mmrSource === 'fixed');
  show('tierPresetField', v.mmrSource === 'preset');
  show('tierRowsField', v.mmrSource === 'custom');

  const closeOrder = v.closeType === 'order';
  show('closeSizeField', closeOrder);
  show('reduceOnlyField', closeOrder);
  const multi = v.accountMode === 'multi';
  show('adjustedEquityField', multi);
  show('pendingHoldEquityField', multi);

  const { base, quote } = coins(v.pair ?? '');
  const long = v.side === 'long';
  const names: Record<string, string> = {
    base,
    quote,
    asset: long ? base : quote,
    liability: long ? quote : base,
    margin: v.marginCoin === 'base' ? base : quote,
  };
  for (const span of document.querySelectorAll<HTMLElement>('[data-coin]')) {
    span.textContent = names[span.dataset.coin ?? ''] ?? '';
  }
  const select = $('marginCoin') as HTMLSelectElement;
  for (const o of select.options) o.textContent = `${o.value} (${o.value === 'base' ? base : quote})`;
}
