// The contract report's optional parts: the calculator tabs' answers, the order's effect, hedge
// mode's two sides, the comparison of conventions and the warnings that belong to no input.
// Numbers are the core's, only rounded — the comparison's "vs chosen" column and the spread too.

import type { ContractReport, ConventionResult, PriceLevel } from 'isomargin';
import type { Formats } from '../shared/format';
import { el, money, replaceIfChanged, setText, tbody, type Ui } from '../shared/dom';
import { kvRows } from '../shared/markup';
import { renderNotes, type Note } from '../shared/messages';
import { publicName } from '../shared/explain/names';
import { at as paths, whyRow } from '../shared/explain/why';

/** A liquidation price as one line of text (tables, the tabs): "90,406.83", "none", "every price". */
function levelText(F: Formats, level: PriceLevel | null): string {
  if (!level) return F.DASH;
  if (level.status === 'none') return 'none';
  if (level.status === 'every-price') return 'every price';
  return F.price(level.price);
}

const TAB_OUTPUTS = ['cExitPnl', 'cExitRoe', 'cTargetPrice', 'cTabLiquidation', 'cMarginToAdd', 'cMaxOpen', 'cAvgEntry', 'cAvgSize',
  'cMaxLev', 'cMaxLevNote', 'cMaxLevSize', 'cTierFor', 'cTierForRates'];

/** The max-leverage tab: the highest leverage for the size or stake asked, and the row that holds it. */
export function renderLeverageTab(ui: Ui, c: ContractReport['calculate'], coin: string, q: string): void {
  const F = ui.fmt;
  const m = c.maxLeverage;
  if (!m) {
    for (const id of ['cMaxLev', 'cMaxLevSize', 'cTierFor']) ui.put(id, id === 'cMaxLev' ? '— (enter a stake, a notional or contracts)' : F.DASH);
    for (const id of ['cMaxLevNote', 'cTierForRates']) ui.put(id, '');
    return;
  }
  const row = m.tier === null ? 'above the last row' : `row ${F.count(m.tier)}`;
  ui.put('cMaxLev', m.maxLeverage === null ? '— none: the amount is beyond the table' : F.leverage(m.maxLeverage));
  ui.put('cMaxLevNote', m.aboveTable ? 'no row of the table holds a position this large'
    : m.capped ? `${row}: capped by the row’s upper bound, below its maximum` : `${row}’s maximum`);
  if (m.notional !== null) ui.put('cMaxLevSize', F.amount(m.notional, coin, q), coin);
  else ui.put('cMaxLevSize', m.contracts === null ? F.DASH : F.amount(m.contracts, 'contracts', q), 'contracts');
  const t = c.tierFor;
  if (!t) {
    ui.put('cTierFor', m.by === 'stake' ? '— (asked for a size, not a stake)' : F.DASH);
    ui.put('cTierForRates', '');
    return;
  }
  ui.put('cTierFor', t.tier === null ? '— none: beyond the last row' : `${t.cum === null ? 'tier' : 'bracket'}\u00a0${F.count(t.tier)}`);
  ui.put('cTierForRates', t.tier === null ? '' : [`mmr ${F.rate(t.mmr)}`, `imr ${F.rate(t.imr)}`, `max ${F.leverage(t.maxLeverage)}`,
    t.cum === null ? '' : `cum ${F.amount(t.cum, coin, q)} ${coin}`, t.inGap ? 'a size between two published rows' : ''].filter(Boolean).join(' · '));
}

function renderTabs(ui: Ui, r: ContractReport): void {
  const F = ui.fmt;
  const q = r.pair.quote;
  const coin = r.marginCoin;
  const c = r.calculate;
  ui.put('cExitPnl', c.exitPnl === null ? '— (enter an exit price)' : F.amount(c.exitPnl, coin, q, 'exceptZero'), coin);
  ui.put('cExitRoe', F.percent(c.exitRoe, 'exceptZero'));
  const t = c.targetPrice;
  ui.put('cTargetPrice', t === null ? '— (enter a target ROE)'
    : t.status === 'none' ? '— none: no price gives that ROE' : levelText(F, t), q);
  const lp = r.result.liquidationPrice;
  setText(ui.testId('cTabLiquidation'), lp.status === 'price'
    ? `${F.price(lp.price)} ${q}${lp.reachedAtMark ? ' (already liquidatable at this mark)' : ''}`
    : lp.status === 'none' ? '— none: no mark price liquidates this position' : 'every price');
  const add = r.result.marginToAdd;
  ui.put('cMarginToAdd', add === null ? '— (enter a price above)' : F.amount(add, coin, q, 'exceptZero'), coin);
  const max = c.maxOpenContracts;
  ui.put('cMaxOpen', max === null ? '— (enter a balance)' : F.amount(max, 'contracts', q), 'contracts');
  ui.put('cAvgEntry', F.price(r.entryPrice), q);
  ui.put('cAvgSize', F.amount(r.size, r.sizeUnit, q), r.sizeUnit);
  renderLeverageTab(ui, c, coin, q);
}

function renderOrder(ui: Ui, r: ContractReport): void {
  const F = ui.fmt;
  const o = r.order;
  const target = ui.testId('cOrder');
  if (!o) {
    replaceIfChanged(target, el('p', { class: 'hint' }, 'Enter the contracts of an order: a buy adds to a long, a sell reduces it (and the other way round for a short).'));
    return;
  }
  const q = r.pair.quote;
  const coin = r.marginCoin;
  const m = (x: number, sign: 'auto' | 'exceptZero' = 'auto'): HTMLElement => money(F.amount(x, coin, q, sign), coin);
  const n = (x: number): HTMLElement => money(F.amount(x, 'contracts', q), 'contracts');
  const rows: [string, string | HTMLElement, string?, string[]?][] = [
    ['Filled', n(o.contractsFilled), 'cOrderFilled'],
    ['Not executed', n(o.contractsNotExecuted), 'cOrderNotExecuted'],
    ['Realized PnL', m(o.realizedPnl, 'exceptZero'), 'cOrderPnl', ['order.realizedPnl']],
    ['Margin released', m(o.marginReleased), 'cOrderReleased', ['order.marginReleased']],
  ];
  const parts: HTMLElement[] = [kvRows(rows)];
  const a = o.after;
  if (a === null) {
    parts.push(el('p', { class: 'lead', 'data-testid': 'cOrderClosed' }, 'The position is closed.'));
  } else {
    parts.push(el('h3', {}, o.flipped ? `Flipped: now ${a.side}` : `Position after the order: ${a.side}`), kvRows([
      ['Contracts', n(a.contracts), 'cAfterContracts'],
      ['Entry price', money(F.price(a.entryPrice), q), 'cAfterEntry'],
      ['Isolated margin', m(a.margin), 'cAfterMargin', ['order.after.margin']],
      ['Est. liquidation price', a.liquidationPrice.status === 'price'
        ? money(F.price(a.liquidationPrice.price), q) : levelText(F, a.liquidationPrice), 'cAfterLiq',
        ['order.after.liquidationPrice.price', 'order.after.marginRatio', 'order.after.mmr', 'order.after.maintenanceMargin', 'order.after.marginUsed']],
    ]));
  }
  replaceIfChanged(target, ...parts);
}

function renderHedge(ui: Ui, r: ContractReport): void {
  const F = ui.fmt;
  const on = r.positionMode === 'hedge';
  ui.show('cHedgeCard', on);
  if (!on) return;
  const q = r.pair.quote;
  const other = r.side === 'long' ? 'short' : 'long';
  const row = (side: string, c: ConventionResult | null, id: string, from: string): HTMLElement[] => {
    const [button, panel] = whyRow(id, ['liquidationPrice.price', 'marginRatio', 'mmr', 'maintenanceMargin', 'marginUsed'].map((f) => `${from}.${f}`), side, 3);
    return [el('tr', {},
    el('td', { 'data-label': 'Side' }, side, button),
    el('td', { class: 'num', 'data-label': 'Est. liq. price', 'data-testid': `${id}Liq` },
      c === null ? '— (enter its contracts, entry and leverage)' : levelText(F, c.liquidationPrice)),
    el('td', { class: 'num', 'data-label': 'Margin ratio' }, c === null ? F.DASH : F.percent(c.marginRatio))), panel];
  };
  replaceIfChanged(ui.testId('cHedge'), 
    el('div', { class: 'table-wrap' }, el('table', { class: 'grid-table stack' },
      el('thead', {}, el('tr', {}, ...['Side', `Est. liq. price (${q})`, 'Margin ratio'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...row(`${r.side} (this position)`, r.result, 'cHedgeThis', 'result'), ...row(other, r.opposite, 'cHedgeOpposite', 'opposite')))),
    kvRows([['Available to close', r.availableToClose === null ? F.DASH
      : money(F.amount(r.availableToClose, 'contracts', q), 'contracts'), 'cAvailable', ['availableToClose']]]));
}

function renderComparison(ui: Ui, r: ContractReport): void {
  const F = ui.fmt;
  const rows = r.comparison;
  ui.show('cCompareCard', rows.length > 0);
  if (!rows.length) return;
  const q = r.pair.quote;
  const chosen = r.result.liquidationPrice;
  const priced = rows.filter((c) => c.liquidationPrice.status === 'price');
  const byModel = (m: string | null): ConventionResult | null => rows.find((c) => c.model === m) ?? null;
  const lo = byModel(r.comparisonSpread.lowest);
  const hi = byModel(r.comparisonSpread.highest);
  const spread = r.comparisonSpread.spread;

  const lead = ui.testId('cSpread');
  if (!lo || !hi) lead.textContent = 'No convention finds a liquidation price for this position.';
  else if (spread === 0) lead.textContent = `Every convention with a price gives ${F.price(lo.liquidationPrice.price)} ${q}.`;
  else {
    replaceIfChanged(lead, 'Spread ', el('strong', { 'data-testid': 'cSpreadValue' }, `${F.priceGap(spread, hi.liquidationPrice.price)} ${q}`),
      `: lowest ${F.price(lo.liquidationPrice.price)} (${lo.label}), highest ${F.price(hi.liquidationPrice.price)} (${hi.label}).`);
  }
  const none = rows.length - priced.length;
  if (none > 0) lead.append(` ${none === 1 ? 'One convention finds' : `${none} conventions find`} no liquidation price.`);

  replaceIfChanged(tbody(ui.testId('cComparison')), ...rows.flatMap((c, i) => {
    const isChosen = c.model === r.result.model;
    const lp = c.liquidationPrice;
    const delta = c.vsChosen ?? null;
    const at = (x: ConventionResult | null): boolean => x !== null && lp.status === 'price' && lp.price === x.liquidationPrice.price;
    const tags = spread ? [at(lo) ? 'lowest' : '', at(hi) ? 'highest' : ''].filter(Boolean) : [];
    const classes = [isChosen ? 'current' : '', ...tags].filter(Boolean).join(' ');
    const attrs: Record<string, string> = { 'data-model': c.model };
    if (classes) attrs.class = classes;
    if (isChosen) attrs['aria-current'] = 'true';
    const [button, panel] = whyRow(`cComparison-${i}`, paths('comparison', i, ['mmr', 'maintenanceAmount', 'maintenanceMargin', 'marginUsed',
      'liquidationPrice.price', 'marginRatio', 'vsChosen']), publicName(c.label), 6);
    return [el('tr', attrs,
      el('td', { 'data-label': 'Convention' }, publicName(c.label), isChosen ? el('span', { class: 'tag' }, 'chosen') : '', button),
      el('td', { 'data-label': 'MM valued at' }, c.mmAtEntry ? 'entry' : 'liq. price'),
      el('td', { class: 'num', 'data-label': 'mmr' }, F.rate(c.mmr)),
      el('td', { class: 'num', 'data-label': 'Est. liq. price' }, el('span', { 'data-liq': '' }, levelText(F, lp)),
        ...tags.map((t) => el('span', { class: `tag ${t}` }, t))),
      el('td', { class: `num${delta ? ' differs' : ''}`, 'data-label': 'vs chosen' }, isChosen ? F.DASH : F.priceDelta(delta, chosen.price)),
      el('td', { class: 'num', 'data-label': 'Margin ratio' }, F.percent(c.marginRatio))), panel];
  }));
}

export function renderContractExtras(ui: Ui, r: ContractReport, notes: Note[]): void {
  renderTabs(ui, r);
  renderOrder(ui, r);
  renderHedge(ui, r);
  renderComparison(ui, r);
  renderNotes(ui, 'cWarningsCard', 'cWarnings', notes);
}

export function clearContractExtras(ui: Ui): void {
  const F = ui.fmt;
  for (const id of TAB_OUTPUTS) ui.put(id, F.DASH);
  replaceIfChanged(ui.testId('cOrder'));
  replaceIfChanged(tbody(ui.testId('cComparison')));
  for (const id of ['cHedgeCard', 'cCompareCard']) ui.show(id, false);
}
