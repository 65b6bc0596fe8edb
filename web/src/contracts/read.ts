// Perpetual & futures inputs → a ContractScenario, plus the errors found before asking the
// core (text that is not a number, a pasted table that is not JSON, a fill line without "×").
// Empty optional fields are left out; empty required ones too, so that the core names them.
// A calculator's input goes in only while its tab is selected.

import type { ContractScenario } from 'isomargin';
import type { Values } from '../shared/state';
import type { Read } from '../shared/product';
import { numberReader, type ReadNotes } from '../shared/numbers';
import type { LocaleNumbers } from '../shared/locale';
import { parseTierRows } from '../shared/tiers';
import { parseBrackets, parseFills } from './parse';
import { readContractPath } from './path';

/** The fills of the Average entry tab define the position while that tab is selected. */
export function usesFills(v: Values): boolean {
  return v.cTab === 'entry';
}

export function readContract(v: Values, nums: LocaleNumbers, notes?: ReadNotes): Read<ContractScenario> {
  const errors = new Map<string, string>();
  const { num, put } = numberReader(v, errors, nums, notes);

  const s: Record<string, unknown> = {
    product: v.cProduct === 'futures' ? 'futures' : 'perpetual',
    side: v.cSide,
  };
  if (v.cModel) s.model = v.cModel;
  const pair = (v.cPair ?? '').trim();
  if (pair) s.pair = pair;
  if (v.cCompare === '1') s.compare = true;

  const contract: Record<string, unknown> = { type: v.cType };
  put(contract, 'ctVal', num('cCtVal'));
  put(contract, 'multiplier', num('cMultiplier'));
  s.contract = contract;

  const p: Record<string, unknown> = {};
  if (usesFills(v)) {
    const f = parseFills(v.cFills ?? '', nums);
    if (f.ok) p.fills = f.value;
    else errors.set('cFills', f.message);
  } else {
    put(p, 'contracts', num('cContracts'));
    put(p, 'entryPrice', num('cEntryPrice'));
  }
  put(p, 'leverage', num('cLeverage'));
  if (v.cMarginBy === 'margin') put(p, 'margin', num('cPosMargin'));
  else if (v.cMarginBy === 'marginBalance') put(p, 'marginBalance', num('cMarginBalance'));
  else {
    put(p, 'marginAdded', num('cMarginAdded'));
    put(p, 'marginRemoved', num('cMarginRemoved'));
  }
  put(p, 'maintenanceMargin', num('cReportedMm'));
  s.position = p;

  put(s, 'markPrice', num('cMarkPrice'));
  put(s, 'lastPrice', num('cLastPrice'));
  put(s, 'takerFee', num('cTakerFee', true));

  if (v.cMmrSource === 'preset') {
    s.tiers = { preset: v.cTierPreset };
  } else if (v.cMmrSource === 'custom') {
    const t = parseTierRows(v.cTierRows ?? '');
    if (t.ok) s.tiers = { rows: t.rows };
    else errors.set('cTierRows', t.message);
  } else if (v.cMmrSource === 'brackets') {
    const b = parseBrackets(v.cBrackets ?? '');
    if (b.ok) s.tiers = { brackets: b.value };
    else errors.set('cBrackets', b.message);
  } else if (v.cMmrSource !== 'reported') {
    put(s, 'mmr', num('cMmr', true));
    put(s, 'maintenanceAmount', num('cMaintAmount'));
  }
  if (v.cModel === 'hyperliquid') put(s, 'maxLeverage', num('cMaxLeverage'));

  const calculate: Record<string, unknown> = {};
  if (v.cTab === 'pnl') put(calculate, 'exitPrice', num('cExitPrice'));
  if (v.cTab === 'target') put(calculate, 'targetRoe', num('cTargetRoe', true));
  if (v.cTab === 'liquidation') put(calculate, 'liquidationPrice', num('cWantedLiq'));
  if (v.cTab === 'maxopen') put(calculate, 'maxOpenBalance', num('cMaxOpenBalance'));
  if (v.cTab === 'maxlev') {
    const by = v.cLevBy === 'contracts' ? 'contracts' : v.cLevBy === 'notional' ? 'notional' : 'stake';
    const q: Record<string, unknown> = {};
    put(q, by, num('cLevAmount'));
    put(q, 'price', num('cLevPrice'));
    if (q[by] !== undefined) {
      calculate.maxLeverage = q;
      if (by !== 'stake') calculate.tierFor = { ...q };
    }
  }
  if (Object.keys(calculate).length) s.calculate = calculate;

  if (v.cPositionMode === 'hedge') {
    s.positionMode = 'hedge';
    put(s, 'pendingClose', num('cPendingClose'));
    const o: Record<string, unknown> = {};
    put(o, 'contracts', num('cOppContracts'));
    put(o, 'entryPrice', num('cOppEntry'));
    put(o, 'leverage', num('cOppLeverage'));
    if (Object.keys(o).length) s.opposite = o;
  }

  if (v.cTab === 'order') {
    const o: Record<string, unknown> = { side: v.cOrderSide === 'sell' ? 'sell' : 'buy' };
    put(o, 'contracts', num('cOrderContracts'));
    put(o, 'price', num('cOrderPrice'));
    if (v.cReduceOnly === '1') o.reduceOnly = true;
    // No contracts yet: nothing to simulate (the position alone is still evaluated).
    if (o.contracts !== undefined) s.order = o;
  }
  readContractPath(v, s, errors, nums);
  return { scenario: s as unknown as ContractScenario, errors };
}
