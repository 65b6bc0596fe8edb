// The spot page's scenario sections, built here rather than in index.html: the price-path and
// chance-of-liquidation inputs (in the form, so they join the URL state and the message slots),
// the alert-price and chance KPIs, and the chart and price-path cards of the results.

import { $, el } from './dom';
import { chartCard } from './chart';

type Opt = string | null;

function input(id: string, label: string, value = '', coin: Opt = null, opt: Opt = null, dataCoin: Opt = null): HTMLElement {
  return el('div', { class: 'field', id: `${id}Field` },
    el('label', { for: id }, label,
      coin !== null || dataCoin !== null ? ' ' : '',
      coin !== null ? el('span', { class: 'coin' }, coin) : '',
      dataCoin !== null ? el('span', { class: 'coin', 'data-coin': dataCoin }) : '',
      opt !== null ? ' ' : '', opt !== null ? el('span', { class: 'opt' }, opt) : ''),
    el('input', { id, type: 'text', inputmode: 'decimal', value }));
}

function select(id: string, label: string, options: [string, string][]): HTMLElement {
  return el('div', { class: 'field wide' }, el('label', { for: id }, label),
    el('select', { id }, ...options.map(([value, text], i) =>
      el('option', i === 0 ? { value, selected: '' } : { value }, text))));
}

function pathSection(): HTMLElement {
  return el('details', { id: 'pathSection', class: 'group' },
    el('summary', {}, 'Price path timeline ', el('span', { class: 'opt' }, 'computed while open')),
    el('div', { class: 'grid' },
      select('pathBy', 'Path', [['move', 'a straight move (from → to in steps)'], ['list', 'a list of prices']]),
      input('pathFrom', 'From', '19,500', null, null, 'quote'),
      input('pathTo', 'To', '29,000', null, null, 'quote'),
      input('pathSteps', 'Steps', '95'),
      el('div', { class: 'field wide', id: 'pathPricesField', hidden: '' },
        el('label', { for: 'pathPrices' }, 'Prices in order ', el('span', { class: 'coin', 'data-coin': 'quote' }),
          ' ', el('span', { class: 'opt' }, 'one per line, or separated by spaces')),
        el('textarea', { id: 'pathPrices', rows: '3', spellcheck: 'false', placeholder: '19,500\n29,000' })),
      el('p', { class: 'hint wide' }, 'The mark walks the path; the events (alert, orders cancelled, partial and full liquidation) are listed under the chart.')));
}

function probabilitySection(): HTMLElement {
  return el('details', { id: 'probabilitySection', class: 'group' },
    el('summary', {}, 'Chance of liquidation ', el('span', { class: 'opt' }, 'computed while open')),
    el('div', { class: 'grid' },
      input('volatility', 'Volatility, annualised', '60', '%'),
      input('horizonDays', 'Horizon, days', '30'),
      input('drift', 'Drift, annualised', '', '%', 'optional, 0 if empty'),
      el('p', { class: 'hint wide' }, 'The chance that the mark touches the liquidation price within the horizon, '
        + 'under geometric Brownian motion (formula in docs/formulas.md): an estimate, not a forecast.'),
      el('p', { class: 'subhead wide' }, 'Monte Carlo ', el('span', { class: 'opt' }, 'through tiers and partial liquidations; run on request')),
      input('mcPaths', 'Paths', '10,000'),
      input('mcSteps', 'Steps per path', '1,440', null, 'over the horizon'),
      input('mcSeed', 'Seed', '1'),
      el('div', { class: 'mc-run wide' },
        el('button', { type: 'button', id: 'mcRun', class: 'button' }, 'Run Monte Carlo'),
        el('div', { class: 'mc-status', role: 'status' },
          el('progress', { id: 'mcProgress', 'data-testid': 'mcProgress', 'aria-label': 'Monte Carlo running', hidden: '' }),
          el('span', { 'data-testid': 'mcStatus' })))));
}

function monteCarloCard(): HTMLElement {
  const row = (id: string, label: string, note: string): HTMLElement => el('tr', {},
    el('th', { scope: 'row' }, label, el('span', { class: 'opt' }, note)),
    el('td', { class: 'nowrap', 'data-testid': id }, '—'));
  return el('div', { class: 'card', id: 'mcCard', hidden: '' },
    el('h2', {}, 'Monte Carlo ', el('span', { class: 'opt', 'data-testid': 'mcRange' })),
    el('p', { class: 'lead', id: 'mcEmpty' }, 'Set paths, steps and seed under “Chance of liquidation” and run it.'),
    el('div', { id: 'mcResult', hidden: '' },
      el('p', { class: 'mc-stale', 'data-testid': 'mcStale', hidden: '' }, 'The inputs changed since this run: run it again to update it.'),
      el('table', { class: 'kv' }, el('tbody', {},
        row('mcClosedForm', 'Touches the liquidation price', 'closed form, same inputs'),
        row('mcAny', 'Any liquidation', 'Monte Carlo, ± standard error'),
        row('mcFull', 'Full liquidation', 'Monte Carlo'),
        row('mcLoss', 'Expected loss', 'partial-step fees and equity lost in full liquidations'))),
      el('h3', {}, 'When the first liquidation happens ', el('span', { class: 'opt' }, 'paths per twentieth of the horizon')),
      el('div', { class: 'mc-hist-box', id: 'mcHistogramBox' }),
      el('p', { class: 'hint' }, 'Both are estimates under geometric Brownian motion, not forecasts: the closed form is the chance '
        + 'that the mark touches the liquidation price; the Monte Carlo walks each path through the tiers, partial liquidations and fees.')));
}

function kpi(id: string, label: string, unit: boolean): HTMLElement {
  return el('div', { class: 'kpi' }, el('div', { class: 'kpi-label' }, label),
    el('div', { class: 'kpi-value' }, el('span', { 'data-testid': id }, '—'),
      unit ? el('span', { class: 'unit', 'data-unit-for': id }) : ''),
    el('div', { class: 'kpi-note', 'data-testid': `${id}Note` }));
}

function pathCard(): HTMLElement {
  return el('div', { class: 'card', id: 'pathCard', hidden: '' },
    el('h2', {}, 'Price path ', el('span', { class: 'opt', 'data-testid': 'pathRange' })),
    el('ol', { class: 'steps', 'data-testid': 'pathEvents' }),
    el('p', { class: 'lead path-end', 'data-testid': 'pathEnd' }));
}

/** Adds the sections; call before the form's message slots and default snapshot are taken. */
export function addScenarioMarkup(): void {
  $('preTradeSection').after(pathSection(), probabilitySection());
  const kpis = $('spotResults').querySelector('.kpis');
  kpis?.append(kpi('alertPrice', 'Alert price', true), kpi('chance', 'Chance of liquidation', false));
  const summary = $('spotResults').querySelector('.summary');
  summary?.after(chartCard(''), pathCard(), monteCarloCard());
}
