// The contract scenario's JSON paths ("position.leverage", "tiers.brackets[1].cum", …) → the
// input that holds each value. Most specific first; a path matches an entry equal to it or nested under it.

import type { PathTable } from '../shared/fields';

export const CONTRACT_PATHS: PathTable = [
  ['product', 'cProduct'],
  ['pair', 'cPair'],
  ['side', 'cSide'],
  ['model', 'cModel'],
  ['compare', 'cCompare'],
  ['contract.type', 'cType'],
  ['contract.ctVal', 'cCtVal'],
  ['contract.multiplier', 'cMultiplier'],
  ['contract', 'cType'],
  ['position.contracts', 'cContracts'],
  ['position.entryPrice', 'cEntryPrice'],
  ['position.fills', 'cFills'],
  ['position.leverage', 'cLeverage'],
  ['position.marginAdded', 'cMarginAdded'],
  ['position.marginRemoved', 'cMarginRemoved'],
  ['position.marginBalance', 'cMarginBalance'],
  ['position.margin', 'cPosMargin'],
  ['position.maintenanceMargin', 'cReportedMm'],
  ['position', 'cContracts'],
  ['markPrice', 'cMarkPrice'],
  ['lastPrice', 'cLastPrice'],
  ['takerFee', 'cTakerFee'],
  ['mmr', 'cMmr'],
  ['maintenanceAmount', 'cMaintAmount'],
  ['tiers.preset', 'cTierPreset'],
  ['tiers.rows', 'cTierRows'],
  ['tiers.brackets', 'cBrackets'],
  ['tiers', 'cMmrSource'],
  ['maxLeverage', 'cMaxLeverage'],
  ['calculate.exitPrice', 'cExitPrice'],
  ['calculate.targetRoe', 'cTargetRoe'],
  ['calculate.liquidationPrice', 'cWantedLiq'],
  ['calculate.maxOpenBalance', 'cMaxOpenBalance'],
  ['calculate.maxLeverage.price', 'cLevPrice'],
  ['calculate.tierFor.price', 'cLevPrice'],
  ['calculate.maxLeverage', 'cLevAmount'],
  ['calculate.tierFor', 'cLevAmount'],
  ['positionMode', 'cPositionMode'],
  ['pendingClose', 'cPendingClose'],
  ['opposite.contracts', 'cOppContracts'],
  ['opposite.entryPrice', 'cOppEntry'],
  ['opposite.leverage', 'cOppLeverage'],
  ['opposite', 'cOppContracts'],
  ['order.side', 'cOrderSide'],
  ['order.contracts', 'cOrderContracts'],
  ['order.price', 'cOrderPrice'],
  ['order.reduceOnly', 'cReduceOnly'],
  ['order', 'cOrderContracts'],
  ['path', 'cPathPrices'],
];

/** When a path's input is not on screen, the one that stands in for it. */
export const CONTRACT_STAND_INS: Record<string, string> = {
  cContracts: 'cFills',
  cEntryPrice: 'cFills',
  cFills: 'cContracts',
  cMmr: 'cMmrSource',
  cMaintAmount: 'cMmrSource',
  cTierPreset: 'cMmrSource',
  cTierRows: 'cMmrSource',
  cBrackets: 'cMmrSource',
  cMaxLeverage: 'cModel',
  cMarginAdded: 'cMarginBy',
  cMarginRemoved: 'cMarginBy',
  cPosMargin: 'cMarginBy',
  cMarginBalance: 'cMarginBy',
};

/** Paths inside a pasted table or list: the message names the row ("tiers.brackets[1].cum: …"). */
export function namesRow(path: string): boolean {
  return /^(tiers\.(rows|brackets)|position\.fills|path\.prices)\[/.test(path);
}
