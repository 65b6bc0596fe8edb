// The live guide's blocks, in our own words, each a small calculator whose every number comes from
// the core: what opening a position creates (long and short, base and quote margin, old and new
// mode), closing and closing more than you hold, the liquidation workflow along a price path, and
// the risk example with each number's formula. Embeddable one at a time (?block=, block="…").

import type { OpeningReport, Report } from 'isomargin';
import type { Formats } from '../shared/format';
import { el, money } from '../shared/dom';
import { at } from '../shared/explain/why';
import { explanationBlock } from '../shared/explain/panel';
import { scope, type GuideBlock, type Why } from './block';

const BTC = 'BTC';
const USDT = 'USDT';
const amt = (F: Formats, x: number | null, coin: string): HTMLElement => money(F.amount(x, coin, USDT), coin);

function openingTable(F: Formats, r: OpeningReport, i: number, why: Why): HTMLElement {
  const side = r.side;
  const rows = r.comparison.map((c, k) => el('tr', {},
    el('th', { scope: 'row' }, `${c.marginCoinKind === 'base' ? 'Base coin' : 'Quote coin'} (${c.marginCoin}) as margin, ${c.mode} mode`,
      ...why(`${side}-${k}`, at('comparison', k, ['assets', 'liability', 'margin']), `${side}, ${c.marginCoinKind} margin, ${c.mode} mode`)),
    el('td', { class: 'num' }, amt(F, c.assets, c.assetsCoin)),
    el('td', { class: 'num' }, amt(F, c.liability, c.liabilityCoin)),
    el('td', { class: 'num' }, amt(F, c.margin, c.marginCoin))));
  return scope(i, el('h3', {}, side === 'long' ? 'Long' : 'Short'),
    el('div', { class: 'table-wrap' }, el('table', { class: 'grid-table guide-table', 'data-testid': `opening-${side}` },
      el('thead', {}, el('tr', {}, ...['Margin', 'Asset', 'Liability (owed)', 'Margin'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...rows))));
}

const opening: GuideBlock = {
  id: 'opening',
  title: 'Opening a position: what you hold, owe and post',
  intro: [el('p', {}, 'Borrowing to trade creates three balances: the assets the position holds, the liability it owes and the margin '
    + 'you put up. The whole position is borrowed, whichever coin the margin is in. In the old mode the margin is counted inside the '
    + 'assets; in the new mode it is kept beside them. Change the order and both tables follow.')],
  inputs: [
    { key: 'entry', label: 'Price', value: '100,000', unit: USDT },
    { key: 'size', label: 'Size', value: '1', unit: BTC },
    { key: 'leverage', label: 'Leverage', value: '10', unit: '×' },
  ],
  scenarios: (v) => (['long', 'short'] as const).map((side) => ({
    pair: 'BTC/USDT', side, marginCoin: 'quote', order: { entryPrice: v.entry, size: v.size, leverage: v.leverage },
  })),
  render(out, reports, why, F) {
    out.replaceChildren(...(reports as OpeningReport[]).map((r, i) => openingTable(F, r, i, why)));
  },
};

const close: GuideBlock = {
  id: 'close',
  title: 'Closing, and closing more than you hold',
  intro: [el('p', {}, 'A long of 1 BTC bought at 100,000 USDT with 10,000 USDT of margin owes 100,000 USDT. Selling closes it: the '
    + 'sale repays the liability and what is left comes back to your account. Sell more than you hold, without reduce-only, and the '
    + 'extra opens a short at the same leverage, with its margin drawn from your account.')],
  inputs: [
    { key: 'size', label: 'Sell', value: '2', unit: BTC },
    { key: 'price', label: 'At', value: '125,000', unit: USDT },
  ],
  scenarios: (v) => [{
    pair: 'BTC/USDT', side: 'long', marginCoin: 'quote', mode: 'new',
    position: { assets: 1, liability: 100000, margin: 10000, entryPrice: 100000 },
    markPrice: v.price, mmr: 0.03, close: { type: 'order', size: v.size, price: v.price, reduceOnly: false },
  }],
  render(out, reports, why, F) {
    const r = reports[0] as Report;
    const c = r.close;
    if (!c) return;
    const line = (text: string, value: HTMLElement | string, key: string, paths: string[], id: string): HTMLElement => el('tr', {},
      el('th', { scope: 'row' }, text, ...(paths.length ? why(key, paths, text) : [])), el('td', { class: 'num', 'data-testid': id }, value));
    const rows = [
      line('Sold', amt(F, c.sizeFilled, BTC), 'filled', [], 'gCloseFilled'),
      line('Back to your account', amt(F, c.returnedToAccount, USDT), 'returned', ['close.returnedToAccount'], 'gCloseReturned'),
      line('Realized PnL', c.realizedPnl === null ? F.DASH : amt(F, c.realizedPnl, USDT), 'pnl', ['close.realizedPnl', 'close.realizedPnlPercent'], 'gClosePnl'),
    ];
    const p = c.reverse;
    const reverse = p ? [
      el('h3', {}, `The extra opens a ${p.side}`),
      el('table', { class: 'kv' }, el('tbody', {},
        line('Asset', amt(F, p.assets, p.assetsCoin), 'rAssets', ['close.reverse.assets'], 'gReverseAssets'),
        line('Liability', amt(F, p.liability, p.liabilityCoin), 'rLiability', ['close.reverse.liability'], 'gReverseLiability'),
        line('Margin, from your account', amt(F, p.margin, p.marginCoin), 'rMargin', ['close.reverse.margin'], 'gReverseMargin'))),
    ] : [el('p', { class: 'lead' }, c.fullyClosed ? 'The position is closed; nothing is left over to open a reverse position.' : 'The position is reduced.')];
    out.replaceChildren(scope(0, el('table', { class: 'kv' }, el('tbody', {}, ...rows)), ...reverse));
  },
};

const EVENT: Record<string, string> = {
  'alert': 'Alert: the margin ratio is below the alert level',
  'alert-cleared': 'The alert clears: back above the alert level',
  'orders-cancelled': 'At or below 100%: every pending order of the position is cancelled',
  'partial-liquidation': 'Partial liquidation: the position steps down a tier',
  'full-liquidation': 'Full liquidation at the bankruptcy price: the margin is lost',
};

const workflow: GuideBlock = {
  id: 'workflow',
  title: 'What happens as the price moves: the liquidation workflow',
  intro: [el('p', {}, 'Take the short of the risk example below, 110 BTC borrowed plus 0.5 BTC interest against 3,299,800 USDT, on a tier '
    + 'table whose rate rises from 3% to 4% above 100 BTC. As the mark price walks up the path, the margin ratio falls: under the alert '
    + 'level a warning is sent, at 100% orders are cancelled, then the position is cut down a tier; once no lower tier is left it is '
    + 'closed in full at the bankruptcy price.')],
  inputs: [
    { key: 'prices', label: 'Mark prices, in order', value: '19,500 24,000 26,700 28,000 28,800 29,500', unit: USDT, prices: true },
    { key: 'alert', label: 'Alert below', value: '300', unit: '%', percent: true },
  ],
  scenarios: (v) => [{
    pair: 'BTC/USDT', side: 'short', marginCoin: 'quote', mode: 'old', position: { assets: 3299800, liability: 110, interest: 0.5 },
    markPrice: (v.prices as number[])[0], takerFee: 0.0001, tiers: { preset: 'seed-illustrative-btc' }, alertRatio: v.alert,
    path: { prices: v.prices },
  }],
  render(out, reports, why, F) {
    const r = reports[0] as Report;
    const t = r.timeline;
    if (!t) return;
    const items = t.events.map((e, i) => el('li', { class: `step ${e.kind === 'alert' ? 'warn' : e.kind === 'partial-liquidation' ? 'partial' : e.kind === 'alert-cleared' ? 'ok' : 'bad'}`, 'data-kind': e.kind },
      el('strong', { class: 'money' }, F.price(e.price), el('span', { class: 'unit' }, ` ${USDT}`)), ' — ', EVENT[e.kind] ?? e.kind,
      e.step ? `: ${F.amount(e.step.sizeClosed, BTC, USDT)} BTC bought back, tier ${F.count(e.step.tierBefore)} → ${F.count(e.step.tierAfter)}, ratio after ${F.percent(e.step.marginRatioAfter)}`
        : `; margin ratio ${F.percent(e.marginRatio)}`, '.',
      ...why(`event-${i}`, at('timeline.events', i, ['marginRatio', 'step.marginRatioAfter']), `event ${i + 1}`)));
    if (!items.length) items.push(el('li', { class: 'step ok' }, 'Nothing happens along this path: the ratio stays above the alert level.'));
    out.replaceChildren(scope(0, el('ol', { class: 'steps guide-timeline', 'data-testid': 'gTimeline' }, ...items),
      el('p', { class: 'lead' }, t.fullyLiquidated ? 'The path ends in a full liquidation.' : 'The position is still open at the end of the path.')));
  },
};

const RISK_PATHS = ['risk.liabilityValue', 'risk.netAssets', 'risk.maintenanceMargin', 'risk.liquidationFee', 'risk.marginRatio'];

const risk: GuideBlock = {
  id: 'risk',
  title: 'The risk example, number by number',
  intro: [el('p', {}, 'A short of BTC against USDT in the old mode: the assets hold the sale’s proceeds and the margin, the liability is '
    + 'the BTC borrowed plus its interest. At each mark price the exchange values the liability, asks for a maintenance margin on it and '
    + 'the fee to close it, and compares what is left with both. Below 100% the position is liquidated: here the rate steps from 4% '
    + 'to 3% when the debt drops to 100 BTC, so 10 BTC are bought back first.')],
  inputs: [
    { key: 'mark', label: 'Mark price', value: '29,000', unit: USDT },
    { key: 'assets', label: 'Assets', value: '3,299,800', unit: USDT },
    { key: 'liability', label: 'Borrowed', value: '110', unit: BTC },
    { key: 'interest', label: 'Interest', value: '0.5', unit: BTC },
    { key: 'fee', label: 'Taker fee', value: '0.01', unit: '%', percent: true },
  ],
  scenarios: (v) => [{
    pair: 'BTC/USDT', side: 'short', marginCoin: 'quote', mode: 'old',
    position: { assets: v.assets, liability: v.liability, interest: v.interest },
    markPrice: v.mark, takerFee: v.fee, tiers: { preset: 'seed-illustrative-btc' },
  }],
  render(out, reports, _why, F) {
    const r = reports[0] as Report;
    const byPath = new Map((r.explanations ?? []).map((x) => [x.quantity, x]));
    const shown = [...RISK_PATHS, ...r.state.partialSteps.flatMap((_, i) => at('state.partialSteps', i, ['sizeClosed', 'fee', 'marginRatioAfter']))];
    const entries = shown.map((q) => byPath.get(q)).filter((x): x is NonNullable<typeof x> => x !== undefined);
    out.replaceChildren(scope(0,
      el('p', { class: 'lead', 'data-testid': 'gRiskState' }, `At ${F.price(r.markPrice)} USDT the margin ratio is ${F.percent(r.risk.marginRatio)}: `
        + (r.state.name === 'normal' ? 'nothing happens.' : r.state.name === 'alert' ? 'an alert is sent.'
          : r.state.name === 'partial-liquidation' ? 'the position is partly liquidated.' : 'the position is liquidated in full.')),
      el('div', { class: 'guide-explained', 'data-testid': 'gRiskNumbers' }, ...entries.map((x) => explanationBlock(F, x, USDT, true)))));
  },
};

export const BLOCKS: GuideBlock[] = [opening, close, workflow, risk];
export const blockById = (id: string): GuideBlock | undefined => BLOCKS.find((b) => b.id === id);
