// The "Options" product's markup, built here rather than in index.html: its tab in the product
// switch, its inputs panel (in the form, so they join the URL state and the message slots), its
// conventions line, and its results. Text only; no inline styles (the page runs under a strict CSP).

import { $, el } from './dom';

type Opt = string | null;

/** The honest limits, said wherever the numbers are shown (domain.md §3). */
export const MM_NOT_SOURCED = 'Short-option maintenance margin: OKX publishes the formula (c × margin factor + mark price, per coin; OKX help “Option Margin”) but its margin factors are a live table that is not shipped — so the factors, or the MM itself (one amount, or MM per contract by size), are inputs here.';
export const FEE_LOW_CONFIDENCE = 'Liquidation fee = min(taker × multiplier × ctVal × contracts, 12.5% × mark × multiplier × ctVal × contracts): low confidence — it comes from a Q&A page (btcc.site, cited in domain.md §3), not from OKX.';

function field(id: string, label: string, control: HTMLElement, coin: Opt = null, opt: Opt = null, wide = false): HTMLElement {
  return el('div', { class: wide ? 'field wide' : 'field', id: `${id}Field` },
    el('label', { for: id }, label,
      coin !== null ? ' ' : '', coin !== null ? el('span', { class: 'coin', 'data-ocoin': coin }) : '',
      opt !== null ? ' ' : '', opt !== null ? el('span', { class: 'opt' }, opt) : ''),
    control);
}

function num(id: string, label: string, value: string, coin: Opt = null, opt: Opt = null): HTMLElement {
  return field(id, label, el('input', { id, type: 'text', inputmode: 'decimal', value }), coin, opt);
}

function fixed(id: string, label: string, value: string, unit: string): HTMLElement {
  return el('div', { class: 'field', id: `${id}Field` },
    el('label', { for: id }, label, ' ', el('span', { class: 'coin' }, unit)),
    el('input', { id, type: 'text', inputmode: 'decimal', value }));
}

function select(id: string, label: string, options: [string, string][], chosen: string, wide = false): HTMLElement {
  return field(id, label, el('select', { id }, ...options.map(([value, text]) =>
    el('option', value === chosen ? { value, selected: '' } : { value }, text))), null, null, wide);
}

// The defaults are the documented vector "option partial liquidation then stop" (tests/vectors.json).
export const DEFAULT_TIERS = '1 | 100 | 0.005\n2 | 200 | 0.006\n3 | 400 | 0.008';
// Illustrative margin factors for OKX's formula (the vector "option short call by OKX's MMR").
export const DEFAULT_FACTORS = '1 | 100 | 1\n2 | 200 | 1.02\n3 | 400 | 1.05';

function inputs(): HTMLElement {
  return el('div', { id: 'optionInputs', role: 'tabpanel', 'aria-labelledby': 'productOption', hidden: '' },
    el('p', { class: 'banner notice', 'data-testid': 'oInputNotice' }, MM_NOT_SOURCED),
    el('fieldset', { class: 'group' }, el('legend', {}, 'Option position'),
      el('div', { class: 'grid' },
        field('oPair', 'Underlying', el('input', { id: 'oPair', type: 'text', spellcheck: 'false', autocapitalize: 'characters', value: 'BTC/USD' })),
        select('oSide', 'Side', [['long', 'long (bought)'], ['short', 'short (sold)']], 'short'),
        num('oContracts', 'Contracts', '300'),
        num('oAveragePrice', 'Average price', '0.05', 'base'),
        num('oMultiplier', 'Multiplier', '1'),
        num('oCtVal', 'Contract value (ctVal)', '0.1'),
        num('oInitialMargin', 'Initial margin', '4', 'base'),
        num('oMarginAdjustment', 'Margin adjustment', '0.1', 'base', '+ added, − removed'))),
    el('fieldset', { class: 'group' }, el('legend', {}, 'Market and fees'),
      el('div', { class: 'grid' },
        num('oMarkPrice', 'Option mark price', '0.06', 'base'),
        fixed('oTakerFee', 'Taker fee', '0.03', '%'),
        fixed('oAlertRatio', 'Alert ratio', '300', '%'))),
    el('fieldset', { class: 'group' }, el('legend', {}, 'Maintenance margin'),
      el('div', { class: 'grid' },
        select('oMmSource', 'MM given as', [['amount', 'one amount for the position'], ['tiers', 'MM per contract by size (tiers)'],
          ['okx', 'OKX’s short-option formula (c × margin factor + mark)']], 'tiers', true),
        select('oOptionType', 'Option type', [['call', 'call'], ['put', 'put']], 'call'),
        num('oC', 'c', '0.03', null, '0.03 BTC, 0.05 ETH'),
        num('oMaintenanceMargin', 'Maintenance margin', '', 'base'),
        field('oTierRows', 'Tiers, one per line: tier | max contracts | MM per contract', el('textarea', { id: 'oTierRows', rows: '4', spellcheck: 'false' }, DEFAULT_TIERS), null, null, true),
        el('div', { class: 'field check wide', id: 'oMmIncludesMarkField' },
          el('input', { id: 'oMmIncludesMark', type: 'checkbox', checked: '' }),
          el('label', { for: 'oMmIncludesMark' }, 'shorts: add the options’ value at the mark to MM (the “+ mark price” term of OKX’s short-option MMR)')),
        el('p', { class: 'hint wide' }, 'Partial liquidation closes contracts down ONE tier at a time (to the max size of tier n−1); in tier 1, or with one amount, a position at or below 100% is taken over in full and its margin is lost.'))),
    el('details', { id: 'oPathSection', class: 'group' },
      el('summary', {}, 'Price path timeline ', el('span', { class: 'opt' }, 'computed while open')),
      el('div', { class: 'grid' },
        field('oPathPrices', 'Option mark prices in order', el('textarea', { id: 'oPathPrices', rows: '3', spellcheck: 'false' }, '0.01 0.03 0.06 0.02 0.2'), 'base', 'spaces or new lines', true))));
}

function kpi(id: string, label: string, note: string, unit = false): HTMLElement {
  return el('div', { class: 'kpi' }, el('div', { class: 'kpi-label' }, label),
    el('div', { class: 'kpi-value' }, el('span', { 'data-testid': id }, '—'),
      unit ? el('span', { class: 'unit', 'data-unit-for': id }) : ''),
    el('div', { class: 'kpi-note' }, note));
}

function row(id: string, label: string, note: Opt = null, unit = true): HTMLElement {
  return el('tr', {}, el('th', { scope: 'row' }, label, note !== null ? ' ' : '', note !== null ? el('span', { class: 'opt' }, note) : ''),
    el('td', {}, el('span', { 'data-testid': id }, '—'), unit ? el('span', { class: 'unit', 'data-unit-for': id }) : ''));
}

function results(): HTMLElement {
  return el('div', { id: 'optionResults', hidden: '' },
    el('div', { class: 'card summary', id: 'oSummaryCard' },
      el('div', { class: 'state-line' },
        el('span', { class: 'badge', 'data-testid': 'oState', 'data-state': '' }, '—'),
        el('span', { class: 'state-summary', 'data-testid': 'oStateSummary', 'aria-live': 'polite' })),
      el('div', { class: 'kpis' },
        kpi('oMarginRatio', 'Margin ratio', 'margin balance / (MM + liquidation fee); liquidation at ≤ 100%'),
        kpi('oMarginBalance', 'Margin balance', 'initial margin + adjustments', true),
        kpi('oMaintenanceMarginOut', 'Maintenance margin', 'an input, or OKX’s formula', true),
        kpi('oLiquidationFee', 'Liquidation fee', 'low confidence', true))),
    el('div', { class: 'card' }, el('h2', {}, 'Liquidation state ', el('span', { class: 'opt' }, 'one tier per partial step')),
      el('ol', { class: 'steps', 'data-testid': 'oStateSteps' })),
    el('div', { class: 'card' }, el('h2', {}, 'Position ', el('span', { class: 'opt', 'data-testid': 'oPositionAt' })),
      el('table', { class: 'kv' }, el('tbody', {},
        row('oValue', 'Options value', 'contracts × mark × multiplier × ctVal'),
        row('oPnl', 'PnL at mark'),
        row('oPnlRatio', 'PnL ratio', 'of the average price', false),
        row('oTier', 'Tier', null, false),
        row('oMmSourceOut', 'MM from', null, false)))),
    el('div', { class: 'card', id: 'oPathCard', hidden: '' },
      el('h2', {}, 'Price path ', el('span', { class: 'opt', 'data-testid': 'oPathRange' })),
      el('ol', { class: 'steps', 'data-testid': 'oPathEvents' }),
      el('div', { class: 'table-wrap' }, el('table', { class: 'grid-table stack', 'data-testid': 'oPathPoints' },
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Mark'), el('th', { scope: 'col' }, 'State'), el('th', { scope: 'col' }, 'Margin ratio'))),
        el('tbody'))),
      el('p', { class: 'lead path-end', 'data-testid': 'oPathEnd' })),
    el('div', { class: 'card', id: 'oLimitsCard' }, el('h2', {}, 'What is not sourced'),
      el('ul', { class: 'warnings', 'data-testid': 'oLimits' },
        el('li', {}, MM_NOT_SOURCED), el('li', {}, FEE_LOW_CONFIDENCE),
        el('li', {}, 'Value, PnL, PnL ratio, margin balance and margin ratio: OKX’s options margin article via a third-party rewrite (365shuku.com, domain.md §3). Partial liquidation one tier at a time: the seed (domain.md §3, §4).'))));
}

/** Adds the Options tab, inputs and results; call before the form's message slots and default snapshot. */
export function addOptionMarkup(): void {
  $('productContract').after(el('button', {
    type: 'button', role: 'tab', id: 'productOption', 'data-tab': 'option', 'aria-selected': 'false',
    'aria-controls': 'optionInputs', tabindex: '-1',
  }, 'Options'));
  $('contractInputs').after(inputs());
  $('contractResults').after(results());
  $('contractConventions').after(el('p', { class: 'conventions', id: 'optionConventions', hidden: '' },
    'Conventions: OKX options in isolated margin; prices in the underlying coin per unit; the maintenance margin is an input or OKX’s short-option formula with margin factors you enter; formulas in ', el('code', {}, 'docs/formulas.md'), '.'));
}
