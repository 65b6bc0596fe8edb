// The optional parts of the spot report: the order's comparison across modes and margin coins,
// the close and the pre-trade check; and the balances both the full and the opening report show.

import type { PositionView, PriceLevel, Report } from 'isomargin';
import type { Formats } from '../shared/format';
import { el, money, replaceIfChanged, setData, tbody, type Ui } from '../shared/dom';
import { kvRows } from '../shared/markup';
import { at, whyRow } from '../shared/explain/why';

/** Assets, liability and its parts: the same lines whether or not a mark was given. */
export function renderBalances(ui: Ui, p: PositionView, quote: string): void {
  const amt = (x: number | null, coin: string): string => ui.fmt.amount(x, coin, quote);
  ui.put('assets', amt(p.assets, p.assetsCoin), p.assetsCoin);
  ui.put('liability', amt(p.liability, p.liabilityCoin), p.liabilityCoin);
  ui.put('liabilityParts', `${amt(p.principal, p.liabilityCoin)} principal + ${amt(p.interest, p.liabilityCoin)} interest`);
}

function levelText(F: Formats, level: PriceLevel | null): string {
  if (level === null) return '—';
  if (level.status === 'none') return '— none';
  if (level.status === 'every-price') return 'every price';
  return F.price(level.price);
}

export function renderComparison(ui: Ui, r: Report): void {
  const F = ui.fmt;
  ui.show('comparisonCard', r.comparison.length > 0);
  const q = r.pair.quote;
  const rows = r.comparison.flatMap((c, i) => {
    const current = c.mode === r.mode && c.marginCoinKind === r.marginCoin;
    const amt = (x: number | null, coin: string): HTMLElement => money(F.amount(x, coin, q), coin);
    const [button, panel] = whyRow(`comparison-${i}`, at('comparison', i, ['assets', 'liability', 'margin', 'liquidationPrice.price']),
      `${c.mode} mode, ${c.marginCoinKind} margin`, 6);
    return [el('tr', current ? { class: 'current', 'aria-current': 'true' } : {},
      el('td', { 'data-label': 'Mode' }, c.mode, button),
      el('td', { 'data-label': 'Margin coin' }, `${c.marginCoinKind} (${c.marginCoin})`),
      el('td', { class: 'num', 'data-label': 'Assets' }, amt(c.assets, c.assetsCoin)),
      el('td', { class: 'num', 'data-label': 'Liability' }, amt(c.liability, c.liabilityCoin)),
      el('td', { class: 'num', 'data-label': 'Margin' }, amt(c.margin, c.marginCoin)),
      el('td', { class: 'num', 'data-label': 'Est. liq. price' }, levelText(F, c.liquidationPrice))), panel];
  });
  replaceIfChanged(tbody(ui.testId('comparison')), ...rows);
}

export function renderClose(ui: Ui, r: Report): void {
  const F = ui.fmt;
  const c = r.close;
  ui.show('closeCard', c !== null);
  if (!c) return;
  const q = r.pair.quote;
  const base = r.pair.base;
  const coin = r.position.marginCoin;
  const m = (x: number | null, unit: string): HTMLElement => money(F.amount(x, unit, q), unit);
  const rows: [string, string | HTMLElement, string?, string[]?][] = [
    ['Size filled', m(c.sizeFilled, base), 'closeSizeFilled'],
  ];
  if (c.sizeNotExecuted > 0) rows.push(['Size not executed (reduce-only)', m(c.sizeNotExecuted, base), 'closeNotExecuted']);
  if (c.fullyClosed) {
    rows.push(['Returned to the account', m(c.returnedToAccount, coin), 'closeReturned', ['close.returnedToAccount']]);
    rows.push(['Shortfall the margin could not cover', m(c.shortfall, coin), 'closeShortfall']);
    rows.push(['Realized PnL', c.realizedPnl === null ? '— (give the margin)'
      : money(F.amount(c.realizedPnl, coin, q, 'exceptZero'), coin), 'closePnl', ['close.realizedPnl']]);
    rows.push(['Realized PnL%', c.realizedPnlPercent === null ? '— (give the margin)'
      : F.percent(c.realizedPnlPercent, 'exceptZero'), 'closePnlPercent', ['close.realizedPnlPercent']]);
  }
  const parts: HTMLElement[] = [
    el('p', { class: 'lead' }, c.fullyClosed ? 'The position is closed in full.' : 'The position is reduced.'),
    kvRows(rows),
  ];
  if (c.remaining) {
    const p = c.remaining;
    parts.push(el('h3', {}, 'Remaining position'), kvRows([
      ['Asset', m(p.assets, p.assetsCoin), 'remainingAssets'],
      ['Liability', m(p.liability, p.liabilityCoin), 'remainingLiability'],
      ['Margin', p.margin === null ? '—' : m(p.margin, p.marginCoin), 'remainingMargin'],
    ]));
  }
  if (c.reverse) {
    const p = c.reverse;
    parts.push(el('h3', {}, `Reverse position opened: ${p.side}`), kvRows([
      ['Asset', m(p.assets, p.assetsCoin), 'reverseAssets', ['close.reverse.assets']],
      ['Liability', m(p.liability, p.liabilityCoin), 'reverseLiability', ['close.reverse.liability']],
      ['Margin', p.margin === null ? '—' : m(p.margin, p.marginCoin), 'reverseMargin', ['close.reverse.margin']],
      ['Entry price', money(F.price(p.entryPrice), q)],
      ['Margin drawn from the account', m(p.marginFromAccount, p.marginCoin), 'reverseMarginFromAccount'],
    ]));
  }
  replaceIfChanged(ui.testId('close'), ...parts);
}

export function renderPreTrade(ui: Ui, r: Report): void {
  const F = ui.fmt;
  const t = r.preTrade;
  ui.show('preTradeCard', t !== null);
  if (!t) return;
  const coin = r.position.marginCoin;
  const required = `${F.amount(t.required, coin, r.pair.quote)} ${coin}`;
  const target = ui.testId('preTrade');
  setData(target, 'passes', String(t.passes));
  replaceIfChanged(target, 
    el('span', { class: `badge ${t.passes ? 'pass' : 'fail'}` }, t.passes ? 'passes' : 'fails'),
    ' ',
    t.passes
      ? `The order can be placed: it needs ${required} of margin.`
      : `${t.reason.charAt(0).toUpperCase()}${t.reason.slice(1)} (the order needs ${required} of margin).`);
}
