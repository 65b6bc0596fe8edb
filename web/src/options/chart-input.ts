// What the option chart marks. No liquidation price is solved for options: the chart shows where
// the ratio and state turn, over a wide range of option marks (a tenth of the lower to four times
// the higher price), with the average open price and the mark.

import type { OptionReport, OptionScenario } from 'isomargin';
import type { ChartInput } from '../shared/chart/chart';
import type { Formats } from '../shared/format';
import type { Level } from '../shared/chart/draw';
import { level, marks } from '../shared/chart/marks';

export function optionChartInput(scenario: OptionScenario, r: OptionReport, F: Formats): ChartInput {
  const ls: Level[] = [];
  level(ls, 'entry', 'average open', scenario.position.averagePrice);
  level(ls, 'mark', 'mark', r.markPrice);
  return {
    scenario, levels: ls, events: marks(F, r.timeline?.events, r.pair.base), alertRatio: r.state.alertRatio,
    quote: r.pair.base, pnlCoin: r.pair.base, noRatio: 'No maintenance requirement: no margin ratio to draw.', span: [0.1, 4],
  };
}
