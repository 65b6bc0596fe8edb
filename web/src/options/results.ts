// Options: the results. The summary (state, margin ratio, margin balance, maintenance margin,
// liquidation fee), the chart, the liquidation state one tier per partial step, the position, the
// price path's points and events, and what is not sourced. Empty until render.ts fills them.

import { el } from '../shared/dom';
import { card, gridTable, kpi, kvTable, opt, output, row, stateLine } from '../shared/markup';
import { chartCard } from '../shared/chart/chart';
import { MM_NOT_SOURCED } from './inputs';

const FEE_LOW_CONFIDENCE = 'Liquidation fee = min(taker × multiplier × ctVal × contracts, 12.5% × mark × multiplier × ctVal × contracts): low confidence — it comes from a Q&A page (btcc.site, cited in domain.md §3), not from OKX.';

/** Fills the product's part of the results column. */
export function addOptionResults(box: HTMLElement): void {
  box.append(
    el('div', { class: 'card summary', id: 'oSummaryCard' }, stateLine('oState'), el('div', { class: 'kpis' },
      kpi('oMarginRatio', 'Margin ratio', { note: 'margin balance / (MM + liquidation fee); liquidation at ≤ 100%' }),
      kpi('oMarginBalance', 'Margin balance', { note: 'initial margin + adjustments', unit: true }),
      kpi('oMaintenanceMarginOut', 'Maintenance margin', { note: 'an input, or OKX’s formula', unit: true }),
      kpi('oLiquidationFee', 'Liquidation fee', { note: 'low confidence', unit: true }))),
    chartCard('o'),
    card({}, 'Liquidation state', opt('one tier per partial step'), el('ol', { class: 'steps', 'data-testid': 'oStateSteps' })),
    card({}, 'Position', el('span', { class: 'opt', 'data-testid': 'oPositionAt' }), kvTable(
      row('Options value', 'contracts × mark × multiplier × ctVal', output('oValue', { unit: true })),
      row('PnL at mark', null, output('oPnl', { unit: true })),
      row('PnL ratio', 'of the average price', output('oPnlRatio')),
      row('Tier', null, output('oTier')),
      row('MM from', null, output('oMmSourceOut')))),
    card({ id: 'oPathCard', hidden: '' }, 'Price path', el('span', { class: 'opt', 'data-testid': 'oPathRange' }),
      el('ol', { class: 'steps', 'data-testid': 'oPathEvents' }),
      gridTable({ 'data-testid': 'oPathPoints' }, ['Mark', 'State', 'Margin ratio']),
      el('p', { class: 'lead path-end', 'data-testid': 'oPathEnd' })),
    card({ id: 'oLimitsCard' }, 'What is not sourced', null, el('ul', { class: 'warnings', 'data-testid': 'oLimits' },
      el('li', {}, MM_NOT_SOURCED), el('li', {}, FEE_LOW_CONFIDENCE),
      el('li', {}, 'Value, PnL, PnL ratio, margin balance and margin ratio: OKX’s options margin article via a third-party rewrite (365shuku.com, domain.md §3). Partial liquidation one tier at a time: the seed (domain.md §3, §4).'))));
}
