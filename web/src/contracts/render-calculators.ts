// No mark price: the calculators alone ("calculation": "calculators") — PnL at an exit, the target
// price, max open, the highest leverage and the tier for a size — each with only the inputs it
// uses. The position's outputs say that they need a mark price.

import type { ContractCalculatorReport, ContractReport } from 'isomargin';
import { setData, setText, type Ui } from '../shared/dom';
import { renderLeverageTab } from './render-extra';

const NEEDS_MARK = '— (enter a mark price)';

export function renderCalculators(ui: Ui, r: ContractCalculatorReport): void {
  const F = ui.fmt;
  const q = r.pair.quote;
  const coin = r.marginCoin;
  const c = r.calculate;
  for (const id of ['cLiquidationPrice', 'cMarginRatio', 'cDistance', 'cBankruptcyPrice', 'cTabLiquidation', 'cMarginToAdd',
    'cSize', 'cNotional', 'cEntry', 'cLeverageOut', 'cInitialMargin', 'cMargin', 'cMmrOut', 'cMaintAmountOut', 'cMaintenanceMargin',
    'cMarginUsed', 'cTier', 'cPnl', 'cPnlRatio', 'cAvgEntry', 'cAvgSize']) ui.put(id, NEEDS_MARK);
  const badge = ui.testId('cState');
  setText(badge, 'calculators');
  setData(badge, 'state', '');
  setText(ui.testId('cStateSummary'), 'No mark price: only the calculators that need none are run.');
  ui.put('cExitPnl', c.exitPnl === null ? '— (enter an exit price)' : F.amount(c.exitPnl, coin, q, 'exceptZero'), coin);
  ui.put('cExitRoe', F.percent(c.exitRoe, 'exceptZero'));
  const t = c.targetPrice;
  ui.put('cTargetPrice', t === null ? '— (enter a target ROE)' : t.status === 'price' ? F.price(t.price) : '— none: no price gives that ROE', t?.status === 'price' ? q : '');
  ui.put('cMaxOpen', c.maxOpenContracts === null ? '— (enter a balance)' : F.amount(c.maxOpenContracts, 'contracts', q), 'contracts');
  renderLeverageTab(ui, c as unknown as ContractReport['calculate'], coin, q);
  for (const id of ['cCompareCard', 'cHedgeCard', 'cPathCard']) ui.show(id, false);
}
