// What each page marks on its chart: the prices the core reported (entry, mark, alert,
// liquidation, bankruptcy) and a price path's events. Only picking and labelling here.

import type { ContractReport, ContractScenario, OptionReport, OptionScenario, PathEventKind, PriceLevel, Report, Scenario } from 'isomargin';
import * as F from './format';
import { level, type ChartInput } from './chart';
import type { EventMark, Level } from './chart-draw';

const EVENT_WORDS: Record<PathEventKind, string> = {
  'alert': 'alert',
  'alert-cleared': 'alert cleared',
  'orders-cancelled': 'orders cancelled',
  'partial-liquidation': 'partial liquidation',
  'full-liquidation': 'full liquidation',
};

type Event = { price: number; kind: PathEventKind; marginRatio: number | null };

function marks(events: Event[] | undefined, quote: string): EventMark[] {
  return (events ?? []).map((e) => ({
    kind: e.kind,
    price: e.price,
    text: `${F.price(e.price)} ${quote}: ${EVENT_WORDS[e.kind]} (margin ratio ${F.percent(e.marginRatio)})`,
  }));
}

function at(l: PriceLevel): number | null {
  return l.status === 'price' ? l.price : null;
}

export function spotChartInput(scenario: Scenario, r: Report): ChartInput {
  const ls: Level[] = [];
  level(ls, 'entry', 'entry', r.position.entryPrice);
  level(ls, 'mark', 'mark', r.markPrice);
  level(ls, 'alert', 'alert', at(r.alertPrice));
  level(ls, 'liquidation', 'liquidation · orders cancelled', at(r.liquidationPrice));
  level(ls, 'bankruptcy', 'bankruptcy', at(r.bankruptcyPrice));
  return {
    scenario, levels: ls, events: marks(r.timeline?.events, r.pair.quote), alertRatio: r.state.alertRatio,
    quote: r.pair.quote, pnlCoin: r.pnl.coin, noRatio: 'No liability: no margin ratio to draw.',
  };
}

export function contractChartInput(scenario: ContractScenario, r: ContractReport): ChartInput {
  const ls: Level[] = [];
  level(ls, 'entry', 'entry', r.entryPrice);
  level(ls, 'mark', 'mark', r.markPrice);
  level(ls, 'liquidation', 'liquidation · orders cancelled', at(r.result.liquidationPrice));
  level(ls, 'bankruptcy', 'bankruptcy', at(r.bankruptcyPrice));
  return {
    scenario, levels: ls, events: marks(r.timeline?.events, r.pair.quote), alertRatio: r.state.alertRatio,
    quote: r.pair.quote, pnlCoin: r.marginCoin, noRatio: 'No margin ratio under this model.',
  };
}

/** No liquidation price is solved for options: the chart shows where the ratio and state turn,
 *  over a wide range of option marks (a tenth of the lower to four times the higher price). */
export function optionChartInput(scenario: OptionScenario, r: OptionReport): ChartInput {
  const ls: Level[] = [];
  level(ls, 'entry', 'average open', scenario.position.averagePrice);
  level(ls, 'mark', 'mark', r.markPrice);
  return {
    scenario, levels: ls, events: marks(r.timeline?.events, r.pair.base), alertRatio: r.state.alertRatio,
    quote: r.pair.base, pnlCoin: r.pair.base, noRatio: 'No maintenance requirement: no margin ratio to draw.', span: [0.1, 4],
  };
}

