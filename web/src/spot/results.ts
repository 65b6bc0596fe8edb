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
    kpi('liquidationPrice', 'Est. liquidation price', { unit: true, noteOut: 'liquidationNote', primary: true, why: ['liquidationPrice.price'] }),
    kpi('marginRatio', 'Margin ratio', { note: 'liquidation at ≤ 100%', why: ['risk.marginRatio'] }),
    kpi('distance', 'Distance to liquidation', { noteOut: 'distanceNote', why: ['liquidationPrice.distance'] }),
    kpi('bankruptcyPrice', 'Bankruptcy price', { unit: true, noteOut: 'bankruptcyNote', why: ['bankruptcyPrice.price'] }),
    kpi('alertPrice', 'Alert price', { unit: true, noteOut: 'alertPriceNote', why: ['alertPrice.price'] }),
    kpi('chance', 'Chance of liquidation', { noteOut: 'chanceNote', why: ['liquidationProbability'] })));
}

function pathCard(): HTMLElement {
  return card({ id: 'pathCard', hidden: '' }, 'Price path', el('span', { class: 'opt', 'data-testid': 'pathRange' }),
    el('ol', { class: 'steps', 'data-testid': 'pathEvents' }),
    el('p', { class: 'lead path-end', 'data-testid': 'pathEnd' }));
}

function position(): HTMLElement {
  return el('div', { class: 'cols' },
    card({}, 'Position', null, kvTable(
      row('Asset', null, output('assets', { unit: true }), {}, ['assets', ['position.assets']]),
      row('Liability', 'principal + interest', output('liability', { unit: true, sub: 'liabilityParts' }), {},
        ['liability', ['position.liability', 'position.principal', 'position.interest']]),
      row('Margin', null, output('margin', { unit: true }), {}, ['margin', ['position.margin']]),
      row('Entry price', null, output('entryPrice', { unit: true }), {}, ['entryPrice', ['position.entryPrice']]),
      row('Leverage', null, output('leverage'), {}, ['leverage', ['leverage']]))),
    card({}, 'Risk', el('span', { class: 'opt', 'data-testid': 'riskAt' }), kvTable(
      row('Liability value', null, output('liabilityValue', { unit: true }), {}, ['liabilityValue', ['risk.liabilityValue']]),
      row('Net assets', null, output('netAssets', { unit: true }), {}, ['netAssets', ['risk.netAssets']]),
      row('Maintenance margin', null, output('maintenanceMargin', { unit: true }), {}, ['maintenanceMargin', ['risk.maintenanceMargin']]),
      row('Liquidation fee', null, output('liquidationFee', { unit: true }), {}, ['liquidationFee', ['risk.liquidationFee']]),
      row('Tier', null, output('tier', { sub: 'tierSource' }), {}, ['tier', ['tier.tier', 'mmr']]))));
}

function pnl(): HTMLElement {
  return card({}, 'Floating PnL', opt('over the initial margin'), kvTable(
    row('PnL at mark', null, output('pnl', { unit: true }), {}, ['pnl', ['pnl.mark']]),
    row('PnL% at mark', null, output('pnlPercent'), {}, ['pnlPercent', ['pnl.markPercent']]),
    row('PnL at last', null, output('pnlLast', { unit: true }), { 'data-row': 'last', hidden: '' }, ['pnlLast', ['pnl.last']]),
    row('PnL% at last', null, output('pnlLastPercent'), { 'data-row': 'last', hidden: '' }, ['pnlLastPercent', ['pnl.lastPercent']])));
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
