// Spot margin's inputs: the position (balances as the Positions API reports them, or the order
// that opened it), the market, the maintenance margin, and the optional sections (close,
// pre-trade check, price path, chance of liquidation with its Monte Carlo). The defaults are a fresh,
// healthy position: long 1 BTC at 100,000 USDT, 10×, USDT margin, new mode (the guide's opening example);
// the guide's risk example is one of the worked examples (calculator/examples.ts).

import { el } from '../shared/dom';
import {
  check, coinOf, field, grid, group, hint, label, num, numberList, opt, pairInput, section, select, textarea, unit,
} from '../shared/markup';

const coin = (key: string): HTMLElement => coinOf('data-coin', key);
const pick = (id: string, text: string, options: [string, string][], chosen: string, wide = false, after: HTMLElement[] = []): HTMLElement =>
  field(label(id, text), select(id, options, chosen), { wide, after });

function position(): HTMLElement {
  return group('Position',
    grid({},
      field(label('pair', 'Pair'), pairInput('pair', 'BTC/USDT')),
      pick('side', 'Side', [['long', 'long'], ['short', 'short']], 'long'),
      pick('marginCoin', 'Margin coin', [['base', 'base (BTC)'], ['quote', 'quote (USDT)']], 'quote'),
      pick('mode', 'Isolated mode', [['old', 'old'], ['new', 'new']], 'new', false, [hint('', { id: 'modeHint' })]),
      pick('form', 'Position given by', [['balances', 'balances (as the exchange shows them)'], ['order', 'order (how it was opened)']], 'order', true)),
    grid({ id: 'balancesGroup', hidden: '' },
      num('assets', 'Assets', '1', [coin('asset')]),
      num('liability', 'Liability, principal', '100,000', [coin('liability')]),
      num('interest', 'Unpaid interest', '', [coin('liability'), opt('optional')]),
      num('margin', 'Margin', '10,000', [coin('margin'), opt('optional', 'marginOpt')])),
    grid({}, num('entryPrice', 'Entry price', '100,000', [coin('quote'), opt('optional', 'entryOpt')])),
    grid({ id: 'orderGroup' },
      num('size', 'Size', '1', [coin('base')]),
      pick('orderSizing', 'Set by', [['leverage', 'leverage'], ['margin', 'margin']], 'leverage'),
      num('leverage', 'Leverage', '10', [unit('×')], { id: 'leverageField' }),
      num('orderMargin', 'Margin', '', [coin('margin')], { id: 'orderMarginField', hidden: true }),
      pick('interestBy', 'Interest', [['accrued', 'accrued amount'], ['rate', 'hourly rate × hours']], 'accrued'),
      num('interestAccrued', 'Accrued interest', '', [coin('liability'), opt('optional')], { id: 'interestAccruedField' }),
      num('hourlyRate', 'Hourly rate', '', [unit('%')], { id: 'hourlyRateField', hidden: true }),
      num('hours', 'Hours', '', [], { id: 'hoursField', hidden: true })));
}

function market(): HTMLElement {
  return group('Market and fees', grid({},
    num('markPrice', 'Mark price', '100,000', [coin('quote'), opt('empty: the opening alone')]),
    num('lastPrice', 'Last price', '', [coin('quote'), opt('optional')]),
    num('takerFee', 'Taker fee', '0.1', [unit('%')]),
    num('alertRatio', 'Alert ratio', '300', [unit('%')])));
}

function maintenance(): HTMLElement {
  const code = (t: string): HTMLElement => el('code', {}, t);
  return group('Maintenance margin', grid({},
    pick('mmrSource', 'Maintenance margin rate from', [['fixed', 'a fixed mmr'], ['preset', 'a tier preset'], ['custom', 'a custom tier table (JSON)']], 'fixed', true),
    num('mmr', 'Fixed mmr', '3', [unit('%')], { id: 'mmrField' }),
    field(label('tierPreset', 'Tier preset'), el('select', { id: 'tierPreset' }),
      { id: 'tierPresetField', wide: true, hidden: true, after: [hint('', { id: 'tierPresetNote' })] }),
    field(el('label', { for: 'tierRows' }, 'Tier rows: OKX position-tiers JSON (', code('[{tier,minSz,maxSz,mmr,imr,maxLever}]'),
      ' or the API\'s ', code('{"data":[…]}'), '), by amount borrowed'), textarea('tierRows', 7),
    { id: 'tierRowsField', wide: true, hidden: true })));
}

function close(): HTMLElement {
  return section('closeSection', 'Close the position', {}, grid({},
    pick('closeType', 'Close', [['all', 'close all (market)'], ['order', 'an order of a size']], 'all'),
    num('closeSize', 'Order size', '', [coin('base')], { id: 'closeSizeField', hidden: true }),
    num('closePrice', 'Fill price', '', [coin('quote'), opt('mark if empty')]),
    check('reduceOnly', 'reduce-only', { id: 'reduceOnlyField', hidden: true })));
}

function preTrade(): HTMLElement {
  return section('preTradeSection', 'Pre-trade balance check', { hidden: '' }, grid({},
    pick('accountMode', 'Account mode', [['single', 'single-currency'], ['multi', 'multi-currency']], 'single'),
    num('availableBalance', 'Available balance', '', [coin('margin')]),
    num('adjustedEquity', 'Adjusted equity', '', [unit('USD')], { id: 'adjustedEquityField', hidden: true }),
    num('pendingHoldEquity', 'Hold equity of pending orders', '', [unit('USD'), opt('optional')], { id: 'pendingHoldEquityField', hidden: true })));
}

function path(): HTMLElement {
  return section('pathSection', 'Price path timeline', {}, grid({},
    pick('pathBy', 'Path', [['move', 'from → to in steps'], ['list', 'a list of prices']], 'move', true),
    num('pathFrom', 'From', '100,000', [coin('quote')], { id: 'pathFromField' }),
    num('pathTo', 'To', '90,000', [coin('quote')], { id: 'pathToField' }),
    num('pathSteps', 'Steps', '100', [], { id: 'pathStepsField' }),
    field(label('pathPrices', 'Prices in order', coin('quote'), opt('one per line, or separated by spaces')),
      numberList('pathPrices', 3, '', '19,500\n29,000'), { id: 'pathPricesField', wide: true, hidden: true }),
    hint('The mark walks the path; the events (alert, orders cancelled, partial and full liquidation) are listed under the chart.', { class: 'hint wide' })));
}

function probability(): HTMLElement {
  return section('probabilitySection', 'Chance of liquidation', {}, grid({},
    num('volatility', 'Volatility, annualised', '60', [unit('%')], { id: 'volatilityField' }),
    num('horizonDays', 'Horizon, days', '30', [], { id: 'horizonDaysField' }),
    num('drift', 'Drift, annualised', '', [unit('%'), opt('optional, 0 if empty')], { id: 'driftField' }),
    hint('The chance that the mark touches the liquidation price within the horizon, '
      + 'under geometric Brownian motion (its formula under “why?” at the result): an estimate, not a forecast.', { class: 'hint wide' }),
    el('p', { class: 'subhead wide' }, 'Monte Carlo ', opt('through tiers and partial liquidations; run on request')),
    num('mcPaths', 'Paths', '10,000', [], { id: 'mcPathsField' }),
    num('mcSteps', 'Steps per path', '1,440', [opt('over the horizon')], { id: 'mcStepsField' }),
    num('mcSeed', 'Seed', '1', [], { id: 'mcSeedField' }),
    el('div', { class: 'mc-run wide' },
      el('button', { type: 'button', id: 'mcRun', class: 'button' }, 'Run Monte Carlo'),
      el('div', { class: 'mc-status', role: 'status' },
        el('progress', { id: 'mcProgress', 'data-testid': 'mcProgress', 'aria-label': 'Monte Carlo running', hidden: '' }),
        el('span', { 'data-testid': 'mcStatus' })))));
}

/** Fills the product's tab panel of the form. */
export function addSpotInputs(panel: HTMLElement): void {
  panel.append(position(), market(), maintenance(), close(), preTrade(), path(), probability());
}
