// What a product marks on its chart: the prices the core reported (entry, mark, alert,
// liquidation, bankruptcy) and a price path's events. Only picking and labelling here.

import type { PathEventKind, PriceLevel } from 'isomargin';
import type { Formats } from '../format';
import type { EventMark, Level } from './draw';

/** A level when the price exists. */
export function level(out: Level[], key: Level['key'], label: string, p: number | null | undefined): void {
  if (typeof p === 'number' && Number.isFinite(p) && p > 0) out.push({ key, label, price: p });
}

/** A price level's price, when it is one. */
export function at(l: PriceLevel): number | null {
  return l.status === 'price' ? l.price : null;
}

const EVENT_WORDS: Record<PathEventKind, string> = {
  'alert': 'alert',
  'alert-cleared': 'alert cleared',
  'orders-cancelled': 'orders cancelled',
  'partial-liquidation': 'partial liquidation',
  'full-liquidation': 'full liquidation',
};

type Event = { price: number; kind: PathEventKind; marginRatio: number | null };

/** A price path's events, named for their marks' tooltips. */
export function marks(F: Formats, events: Event[] | undefined, quote: string): EventMark[] {
  return (events ?? []).map((e) => ({
    kind: e.kind,
    price: e.price,
    text: `${F.price(e.price)} ${quote}: ${EVENT_WORDS[e.kind]} (margin ratio ${F.percent(e.marginRatio)})`,
  }));
}
