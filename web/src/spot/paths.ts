// Spot margin's JSON paths ("order.leverage", "tiers.rows[2].mmr", …) → the input holding each
// value, so the core's errors and warnings are shown where the user typed the value.

import type { PathTable } from '../shared/fields';

/** Most specific first; a path matches an entry equal to it or nested under it. */
export const SPOT_PATHS: PathTable = [
  ['side', 'side'],
  ['marginCoin', 'marginCoin'],
  ['mode', 'mode'],
  ['pair', 'pair'],
  ['position.assets', 'assets'],
  ['position.liability', 'liability'],
  ['position.interest', 'interest'],
  ['position.margin', 'margin'],
  ['position.entryPrice', 'entryPrice'],
  ['order.entryPrice', 'entryPrice'],
  ['order.fills', 'entryPrice'],
  ['order.size', 'size'],
  ['order.leverage', 'leverage'],
  ['order.margin', 'orderMargin'],
  ['interest.accrued', 'interestAccrued'],
  ['interest.hourlyRate', 'hourlyRate'],
  ['interest.hours', 'hours'],
  ['interest', 'interestAccrued'],
  ['markPrice', 'markPrice'],
  ['lastPrice', 'lastPrice'],
  ['takerFee', 'takerFee'],
  ['mmr', 'mmr'],
  ['tiers.preset', 'tierPreset'],
  ['tiers', 'tierRows'],
  ['alertRatio', 'alertRatio'],
  ['preTrade.accountMode', 'accountMode'],
  ['preTrade.availableBalance', 'availableBalance'],
  ['preTrade.adjustedEquity', 'adjustedEquity'],
  ['preTrade.pendingHoldEquity', 'pendingHoldEquity'],
  ['preTrade', 'availableBalance'],
  ['close.type', 'closeType'],
  ['close.size', 'closeSize'],
  ['close.price', 'closePrice'],
  ['close.reduceOnly', 'reduceOnly'],
  ['close', 'closeType'],
  ['path.from', 'pathFrom'],
  ['path.to', 'pathTo'],
  ['path.steps', 'pathSteps'],
  ['path.prices', 'pathPrices'],
  ['path', 'pathFrom'],
  ['probability.volatility', 'volatility'],
  ['probability.days', 'horizonDays'],
  ['probability.drift', 'drift'],
  ['probability', 'volatility'],
  ['monteCarlo.paths', 'mcPaths'],
  ['monteCarlo.steps', 'mcSteps'],
  ['monteCarlo.seed', 'mcSeed'],
  ['monteCarlo.volatility', 'volatility'],
  ['monteCarlo.days', 'horizonDays'],
  ['monteCarlo.drift', 'drift'],
  ['monteCarlo', 'mcPaths'],
];

/** When a path's input is not on screen, the one that stands in for it (leverage ↔ margin). */
export const SPOT_STAND_INS: Record<string, string> = {
  leverage: 'orderMargin',
  orderMargin: 'leverage',
  interestAccrued: 'hourlyRate',
  pathFrom: 'pathPrices',
  pathPrices: 'pathFrom',
};

/** Paths inside the pasted tier table: the message names the row ("tiers.rows[2].mmr: …"). */
export function spotNamesRow(path: string): boolean {
  return path.startsWith('tiers.rows');
}
