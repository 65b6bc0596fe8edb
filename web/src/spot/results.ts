// Spot margin's results: the summary (state, liquidation and bankruptcy prices, margin ratio,
// distance, alert price, chance of liquidation), the chart, the price path, the Monte Carlo, the
// liquidation state, the position and its risk, PnL, and the optional parts' cards. Empty until
// render.ts fills them; every number shown comes from the core's report.

import { el } from '../shared/dom';
import { card, gridTable, kpi, kvTable, opt, output, row, stateLine } from '../shared/markup';
import { chartCard } from '../shared/chart/chart';
import { monteCarloCard } from '../shared/montecarlo/render';

function summary(): HTMLElement {
  return el('div', { class: 'card summary' }, stateLine('state'), el('div', { class: 'kpis' },
    kpi('liquidationPrice', 'Est. liquidation price', { unit: true, noteOut: 'liquidationNote', primary: true }),
    kpi('marginRatio', 'Margin ratio', { note: 'liquidation at ≤ 100%' }),
    kpi('distance', 'Distance to liquidation', { noteOut: 'distanceNote' }),
    kpi('bankruptcyPrice', 'Bankruptcy price', { unit: true, noteOut: 'bankruptcyNote' }),
    kpi('alertPrice', 'Alert price', { unit: true, noteOut: 'alertPriceNote' }),
    kpi('chance', 'Chance of liquidation', { noteOut: 'chanceNote' })));
}

function pathCard(): HTMLElement {
  return card({ id: 'pathCard', hidden: '' }, 'Price path', el('span', { class: 'opt', 'data-testid': 'pathRange' }),
    el('ol', { class: 'steps', 'data-testid': 'pathEvents' }),
    el('p', { class: 'lead path-end', 'data-testid': 'pathEnd' }));
}

function position(): HTMLElement {
  return el('div', { class: 'cols' },
    card({}, 'Position', null, kvTable(
      row('Asset', null, output('assets', { unit: true })),
      row('Liability', 'principal + interest', output('liability', { unit: true, sub: 'liabilityParts' })),
      row('Margin', null, output('margin', { unit: true })),
      row('Entry price', null, output('entryPrice', { unit: true })),
      row('Leverage', null, output('leverage')))),
    card({}, 'Risk', el('span', { class: 'opt', 'data-testid': 'riskAt' }), kvTable(
      row('Liability value', null, output('liabilityValue', { unit: true })),
      row('Net assets', null, output('netAssets', { unit: true })),
      row('Maintenance margin', null, output('maintenanceMargin', { unit: true })),
      row('Liquidation fee', null, output('liquidationFee', { unit: true })),
      row('Tier', null, output('tier', { sub: 'tierSource' })))));
}

function pnl(): HTMLElement {
  return card({}, 'Floating PnL', opt('over the initial margin'), kvTable(
    row('PnL at mark', null, output('pnl', { unit: true })),
    row('PnL% at mark', null, output('pnlPercent')),
    row('PnL at last', null, output('pnlLast', { unit: true }), { 'data-row': 'last', hidden: '' }),
    row('PnL% at last', null, output('pnlLastPercent'), { 'data-row': 'last', hidden: '' })));
}

/** Fills the product's part of the results column. */
export function addSpotResults(box: HTMLElement): void {
  box.append(
    summary(), chartCard(''), pathCard(), monteCarloCard(),
    card({}, 'Liquidation state', null, el('ol', { class: 'steps', 'data-testid': 'stateSteps' })),
    position(), pnl(),
    card({ id: 'comparisonCard', hidden: '' }, 'The same order in each mode and margin coin', null,
      gridTable({ 'data-testid': 'comparison' }, ['Mode', 'Margin coin', 'Assets', 'Liability', 'Margin', 'Est. liq. price'])),
    card({ id: 'closeCard', hidden: '' }, 'Close', null, el('div', { 'data-testid': 'close' })),
    card({ id: 'preTradeCard', hidden: '' }, 'Pre-trade check', null, el('p', { 'data-testid': 'preTrade' })),
    card({ id: 'warningsCard', hidden: '' }, 'Notes', null, el('ul', { class: 'warnings', 'data-testid': 'warnings' })));
}
