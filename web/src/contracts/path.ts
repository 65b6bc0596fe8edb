// The contract price path: a list of mark prices in, the core's timeline out (alert, orders
// cancelled, partial steps two tiers down from tier 3 with OKX tiers, full liquidation). Reading
// and rendering; every number is the core's.

import type { ContractReport, PathEventKind } from 'isomargin';
import { el, replaceIfChanged, setText, type Ui } from '../shared/dom';
import type { Formats } from '../shared/format';
import { readPricePath } from '../shared/numbers';
import { at, why } from '../shared/explain/why';
import type { LocaleNumbers } from '../shared/locale';
import type { Values } from '../shared/state';

/** The path while its section is open; a price that is not a number is the textarea's error. */
export function readContractPath(v: Values, into: Record<string, unknown>, errors: Map<string, string>, nums: LocaleNumbers): void {
  if (v.cPath === '1') readPricePath(v.cPathPrices ?? '', into, errors, 'cPathPrices', 'mark price', nums);
}

const CLASS: Record<PathEventKind, string> = {
  'alert': 'warn', 'alert-cleared': 'ok', 'orders-cancelled': 'bad', 'partial-liquidation': 'partial', 'full-liquidation': 'bad',
};

export function renderContractTimeline(ui: Ui, r: ContractReport): void {
  const F = ui.fmt;
  const t = r.timeline;
  ui.show('cPathCard', t !== null);
  if (!t) return;
  const q = r.pair.quote;
  const m = r.marginCoin;
  const first = t.points[0];
  const last = t.points[t.points.length - 1];
  setText(ui.testId('cPathRange'), first && last
    ? `${F.price(first.price)} → ${F.price(last.price)} ${q}, ${F.count(t.points.length)} prices` : '');
  const alert = F.rate(r.state.alertRatio);
  const words = (kind: PathEventKind, ratio: string): string => ({
    'alert': `alert: ratio below ${alert} (${ratio})`,
    'alert-cleared': `alert cleared: ratio back at or above ${alert} (${ratio})`,
    'orders-cancelled': `orders cancelled: ratio at or below 100% (${ratio})`,
    'partial-liquidation': `partial liquidation (${ratio})`,
    'full-liquidation': `full liquidation at the bankruptcy price: the margin is lost (ratio ${ratio})`,
  })[kind];
  const items = t.events.map((e, i) => {
    const s = e.step;
    const text: (string | HTMLElement)[] = s
      ? [`partial liquidation: tier ${F.count(s.tierBefore)} → ${F.count(s.tierAfter)}, closed ${F.count(s.contractsClosed)} contracts, `
        + `fee ${F.amount(s.fee, m, q)} ${m}, margin left ${F.amount(s.marginAfter, m, q)} ${m}, ratio after `,
      el('strong', { 'data-testid': 'cPathRatioAfter' }, F.percent(s.marginRatioAfter))]
      : [words(e.kind, F.percent(e.marginRatio))];
    return el('li', { class: `step ${CLASS[e.kind]}`, 'data-kind': e.kind },
      el('strong', { class: 'money' }, F.price(e.price), el('span', { class: 'unit' }, ` ${q}`)), ' — ', ...text,
      ...why(`cEvent-${i}`, at('timeline.events', i, ['marginRatio', 'step.contractsClosed', 'step.marginRatioAfter']), `event ${i + 1}`));
  });
  if (!items.length) items.push(el('li', { class: 'step ok' }, 'Nothing happens along this path: the ratio stays at or above the alert level.'));
  replaceIfChanged(ui.testId('cPathEvents'), ...items);
  setText(ui.testId('cPathEnd'), t.fullyLiquidated
    ? 'The path ends in a full liquidation: the position is taken over.'
    : `The position is still open at the end: ${F.count(t.contractsAfter)} contracts, margin ${F.amount(t.marginAfter, m, q)} ${m}.`);
}
