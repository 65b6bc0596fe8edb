// What the contract chart marks: entry, mark, liquidation (under the chosen convention) and
// bankruptcy prices as the core reported them, and the price path's events.

import type { ContractReport, ContractScenario } from 'isomargin';
import type { ChartInput } from '../shared/chart/chart';
import type { Formats } from '../shared/format';
import type { Level } from '../shared/chart/draw';
import { at, level, marks } from '../shared/chart/marks';

export function contractChartInput(scenario: ContractScenario, r: ContractReport, F: Formats): ChartInput {
  const ls: Level[] = [];
  level(ls, 'entry', 'entry', r.entryPrice);
  level(ls, 'mark', 'mark', r.markPrice);
  level(ls, 'liquidation', 'liquidation · orders cancelled', at(r.result.liquidationPrice));
  level(ls, 'bankruptcy', 'bankruptcy', at(r.bankruptcyPrice));
  return {
    scenario, levels: ls, events: marks(F, r.timeline?.events, r.pair.quote), alertRatio: r.state.alertRatio,
    quote: r.pair.quote, pnlCoin: r.marginCoin, noRatio: 'No margin ratio under this model.',
  };
}
