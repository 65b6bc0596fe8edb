// A distance to the liquidation price in words. The core's distance is (liquidation − mark) ÷ mark:
// negative when the price must fall to reach it, positive when it must rise. The words say which.

import type { PriceLevel } from 'isomargin';
import type { Formats } from '../format';

export function distanceWords(F: Formats, lp: PriceLevel, distance: number | null | undefined, mark: number, quote: string): string {
  if (lp.status !== 'price' || distance === null || distance === undefined) return 'no liquidation price';
  const from = `${F.price(mark)} ${quote}`;
  if (lp.reachedAtMark) return `already past it: the mark ${from} is beyond the liquidation price`;
  if (distance === 0) return `at the mark ${from}`;
  // The size of the move, as a share of the mark; the sign is said in words.
  const size = F.percent(Math.abs(distance));
  return distance < 0 ? `the price must fall ${size} from the mark ${from}` : `the price must rise ${size} from the mark ${from}`;
}
