// The option scenario's JSON paths → the input holding each value, so the core's errors are
// shown where the user typed the value.

import type { PathTable } from '../shared/fields';

/** The option scenario's JSON paths → the input holding each value (most specific first). */
export const OPTION_PATHS: PathTable = [
  ['pair', 'oPair'],
  ['side', 'oSide'],
  ['position.contracts', 'oContracts'],
  ['position.averagePrice', 'oAveragePrice'],
  ['position.multiplier', 'oMultiplier'],
  ['position.ctVal', 'oCtVal'],
  ['position.initialMargin', 'oInitialMargin'],
  ['position.marginAdjustment', 'oMarginAdjustment'],
  ['position', 'oContracts'],
  ['markPrice', 'oMarkPrice'],
  ['takerFee', 'oTakerFee'],
  ['maintenanceMargin', 'oMaintenanceMargin'],
  ['okx.optionType', 'oOptionType'],
  ['okx.c', 'oC'],
  ['okx', 'oMmSource'],
  ['tiers', 'oTierRows'],
  ['mmIncludesMark', 'oMmIncludesMark'],
  ['alertRatio', 'oAlertRatio'],
  ['path', 'oPathPrices'],
];

/** Hidden inputs: the MM source select stands in for the MM inputs. */
export const OPTION_STAND_INS: Record<string, string> = {
  oMaintenanceMargin: 'oMmSource',
  oTierRows: 'oMmSource',
  oMmIncludesMark: 'oSide',
};

/** Paths inside the pasted table or path list, and the table as a whole: the message names them. */
export function optionNamesRow(path: string): boolean {
  return /^(tiers\.rows|path\.prices)\[/.test(path) || path === 'tiers';
}
