/**
 * isomargin — perpetual swaps, futures and options: the scenario and report types.
 * Re-exported by isomargin.d.ts; see there for the API.
 */
import type { Explanation, PathEventKind, PriceLevel, Side, TierRow, TierRowInput } from './isomargin.js';

/** The exchange conventions for contracts (docs/formulas.md). */
export type Model =
  | 'okx' | 'okx-calculator-doc' | 'binance' | 'bybit' | 'bitmex'
  | 'gate' | 'hyperliquid' | 'phemex' | 'simple-inverse';

/** Binance leverage bracket (USDⓈ-M by quote notional, COIN-M by coin notional). */
export interface BracketRow {
  /** 1, 2, 3 … in order: a whole number, at most 10,000. */
  bracket: number;
  notionalFloor: number;
  notionalCap: number;
  maintMarginRatio: number;
  /** Maintenance amount: cum_n = floor_n·(mmr_n − mmr_{n−1}) + cum_{n−1}. In every bracket
   *  (checked against that) or in none (derived by it; the report says `cumDerived`). */
  cum?: number;
  initialLeverage: number;
}

/**
 * A size for the tier calculators: contracts (OKX tiers are by contracts), a notional in the
 * margin coin (Binance brackets are by notional), or for `maxLeverage` a stake (the margin).
 * `price` converts contracts and notionals (default: position.entryPrice, then markPrice).
 */
export type TierQuery =
  | { contracts: number; price?: number }
  | { notional: number; price?: number };
export type LeverageQuery = TierQuery | { stake: number; price?: number };

/** The contract's position: by leverage (with margin added / removed), or by the margin an
 *  exchange shows (margin: OKX `margin`, Binance `isolatedWallet`, Bybit `positionIM`;
 *  marginBalance: Binance `isolatedMargin`, with the unrealised PnL at the mark). */
export interface ContractPositionInput {
  contracts?: number;
  entryPrice?: number;
  fills?: { price: number; size: number }[];
  /** With margin: its initial margin is the base of added / removed. Without margin: required. */
  leverage?: number;
  marginAdded?: number;
  marginRemoved?: number;
  /** The isolated margin shown, without unrealised PnL. Without leverage: leverage = notional at entry ÷ margin. */
  margin?: number;
  /** The margin with the unrealised PnL at the mark; with margin too, the two must agree. */
  marginBalance?: number;
}

/** A perpetual swap or futures position in isolated margin. */
export interface ContractScenario {
  product: 'perpetual' | 'futures';
  pair?: string;
  side: Side;
  /** Default "okx". */
  model?: Model;
  /** Also evaluate every convention that supports this contract type. */
  compare?: boolean;
  /** Linear: USDT-margined, size in base. Inverse: coin-margined, size in USD. */
  contract: {
    type: 'linear' | 'inverse';
    ctVal?: number;
    multiplier?: number;
    /** Sizes are rounded down to whole lots. */
    lotSz?: number;
    /** Prices are also given on this tick grid (`priceAtTick`). */
    tickSz?: number;
  };
  /** contracts + entryPrice, or fills (sizes in contracts); leverage, or the margin shown. */
  position: ContractPositionInput & {
    /** The exchange's MM amount (OKX `mmr`, Binance `maintMargin`, Bybit `positionMM`): the rate
     *  (MM ÷ notional at the mark) when no mmr or tiers are given; otherwise checked (a warning beyond 1%). */
    maintenanceMargin?: number;
  };
  markPrice: number;
  lastPrice?: number;
  takerFee?: number;
  /** A fixed maintenance margin rate (0 allowed), with an optional maintenance amount. */
  mmr?: number;
  maintenanceAmount?: number;
  /** rows: OKX's, as published (1,001 after 1,000 for whole contracts) or as its API sends them (strings). */
  tiers?: { preset: string } | { rows: TierRowInput[] } | { brackets: BracketRow[] };
  /** Hyperliquid: the asset's maximum leverage (mmr = 1/(2·max)). */
  maxLeverage?: number;
  /** Reverse calculators; maxOpenBalance is in the margin coin. */
  calculate?: {
    exitPrice?: number; targetRoe?: number; liquidationPrice?: number; maxOpenBalance?: number;
    /** Which tier or bracket holds this size. */
    tierFor?: TierQuery;
    /** The highest leverage for a size, or for a stake (freqtrade's get_max_leverage). */
    maxLeverage?: LeverageQuery;
  };
  /** Default "one-way". */
  positionMode?: 'one-way' | 'hedge';
  /** Same side adds; the other side reduces and, in one-way mode (not reduce-only), flips. Price defaults to the mark. */
  order?: { side: 'buy' | 'sell'; contracts: number; price?: number; reduceOnly?: boolean };
  /** Hedge mode: contracts held by pending close orders. */
  pendingClose?: number;
  /** Hedge mode: the other side's position, judged alone. */
  opposite?: ContractPositionInput & { contracts: number; entryPrice: number };
  /** Default 3 (300%). */
  alertRatio?: number;
  /** The liquidation workflow along a price path. */
  path?: { prices: number[] } | { from: number; to: number; steps: number };
  /** Add `explanations` to the report (see Explanation). */
  explain?: boolean;
}

/**
 * No mark price: the calculators that need none, each with only the inputs it uses
 * (docs/scenario.md): exitPrice (side, contracts, entry, leverage), targetRoe (side, entry,
 * leverage), maxOpenBalance (entry, leverage), tierFor and maxLeverage (a table).
 */
export interface ContractCalculatorScenario {
  product: 'perpetual' | 'futures';
  pair?: string;
  side?: Side;
  contract?: ContractScenario['contract'];
  position?: ContractPositionInput;
  markPrice?: never;
  tiers?: ContractScenario['tiers'];
  calculate: Omit<NonNullable<ContractScenario['calculate']>, 'liquidationPrice'>;
}

/** One partial liquidation of a contract position (down two tiers, to tier n−2's max size). */
export interface ContractStep {
  tierBefore: number;
  tierAfter: number;
  contractsClosed: number;
  fee: number;
  realizedPnl: number;
  /** The margin that stays in the position. */
  marginAfter: number;
  marginRatioAfter: number;
}

/** One convention's answer for a contract position. */
export interface ConventionResult {
  model: Model;
  label: string;
  /** Maintenance margin valued at entry (Bybit, BitMEX, simple inverse) rather than at the liquidation price. */
  mmAtEntry: boolean;
  mmr: number;
  maintenanceAmount: number;
  /** notional × mmr − maintenance amount, in the margin coin: at the mark, or at entry where mmAtEntry. No fee. */
  maintenanceMargin: number;
  /** The margin this convention counts; Phemex's assigned balance differs from the margin shown. */
  marginUsed: number;
  /** Why marginUsed is not the isolated margin shown (Phemex), else null. */
  marginUsedReason: string | null;
  /** Tier or bracket number used (Binance: the bracket at the liquidation price). */
  tier: number | null;
  /** With contract.tickSz, also priceAtTick: rounded toward the mark (a long's up, a short's down). */
  liquidationPrice: PriceLevel & { priceAtTick?: number | null };
  /** Equity / the convention's maintenance requirement at the mark; liquidation at ≤ 1. */
  marginRatio: number | null;
  /** For calculate.liquidationPrice: margin to add (negative: can be removed). */
  marginToAdd: number | null;
  /** Comparison rows: this liquidation price − the chosen model's (null when either has none). */
  vsChosen?: number | null;
}

/** The row that holds a size: its rates as one shape for OKX tiers and Binance brackets. */
export interface TierForResult {
  by: 'contracts' | 'notional';
  amount: number;
  /** The price that converted the size, when the table is on the other scale. */
  price: number | null;
  /** OKX tiers with a size in contracts: "contracts"; otherwise "notional" (margin coin). */
  scale: 'contracts' | 'notional';
  scaledAmount: number;
  /** null: above the last row (a result, not an error). */
  tier: number | null;
  aboveTable: boolean;
  /** Between maxSz(k−1) and a published minSz(k) = maxSz(k−1) + 1: a fractional size, in row k. */
  inGap: boolean;
  mmr: number | null;
  /** OKX imr; a bracket's 1 / initialLeverage (Binance IMR = 1/leverage). */
  imr: number | null;
  maxLeverage: number | null;
  /** Brackets only. */
  cum: number | null;
  row: TierRow | BracketRow | null;
}

/** The highest leverage for a size (its row's), or for a stake: freqtrade's get_max_leverage
 *  (docs/formulas.md); a zero stake gets row 1's, a stake beyond the last row none. */
export interface MaxLeverageResult {
  by: 'contracts' | 'notional' | 'stake';
  amount: number;
  price: number | null;
  scale: 'contracts' | 'notional';
  maxLeverage: number | null;
  tier: number | null;
  /** Set by the row's upper bound ÷ stake, below its max leverage. */
  capped: boolean;
  aboveTable: boolean;
  /** The position at that leverage: stake × leverage, or the size asked (on its scale). */
  notional: number | null;
  contracts: number | null;
}

/** The reverse calculators, in every contract report. */
export interface ContractCalculations {
  exitPnl: number | null;
  exitRoe: number | null;
  /** priceAtTick (with contract.tickSz) is rounded toward the entry, as BitMEX shows it. */
  targetPrice: (PriceLevel & { priceAtTick?: number | null }) | null;
  maxOpenContracts: number | null;
  tierFor: TierForResult | null;
  maxLeverage: MaxLeverageResult | null;
}

/** What both contract reports start with. */
export interface ContractReportHead {
  product: 'perpetual' | 'futures';
  pair: { base: string; quote: string };
  side: Side;
  contractType: 'linear' | 'inverse';
  /** Quote coin (linear) or base coin (inverse). */
  marginCoin: string;
  /** Base coin (linear) or "USD" (inverse). */
  sizeUnit: string;
  /** With `explain: true`: one entry per reported number, every model's included. */
  explanations?: Explanation[];
}

/** No mark price ("calculation": "calculators"): targetPrice.reachedAtMark is null. */
export interface ContractCalculatorReport extends ContractReportHead {
  calculation: 'calculators';
  tierSource: string;
  cumDerived: boolean;
  calculate: Omit<ContractCalculations, 'targetPrice'> & {
    targetPrice: (Omit<PriceLevel, 'reachedAtMark'> & { reachedAtMark: null; priceAtTick: number | null }) | null;
  };
  warnings: { field: string; message: string }[];
}

export interface ContractReport extends ContractReportHead {
  calculation: 'position';
  markPrice: number;
  size: number;
  entryPrice: number;
  /** As given, or notional at entry ÷ the margin shown ("margin"). */
  leverage: number;
  leverageSource: 'input' | 'margin';
  notional: number;
  initialMargin: number;
  /** The isolated margin: initial + added − removed, or as shown (marginSource). */
  margin: number;
  marginSource: 'leverage' | 'margin' | 'marginBalance';
  /** The chosen model's maintenance margin (result.maintenanceMargin). */
  maintenanceMargin: number;
  /** PnL in the margin coin; ratio = PnL / initial margin. */
  pnl: { mark: number; markRatio: number; last: number | null; lastRatio: number | null };
  /** "fixed", "maintenanceMargin" (the rate from position.maintenanceMargin), "maxLeverage", a preset, "custom", "custom brackets". */
  tierSource: string;
  /** Brackets given without cum: derived by the recursion. */
  cumDerived: boolean;
  result: ConventionResult & { distance: number | null };
  bankruptcyPrice: PriceLevel;
  /** With compare: one row per convention that supports this contract type. */
  comparison: ConventionResult[];
  /** With compare: the conventions with the lowest and highest liquidation price, and the gap. */
  comparisonSpread: { lowest: Model | null; highest: Model | null; spread: number | null };
  calculate: ContractCalculations;
  positionMode: 'one-way' | 'hedge';
  /** Hedge mode: contracts − pending close orders. */
  availableToClose: number | null;
  order: {
    contractsFilled: number;
    contractsNotExecuted: number;
    realizedPnl: number;
    marginReleased: number;
    flipped: boolean;
    /** The position after the order under the same convention; null when it is closed. */
    after: (ConventionResult & { side: Side; contracts: number; entryPrice: number; margin: number }) | null;
  } | null;
  /** Hedge mode: the other side's result. */
  opposite: ConventionResult | null;
  /** The liquidation workflow at the mark (partial steps need OKX-style tiers). */
  state: {
    name: 'normal' | 'alert' | 'partial-liquidation' | 'full-liquidation';
    marginRatio: number | null;
    alertRatio: number;
    ordersCancelled: boolean;
    partialSteps: ContractStep[];
    finalMarginRatio: number | null;
    contractsAfter: number;
  };
  /** With `path`. */
  timeline: {
    points: { price: number; marginRatio: number | null; state: string }[];
    events: { index: number; price: number; kind: PathEventKind; marginRatio: number | null; step: ContractStep | null }[];
    fullyLiquidated: boolean;
    contractsAfter: number;
    marginAfter: number;
  } | null;
  /** Allowed, but worth a look: fields given that change nothing, a reported MM off the rate, a size between published tiers, … */
  warnings: { field: string; message: string }[];
}
