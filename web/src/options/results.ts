// Options: the results. The summary (state, margin ratio, margin balance, maintenance margin,
// liquidation fee), the chart, the liquidation state one tier per partial step, the position, the
// price path's points and events, and what is not sourced. Empty until render.ts fills them.

import { el } from '../shared/dom';
import { card, gridTable, kpi, kvTable, opt, output, row, stateLine } from '../shared/markup';
import { chartCard } from '../shared/chart/chart';
import { MM_NOT_SOURCED } from './inputs';

const FEE_LOW_CONFIDENCE = 'Liquidation fee: low confidence. Its formula (under “why?” at the fee) is quoted on a question-and-answer page; OKX does not publish it.';

/** Fills the product's part of the results column. */
export function addOptionResults(box: HTMLElement): void {
  box.append(
    el('div', { class: 'card summary', id: 'oSummaryCard' }, stateLine('oState'), el('div', { class: 'kpis' },
      kpi('oMarginRatio', 'Margin ratio', { note: 'liquidation at ≤ 100%', why: ['marginRatio'] }),
      kpi('oMarginBalance', 'Margin balance', { note: 'initial margin + adjustments', unit: true, why: ['marginBalance'] }),
      kpi('oMaintenanceMarginOut', 'Maintenance margin', { note: 'an input, or OKX’s formula', unit: true, why: ['maintenanceMargin'] }),
      kpi('oLiquidationFee', 'Liquidation fee', { note: 'low confidence', unit: true, why: ['liquidationFee'] }))),
    chartCard('o'),
    card({}, 'Liquidation state', opt('one tier per partial step'), el('ol', { class: 'steps', 'data-testid': 'oStateSteps' })),
    card({}, 'Position', el('span', { class: 'opt', 'data-testid': 'oPositionAt' }), kvTable(
      row('Options value', null, output('oValue', { unit: true }), {}, ['oValue', ['value']]),
      row('PnL at mark', null, output('oPnl', { unit: true }), {}, ['oPnl', ['pnl']]),
      row('PnL ratio', 'of the average price', output('oPnlRatio'), {}, ['oPnlRatio', ['pnlRatio']]),
      row('Tier', null, output('oTier'), {}, ['oTier', ['tier']]),
      row('MM from', null, output('oMmSourceOut'), {}, ['oMmSourceOut', ['maintenanceMargin']]))),
    card({ id: 'oPathCard', hidden: '' }, 'Price path', el('span', { class: 'opt', 'data-testid': 'oPathRange' }),
      el('ol', { class: 'steps', 'data-testid': 'oPathEvents' }),
      gridTable({ 'data-testid': 'oPathPoints' }, ['Mark', 'State', 'Margin ratio']),
      el('p', { class: 'lead path-end', 'data-testid': 'oPathEnd' })),
    card({ id: 'oLimitsCard' }, 'What is not sourced', null, el('ul', { class: 'warnings', 'data-testid': 'oLimits' },
      el('li', {}, MM_NOT_SOURCED), el('li', {}, FEE_LOW_CONFIDENCE),
      el('li', {}, 'Value, PnL, PnL ratio, margin balance and margin ratio follow OKX’s options margin article, read in a retelling of it; partial liquidation one tier at a time follows the isolated-margin guide.'))));
}
