// Perpetual swaps and futures (isolated): the inputs. The position, the market, the liquidation
// convention and the maintenance margin (a fixed mmr, OKX tiers or Binance brackets), the position
// mode, the calculator tabs (PnL, target price, liquidation price, max open, average entry, an
// order) with their answers beside their inputs, and the price path. Defaults: 1 BTC long at
// 100,000 USDT, 10×, mmr 0.4%, taker 0.05%.

import { el } from '../shared/dom';
import {
  check, coinOf, field, grid, group, hint, kvTable, label, num, numberList, opt, output, pairInput, row, section, select, textarea, unit,
} from '../shared/markup';

const coin = (key: string): HTMLElement => coinOf('data-ccoin', key);
const pick = (id: string, text: string, options: [string, string][], chosen: string, wide = false): HTMLElement =>
  field(label(id, text), select(id, options, chosen), { wide });
const code = (t: string): HTMLElement => el('code', {}, t);

function position(): HTMLElement {
  return group('Contract position', grid({},
    field(label('cPair', 'Pair'), pairInput('cPair', 'BTC/USDT')),
    pick('cProduct', 'Product', [['perpetual', 'perpetual swap'], ['futures', 'futures']], 'perpetual'),
    pick('cSide', 'Side', [['long', 'long'], ['short', 'short']], 'long'),
    pick('cType', 'Contract type', [['linear', 'linear (coin-quoted margin)'], ['inverse', 'inverse (coin-margined)']], 'linear'),
    num('cCtVal', 'Contract value', '1', [coin('size')]),
    num('cMultiplier', 'Multiplier', '1'),
    num('cContracts', 'Contracts', '1', [], { id: 'cContractsField' }),
    num('cEntryPrice', 'Entry price', '100,000', [coin('quote')], { id: 'cEntryField' }),
    el('p', { class: 'hint wide', id: 'cFillsNote', hidden: '' },
      'Contracts and entry price come from the fills in the ', el('strong', {}, 'Average entry'), ' tab below.'),
    // Short options: the chosen one fits a 320 px phone.
    pick('cMarginBy', 'Margin given by', [['leverage', 'leverage (± margin added)'],
      ['margin', 'the isolated margin shown'], ['marginBalance', 'margin + unrealised PnL']], 'leverage', true),
    num('cPosMargin', 'Isolated margin', '', [coin('margin')], { id: 'cPosMarginField', hidden: true }),
    num('cMarginBalance', 'Margin balance', '', [coin('margin')], { id: 'cMarginBalanceField', hidden: true }),
    num('cLeverage', 'Leverage', '10', [unit('×'), opt('', 'cLeverageOpt')]),
    num('cMarginAdded', 'Margin added', '', [coin('margin'), opt('optional')], { id: 'cMarginAddedField' }),
    num('cMarginRemoved', 'Margin removed', '', [coin('margin'), opt('optional')], { id: 'cMarginRemovedField' }),
    num('cReportedMm', 'Maintenance margin the exchange shows', '', [coin('margin'), opt('optional')], { wide: true })));
}

function market(): HTMLElement {
  return group('Market and fees', grid({},
    num('cMarkPrice', 'Mark price', '100,000', [coin('quote')]),
    num('cLastPrice', 'Last price', '', [coin('quote'), opt('optional')]),
    num('cTakerFee', 'Taker fee', '0.05', [unit('%')])));
}

function maintenance(): HTMLElement {
  return group('Liquidation convention and maintenance margin', grid({},
    field(label('cModel', 'Exchange convention'), el('select', { id: 'cModel' }), { wide: true, after: [hint('', { id: 'cModelNote' })] }),
    check('cCompare', 'Compare all conventions', { wide: true, checked: true }),
    pick('cMmrSource', 'Maintenance margin rate from', [['fixed', 'a fixed mmr'], ['preset', 'an OKX tier preset'],
      ['custom', 'custom OKX tiers (JSON)'], ['brackets', 'Binance leverage brackets (JSON)'],
      ['reported', 'the maintenance margin the exchange shows']], 'fixed', true),
    num('cMmr', 'Fixed mmr', '0.4', [unit('%')], { id: 'cMmrField' }),
    num('cMaintAmount', 'Maintenance amount', '', [coin('margin'), opt('optional')], { id: 'cMaintAmountField' }),
    field(label('cTierPreset', 'OKX tier preset (by contracts)'), el('select', { id: 'cTierPreset' }), { id: 'cTierPresetField', wide: true, hidden: true }),
    field(el('label', { for: 'cTierRows' }, 'OKX position tiers JSON (', code('[{tier,minSz,maxSz,mmr,imr,maxLever}]'), ' or ',
      code('{"data":[…]}'), '), sizes in contracts'), textarea('cTierRows', 6), { id: 'cTierRowsField', wide: true, hidden: true }),
    field(el('label', { for: 'cBrackets' }, 'Binance ', code('leverageBracket'), ' JSON (', code('[{"symbol":…,"brackets":[…]}]'),
      ' or the brackets array)'), textarea('cBrackets', 6, '',
      '[{"symbol":"BTCUSDT","brackets":[{"bracket":1,"initialLeverage":125,"notionalCap":50000,"notionalFloor":0,"maintMarginRatio":0.004,"cum":0}]}]'),
    { id: 'cBracketsField', wide: true, hidden: true }),
    num('cMaxLeverage', 'Asset max leverage', '', [unit('×'), opt('optional')],
      { id: 'cMaxLeverageField', hidden: true, after: [hint('Hyperliquid: mmr = 1/(2 × max leverage).')] })));
}

function positionMode(): HTMLElement {
  return group('Position mode',
    grid({}, pick('cPositionMode', 'Mode', [['one-way', 'one-way'], ['hedge', 'hedge (long and short apart)']], 'one-way', true)),
    grid({ id: 'cHedgeGroup', hidden: '' },
      num('cOppContracts', 'Opposite side: contracts', '', [opt('optional')]),
      num('cOppEntry', 'Its entry price', '', [coin('quote')]),
      num('cOppLeverage', 'Its leverage', '', [unit('×')]),
      num('cPendingClose', 'Pending close orders', '', [opt('contracts')])));
}

const TABS: [string, string][] = [
  ['pnl', 'PnL'], ['target', 'Target price'], ['liquidation', 'Liquidation price'],
  ['maxopen', 'Max open'], ['maxlev', 'Max leverage'], ['entry', 'Average entry'], ['order', 'Add / close order'],
];
const CHOSEN = 'liquidation';

function panel(tab: string, ...children: HTMLElement[]): HTMLElement {
  const attrs: Record<string, string> = { class: 'tabpanel', role: 'tabpanel', id: `cPanel-${tab}`, 'aria-labelledby': `cTab-${tab}` };
  if (tab !== CHOSEN) attrs.hidden = '';
  return el('div', attrs, ...children);
}

const one = (input: HTMLElement): HTMLElement => grid({}, input);

function calculators(): HTMLElement {
  return el('div', { class: 'group calcs' },
    el('h2', { class: 'calcs-title', id: 'cCalcTitle' }, 'Calculators'),
    el('div', { class: 'tabs', role: 'tablist', id: 'cTab', 'aria-labelledby': 'cCalcTitle' }, ...TABS.map(([tab, text]) => {
      const attrs: Record<string, string> = { type: 'button', role: 'tab', id: `cTab-${tab}`, 'data-tab': tab, 'aria-controls': `cPanel-${tab}` };
      attrs['aria-selected'] = String(tab === CHOSEN);
      if (tab !== CHOSEN) attrs.tabindex = '-1';
      return el('button', attrs, text);
    })),
    panel('pnl', one(num('cExitPrice', 'Exit price', '', [coin('quote')])), kvTable(
      row('PnL at the exit', null, output('cExitPnl', { unit: true }), {}, ['cExitPnl', ['calculate.exitPnl']]),
      row('ROE', 'PnL / initial margin', output('cExitRoe'), {}, ['cExitRoe', ['calculate.exitRoe']]))),
    panel('target', one(num('cTargetRoe', 'Target ROE', '', [unit('%')])), kvTable(
      row('Target price', null, output('cTargetPrice', { unit: true }), {}, ['cTargetPrice', ['calculate.targetPrice.price']]))),
    panel('liquidation', kvTable(row('Est. liquidation price', null, output('cTabLiquidation'), {}, ['cTabLiquidation', ['result.liquidationPrice.price']])),
      one(num('cWantedLiq', 'Wanted liquidation price', '', [coin('quote'), opt('optional')])),
      kvTable(row('Margin to add', 'negative: can be removed', output('cMarginToAdd', { unit: true }), {}, ['cMarginToAdd', ['result.marginToAdd']]))),
    panel('maxopen', one(num('cMaxOpenBalance', 'Available balance', '', [coin('margin')])), kvTable(
      row('Max open', 'at the entry price and leverage', output('cMaxOpen', { unit: true }), {}, ['cMaxOpen', ['calculate.maxOpenContracts']]))),
    panel('maxlev', grid({},
      pick('cLevBy', 'For', [['stake', 'a stake (the margin)'], ['notional', 'a notional'], ['contracts', 'a number of contracts']], 'stake'),
      num('cLevAmount', 'Amount', '', [opt('', 'cLevUnit')]),
      num('cLevPrice', 'Price', '', [coin('quote'), opt('entry if empty')], { id: 'cLevPriceField' }),
      hint('Needs a tier table or brackets (“Maintenance margin rate from” above).', { class: 'hint wide' })), kvTable(
      row('Highest leverage', null, output('cMaxLev', { sub: 'cMaxLevNote' }), {}, ['cMaxLev', ['calculate.maxLeverage.maxLeverage']]),
      row('Position at that leverage', null, output('cMaxLevSize', { unit: true }), {}, ['cMaxLevSize', ['calculate.maxLeverage.notional', 'calculate.maxLeverage.contracts']]),
      row('Tier or bracket that holds it', null, output('cTierFor', { sub: 'cTierForRates' }), {},
        ['cTierFor', ['calculate.tierFor.scaledAmount', 'calculate.tierFor.tier', 'calculate.tierFor.mmr', 'calculate.tierFor.imr', 'calculate.tierFor.maxLeverage', 'calculate.tierFor.cum']]))),
    panel('entry', field(label('cFills', 'Fills, one per line: price × contracts'), numberList('cFills', 4, '', '10,000 × 50\n15,000 × 50')),
      kvTable(row('Average entry price', null, output('cAvgEntry', { unit: true }), {}, ['cAvgEntry', ['entryPrice']]),
        row('Size', null, output('cAvgSize', { unit: true }), {}, ['cAvgSize', ['size']]))),
    panel('order', grid({},
      pick('cOrderSide', 'Order', [['buy', 'buy'], ['sell', 'sell']], 'buy'),
      num('cOrderContracts', 'Contracts', ''),
      num('cOrderPrice', 'Price', '', [coin('quote'), opt('mark if empty')]),
      check('cReduceOnly', 'reduce-only')), el('div', { 'data-testid': 'cOrder' })));
}

function path(): HTMLElement {
  return section('cPathSection', 'Price path timeline', {}, grid({},
    field(label('cPathPrices', 'Mark prices in order', coin('quote'), opt('one per line, or separated by spaces')),
      numberList('cPathPrices', 3, '100,000\n95,000\n92,000\n90,000'), { id: 'cPathPricesField', wide: true }),
    hint('The mark walks the prices; the events are listed under the chart and marked on it. '
      + 'Partial liquidation needs OKX tiers (tier 3 and up, two tiers down per step).', { class: 'hint wide' })));
}

/** Fills the product's tab panel of the form. */
export function addContractInputs(box: HTMLElement): void {
  box.append(position(), market(), maintenance(), positionMode(), calculators(), path());
}
