// An order without a mark price: the opening calculation alone (what opening creates, the leverage,
// the tier, the liquidation and bankruptcy prices, which need no mark, and the same order in each
// mode and margin coin). What needs a mark says so instead of showing a number.

import type { OpeningReport, Report } from 'isomargin';
import { replaceIfChanged, setData, setText, type Ui } from '../shared/dom';
import { renderBalances, renderComparison, renderPreTrade } from './render-extra';

const NEEDS_MARK = '— (enter a mark price)';

export function renderOpening(ui: Ui, r: OpeningReport, sourceLabel: (s: string) => string): void {
  const F = ui.fmt;
  const q = r.pair.quote;
  const p = r.position;
  const amt = (x: number | null, coin: string): string => F.amount(x, coin, q);
  renderBalances(ui, p, q);
  ui.put('margin', p.margin === null ? '—' : amt(p.margin, p.marginCoin), p.marginCoin);
  ui.put('entryPrice', p.entryPrice === null ? '—' : F.price(p.entryPrice), q);
  ui.put('leverage', F.leverage(r.leverage));

  const lp = r.liquidationPrice;
  if (lp === null) {
    ui.put('liquidationPrice', '— (enter an mmr or a tier table)');
    ui.put('liquidationNote', '');
  } else if (lp.status === 'price') {
    ui.put('liquidationPrice', F.price(lp.price), q);
    ui.put('liquidationNote', `liquidation when the mark is ${lp.trigger === 'at-or-below' ? 'at or below' : 'at or above'} this price`);
  } else {
    ui.put('liquidationPrice', lp.status === 'none' ? '— none: this position cannot be liquidated by price' : 'every price');
    ui.put('liquidationNote', '');
  }
  const bp = r.bankruptcyPrice;
  ui.put('bankruptcyPrice', bp.status === 'price' ? F.price(bp.price) : bp.status === 'none' ? '— none' : 'every price', bp.status === 'price' ? q : '');
  ui.put('bankruptcyNote', bp.status === 'price' ? 'net assets reach zero (no fee) there' : '');
  if (r.tier === null) ui.put('tier', r.mmr === null ? '—' : `fixed mmr\u00a0${F.rate(r.mmr)}`);
  else ui.put('tier', `tier\u00a0${F.count(r.tier.tier)} · mmr\u00a0${F.rate(r.tier.mmr)} · max\u00a0${F.leverage(r.tier.maxLever)}`);
  ui.put('tierSource', r.tierSource === 'none' ? 'no rate given' : r.tier === null ? 'the same rate at any size' : sourceLabel(r.tierSource));

  for (const id of ['marginRatio', 'distance', 'alertPrice', 'chance', 'liabilityValue', 'netAssets', 'maintenanceMargin', 'liquidationFee',
    'pnl', 'pnlPercent']) ui.put(id, NEEDS_MARK);
  for (const id of ['distanceNote', 'alertPriceNote', 'chanceNote', 'riskAt']) ui.put(id, '');
  ui.put('riskAt', 'at a mark price: none given, so this is the opening alone');
  const badge = ui.testId('state');
  setText(badge, 'opening');
  setData(badge, 'state', '');
  setText(ui.testId('stateSummary'), 'The opening calculation: no mark price, so nothing is judged yet.');
  replaceIfChanged(ui.testId('stateSteps'));
  renderComparison(ui, r as unknown as Report);
  renderPreTrade(ui, r as unknown as Report);
  for (const id of ['closeCard', 'pathCard']) ui.show(id, false);
}
