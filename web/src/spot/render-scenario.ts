// The scenario outputs of the spot report: the alert price, the chance of touching the
// liquidation price, and the events along a price path. Labels and rounding only.

import type { PathEventKind, Report } from 'isomargin';
import type { Formats } from '../shared/format';
import { el, replaceIfChanged, setText, type Ui } from '../shared/dom';
import { at, why } from '../shared/explain/why';
import type { Values } from '../shared/state';

type Event = NonNullable<Report['timeline']>['events'][number];

function renderAlert(ui: Ui, r: Report): void {
  const F = ui.fmt;
  const a = r.alertPrice;
  const ratio = F.rate(r.state.alertRatio);
  if (a.status === 'price') {
    ui.put('alertPrice', F.price(a.price), r.pair.quote);
    ui.put('alertPriceNote', a.reachedAtMark
      ? `the margin ratio is already below ${ratio} at this mark`
      : `the margin ratio falls below ${ratio} ${a.trigger === 'at-or-below' ? 'at or below' : 'at or above'} it`);
  } else {
    ui.put('alertPrice', a.status === 'none' ? '— none' : 'every price');
    ui.put('alertPriceNote', a.status === 'none' ? `no price takes the ratio below ${ratio}` : `below ${ratio} at any price`);
  }
}

function renderChance(ui: Ui, r: Report, v: Values): void {
  const F = ui.fmt;
  const p = r.liquidationProbability;
  if (p === null) {
    ui.put('chance', '—');
    ui.put('chanceNote', 'open “Chance of liquidation” in the inputs to estimate it');
    return;
  }
  ui.put('chance', p > 0 && p < 0.00005 ? '< 0.01%' : F.percent(p));
  const lp = r.liquidationPrice;
  const days = (v.horizonDays ?? '').trim();
  const vol = (v.volatility ?? '').trim();
  ui.put('chanceNote', lp.status !== 'price'
    ? 'no liquidation price to touch'
    : lp.reachedAtMark
      ? 'the mark is already past the liquidation price'
      : `that the mark touches ${F.price(lp.price)} within ${days} days at ${vol}% volatility `
        + '(geometric Brownian motion): an estimate, not a forecast');
}

function eventText(F: Formats, r: Report, e: Event): (string | HTMLElement)[] {
  const alert = F.rate(r.state.alertRatio);
  const ratio = F.percent(e.marginRatio);
  const base = r.pair.base;
  const q = r.pair.quote;
  const words: Record<PathEventKind, () => (string | HTMLElement)[]> = {
    'alert': () => [`alert: ratio below ${alert} (${ratio})`],
    'alert-cleared': () => [`alert cleared: ratio back at or above ${alert} (${ratio})`],
    'orders-cancelled': () => [`orders cancelled: ratio at or below 100% (${ratio})`],
    'partial-liquidation': () => {
      const s = e.step;
      if (!s) return [`partial liquidation, ratio after ${ratio}`];
      return [`partial liquidation: tier ${F.count(s.tierBefore)} → ${F.count(s.tierAfter)}, `
        + `${r.side === 'short' ? 'bought back' : 'sold'} ${F.amount(s.sizeClosed, base, q)} ${base}, `
        + `fee ${F.amount(s.fee, q, q)} ${q}, ratio after `, el('strong', { 'data-testid': 'pathRatioAfter' }, F.percent(s.marginRatioAfter))];
    },
    'full-liquidation': () => [`full liquidation at the bankruptcy price (ratio ${ratio})`],
  };
  return words[e.kind]();
}

const EVENT_CLASS: Record<PathEventKind, string> = {
  'alert': 'warn', 'alert-cleared': 'ok', 'orders-cancelled': 'bad', 'partial-liquidation': 'partial', 'full-liquidation': 'bad',
};

function renderTimeline(ui: Ui, r: Report): void {
  const F = ui.fmt;
  const t = r.timeline;
  ui.show('pathCard', t !== null);
  if (!t) return;
  const q = r.pair.quote;
  const first = t.points[0];
  const lastPoint = t.points[t.points.length - 1];
  setText(ui.testId('pathRange'), first && lastPoint
    ? `${F.price(first.price)} → ${F.price(lastPoint.price)} ${q}, ${F.count(t.points.length)} prices` : '');
  const items = t.events.map((e, i) => el('li', { class: `step ${EVENT_CLASS[e.kind]}`, 'data-kind': e.kind },
    el('strong', { class: 'money' }, F.price(e.price), el('span', { class: 'unit' }, ` ${q}`)), ' — ', ...eventText(F, r, e),
    ...why(`event-${i}`, at('timeline.events', i, ['marginRatio', 'step.marginRatioAfter']), `event ${i + 1}`)));
  if (!items.length) items.push(el('li', { class: 'step ok' }, 'Nothing happens along this path: the ratio stays at or above the alert level.'));
  replaceIfChanged(ui.testId('pathEvents'), ...items);
  const p = r.position;
  setText(ui.testId('pathEnd'), t.fullyLiquidated
    ? 'The path ends in a full liquidation: the position is taken over.'
    : `The position is still open at the end: assets ${F.amount(t.assetsAfter, p.assetsCoin, q)} ${p.assetsCoin}, `
      + `liability ${F.amount(t.liabilityAfter, p.liabilityCoin, q)} ${p.liabilityCoin}.`);
}

export function renderScenario(ui: Ui, r: Report, v: Values): void {
  renderAlert(ui, r);
  renderChance(ui, r, v);
  renderTimeline(ui, r);
}

export function clearScenario(ui: Ui): void {
  for (const id of ['alertPrice', 'chance']) ui.put(id, '—');
  for (const id of ['alertPriceNote', 'chanceNote']) ui.put(id, '');
  ui.show('pathCard', false);
}
