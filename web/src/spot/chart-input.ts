// What the spot chart marks: entry, mark, alert, liquidation and bankruptcy prices as the core
// reported them, and the price path's events.

import type { Report, Scenario } from 'isomargin';
import type { ChartInput } from '../shared/chart/chart';
import type { Formats } from '../shared/format';
import type { Level } from '../shared/chart/draw';
import { at, level, marks } from '../shared/chart/marks';

export function spotChartInput(scenario: Scenario, r: Report, F: Formats): ChartInput {
  const ls: Level[] = [];
  level(ls, 'entry', 'entry', r.position.entryPrice);
  level(ls, 'mark', 'mark', r.markPrice);
  level(ls, 'alert', 'alert', at(r.alertPrice));
  level(ls, 'liquidation', 'liquidation · orders cancelled', at(r.liquidationPrice));
  level(ls, 'bankruptcy', 'bankruptcy', at(r.bankruptcyPrice));
  return {
    scenario, levels: ls, events: marks(F, r.timeline?.events, r.pair.quote), alertRatio: r.state.alertRatio,
    quote: r.pair.quote, pnlCoin: r.pnl.coin, noRatio: 'No liability: no margin ratio to draw.',
  };
}
