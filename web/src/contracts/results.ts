// Perpetual swaps and futures: the results. The summary (liquidation and bankruptcy prices under
// the chosen convention, margin ratio, distance), the chart and the price path, the position and
// its maintenance, PnL, hedge mode's two sides and the comparison of conventions. Empty until
// render.ts fills them; every number shown comes from the core's report.

import { el } from '../shared/dom';
import { card, gridTable, kpi, kvTable, opt, output, row, stateLine } from '../shared/markup';
import { chartCard } from '../shared/chart/chart';

function summary(): HTMLElement {
  return el('div', { class: 'card summary', id: 'cSummaryCard' }, stateLine('cState'), el('div', { class: 'kpis' },
    kpi('cLiquidationPrice', 'Est. liquidation price', { unit: true, noteOut: 'cLiquidationNote', primary: true, why: ['result.liquidationPrice.price'] }),
    kpi('cMarginRatio', 'Margin ratio', { note: 'liquidation at ≤ 100%', why: ['result.marginRatio'] }),
    kpi('cDistance', 'Distance to liquidation', { noteOut: 'cDistanceNote', why: ['result.distance'] }),
    kpi('cBankruptcyPrice', 'Bankruptcy price', { unit: true, noteOut: 'cBankruptcyNote', why: ['bankruptcyPrice.price'] })));
}

function position(): HTMLElement {
  return el('div', { class: 'cols' },
    card({}, 'Position', el('span', { class: 'opt', 'data-testid': 'cPositionAt' }), kvTable(
      row('Size', null, output('cSize', { unit: true }), {}, ['cSize', ['size']]),
      row('Notional', 'at the mark', output('cNotional', { unit: true }), {}, ['cNotional', ['notional']]),
      row('Entry price', null, output('cEntry', { unit: true }), {}, ['cEntry', ['entryPrice']]),
      row('Leverage', null, output('cLeverageOut', { sub: 'cLeverageSource' }), {}, ['cLeverageOut', ['leverage']]),
      row('Initial margin', null, output('cInitialMargin', { unit: true }), {}, ['cInitialMargin', ['initialMargin']]),
      row('Isolated margin', null, output('cMargin', { unit: true, sub: 'cMarginSource' }), {}, ['cMargin', ['margin']]))),
    card({}, 'Maintenance', null, kvTable(
      row('Convention', null, output('cModelLabel', { sub: 'cValuedAt' })),
      row('Maintenance margin rate', null, output('cMmrOut'), {}, ['cMmrOut', ['result.mmr']]),
      row('Maintenance amount', null, output('cMaintAmountOut', { unit: true }), {}, ['cMaintAmountOut', ['result.maintenanceAmount']]),
      row('Maintenance margin', 'no fee', output('cMaintenanceMargin', { unit: true }), {}, ['cMaintenanceMargin', ['result.maintenanceMargin']]),
      row('Margin the convention counts', null, output('cMarginUsed', { unit: true, sub: 'cMarginUsedReason' }), {}, ['cMarginUsed', ['result.marginUsed']]),
      row('Tier or bracket', null, output('cTier', { sub: 'cTierSource' }), {}, ['cTier', ['result.mmr', 'result.maintenanceAmount']]))));
}

function pnl(): HTMLElement {
  return card({}, 'Floating PnL', opt('ratio = PnL / initial margin'), kvTable(
    row('PnL at mark', null, output('cPnl', { unit: true }), {}, ['cPnl', ['pnl.mark']]),
    row('PnL% at mark', null, output('cPnlRatio'), {}, ['cPnlRatio', ['pnl.markRatio']]),
    row('PnL at last', null, output('cPnlLast', { unit: true }), { 'data-crow': 'last', hidden: '' }, ['cPnlLast', ['pnl.last']]),
    row('PnL% at last', null, output('cPnlLastRatio'), { 'data-crow': 'last', hidden: '' }, ['cPnlLastRatio', ['pnl.lastRatio']])));
}

/** Fills the product's part of the results column. */
export function addContractResults(box: HTMLElement): void {
  box.append(
    summary(), chartCard('c'),
    card({ id: 'cPathCard', hidden: '' }, 'Price path', el('span', { class: 'opt', 'data-testid': 'cPathRange' }),
      el('ol', { class: 'steps', 'data-testid': 'cPathEvents' }),
      el('p', { class: 'lead path-end', 'data-testid': 'cPathEnd' })),
    position(), pnl(),
    card({ id: 'cHedgeCard', hidden: '' }, 'Hedge mode', opt('each side judged alone'), el('div', { 'data-testid': 'cHedge' })),
    card({ id: 'cCompareCard', hidden: '' }, 'Compare conventions', opt('the same position under each exchange\'s formula'),
      el('p', { class: 'lead', 'data-testid': 'cSpread' }),
      gridTable({ class: 'compare', 'data-testid': 'cComparison' }, ['Convention', 'MM valued at', 'mmr', 'Est. liq. price', 'vs chosen', 'Margin ratio'])),
    card({ id: 'cWarningsCard', hidden: '' }, 'Notes', null, el('ul', { class: 'warnings', 'data-testid': 'cWarnings' })));
}
