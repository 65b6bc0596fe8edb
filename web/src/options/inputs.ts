// Options (isolated): the inputs. The position (contracts, average price, multiplier, ctVal,
// initial margin and its adjustments), the market, the maintenance margin (one amount, MM per
// contract by size, or OKX's short-option formula with margin factors you enter) and the price path.
// The defaults are the documented vector "option partial liquidation then stop" (tests/vectors.json).

import { el } from '../shared/dom';
import { check, coinOf, field, grid, group, hint, label, num, numberList, opt, pairInput, section, select, unit } from '../shared/markup';

/** The honest limits, said wherever the numbers are shown (domain.md §3). */
export const MM_NOT_SOURCED = 'Short-option maintenance margin: OKX publishes the formula (c × margin factor + mark price, per coin; OKX help “Option Margin”) but its margin factors are a live table that is not shipped — so the factors, or the MM itself (one amount, or MM per contract by size), are inputs here.';

export const DEFAULT_TIERS = '1 | 100 | 0.005\n2 | 200 | 0.006\n3 | 400 | 0.008';
// Illustrative margin factors for OKX's formula (the vector "option short call by OKX's MMR").
export const DEFAULT_FACTORS = '1 | 100 | 1\n2 | 200 | 1.02\n3 | 400 | 1.05';

const coin = (): HTMLElement => coinOf('data-ocoin', 'base');
const n = (id: string, text: string, value: string, marks: (HTMLElement | null)[] = []): HTMLElement =>
  num(id, text, value, marks, { id: `${id}Field` });
const pick = (id: string, text: string, options: [string, string][], chosen: string, wide = false): HTMLElement =>
  field(label(id, text), select(id, options, chosen), { id: `${id}Field`, wide });

/** Fills the product's tab panel of the form. */
export function addOptionInputs(box: HTMLElement): void {
  box.append(
    el('p', { class: 'banner notice', 'data-testid': 'oInputNotice' }, MM_NOT_SOURCED),
    group('Option position', grid({},
      field(label('oPair', 'Underlying'), pairInput('oPair', 'BTC/USD'), { id: 'oPairField' }),
      pick('oSide', 'Side', [['long', 'long (bought)'], ['short', 'short (sold)']], 'short'),
      n('oContracts', 'Contracts', '300'),
      n('oAveragePrice', 'Average price', '0.05', [coin()]),
      n('oMultiplier', 'Multiplier', '1'),
      n('oCtVal', 'Contract value (ctVal)', '0.1'),
      n('oInitialMargin', 'Initial margin', '4', [coin()]),
      n('oMarginAdjustment', 'Margin adjustment', '0.1', [coin(), opt('+ added, − removed')]))),
    group('Market and fees', grid({},
      n('oMarkPrice', 'Option mark price', '0.06', [coin()]),
      n('oTakerFee', 'Taker fee', '0.03', [unit('%')]),
      n('oAlertRatio', 'Alert ratio', '300', [unit('%')]))),
    group('Maintenance margin', grid({},
      pick('oMmSource', 'MM given as', [['amount', 'one amount for the position'], ['tiers', 'MM per contract by size (tiers)'],
        ['okx', 'OKX’s short-option formula (c × margin factor + mark)']], 'tiers', true),
      pick('oOptionType', 'Option type', [['call', 'call'], ['put', 'put']], 'call'),
      n('oC', 'c', '0.03', [opt('0.03 BTC, 0.05 ETH')]),
      n('oMaintenanceMargin', 'Maintenance margin', '', [coin()]),
      field(label('oTierRows', 'Tiers, one per line: tier | max contracts | MM per contract'), numberList('oTierRows', 4, DEFAULT_TIERS),
        { id: 'oTierRowsField', wide: true }),
      check('oMmIncludesMark', 'shorts: add the options’ value at the mark to MM (the “+ mark price” term of OKX’s short-option MMR)',
        { id: 'oMmIncludesMarkField', wide: true, checked: true }),
      hint('Partial liquidation closes contracts down ONE tier at a time (to the max size of tier n−1); in tier 1, or with one amount, '
        + 'a position at or below 100% is taken over in full and its margin is lost.', { class: 'hint wide' }))),
    section('oPathSection', 'Price path timeline', {}, grid({},
      field(label('oPathPrices', 'Option mark prices in order', coin(), opt('spaces or new lines')),
        numberList('oPathPrices', 3, '0.01 0.03 0.06 0.02 0.2'), { id: 'oPathPricesField', wide: true }))));
}
