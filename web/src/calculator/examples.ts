// The "Worked examples" menu: the guide's examples (and a few from the exchanges' help pages),
// each a scenario the product's own `fill` puts into the inputs after resetting them. `values`
// are inputs the scenario leaves alone that the example still sets (a path's range, kept for when
// its section is opened). The first example of a product is its defaults.

import risk from '../../../examples/seed-risk.json';
import riskTiers from '../../../examples/seed-risk-partial.json';
import overClose from '../../../examples/seed-over-close.json';
import openLong from '../../../examples/seed-open-long-quote.json';
import bybit from '../../../examples/perp-bybit-linear.json';
import byMargin from '../../../examples/perp-okx-swap-by-margin.json';
import compare from '../../../examples/perp-compare.json';
import optionPartial from '../../../examples/option-partial.json';
import type { ProductName } from '../shared/product';
import type { Values } from '../shared/state';

export interface Example {
  /** The `example` URL parameter. */
  id: string;
  product: ProductName;
  label: string;
  /** null: the product's defaults. */
  scenario: unknown | null;
  values?: Values;
}

/** The risk example's price path: the mark from 19,500 up to 29,000, as the guide tells it. */
const RISK_PATH: Values = { pathBy: 'move', pathFrom: '19,500', pathTo: '29,000', pathSteps: '95' };

export const EXAMPLES: Example[] = [
  { id: 'fresh', product: 'spot', label: 'A fresh long: 1 BTC at 100,000 USDT, 10×, USDT margin', scenario: null },
  { id: 'risk', product: 'spot', label: 'The guide’s risk example: short 110.5 BTC at a 29,000 mark', scenario: risk, values: RISK_PATH },
  { id: 'risk-tiers', product: 'spot', label: 'The same with tiers: the 10 BTC partial liquidation', scenario: riskTiers, values: RISK_PATH },
  { id: 'opening', product: 'spot', label: 'Opening tables: the same long in each mode and margin coin', scenario: openLong },
  { id: 'over-close', product: 'spot', label: 'Closing more than you hold: 2 BTC sold at 125,000', scenario: overClose },
  { id: 'bybit', product: 'contract', label: 'Bybit’s example: 1 BTC at 20,000, 50× → 19,700', scenario: bybit },
  { id: 'okx-margin', product: 'contract', label: 'A swap as OKX shows it: margin 1,600 USDT, MM 64.5', scenario: byMargin },
  { id: 'compare', product: 'contract', label: 'One position under every exchange’s formula', scenario: compare },
  { id: 'option-partial', product: 'option', label: 'A short option stepping down a tier', scenario: optionPartial },
];

export const exampleById = (id: string): Example | undefined => EXAMPLES.find((x) => x.id === id);
