/**
 * isomargin — perpetual swaps, futures and options: the scenario and report types.
 * Re-exported by isomargin.d.ts; see there for the API.
 */
import type { PathEventKind, PriceLevel, Side, TierRow } from './isomargin';

/** The exchange conventions for contracts (docs/formulas.md). */
export type Model =
  | 'okx' | 'okx-calculator-doc' | 'binance' | 'bybit' | 'bitmex'
  | 'gate' | 'hyperliquid' | 'phemex' | 'simple-inverse';

/** Binance leverage bracket (USDⓈ-M by quote notional, COIN-M by coin notional). */
export interface BracketRow {
  bracket: number;
  notionalFloor: number;
  notionalCap: number;
  maintMarginRatio: number;
  /** Maintenance amount: cum_n = floor_n·(mmr_n − mmr_{n−1}) + cum_{n−1}. */
  cum: number;
  initialLeverage: number;
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
  /** contracts + entryPrice, or fills (sizes in contracts); margin = initial + added − removed. */
  position: {
    contracts?: number;
    entryPrice?: number;
    fills?: { price: number; size: number }[];
    leverage: number;
    marginAdded?: number;
    marginRemoved?: number;
  };
  markPrice: number;
  lastPrice?: number;
  takerFee?: number;
  /** A fixed maintenance margin rate (0 allowed), with an optional maintenance amount. */
  mmr?: number;
  maintenanceAmount?: number;
  tiers?: { preset: string } | { rows: TierRow[] } | { brackets: BracketRow[] };
  /** Hyperliquid: the asset's maximum leverage (mmr = 1/(2·max)). */
  maxLeverage?: number;
  /** Reverse calculators; maxOpenBalance is in the margin coin. */
  calculate?: { exitPrice?: number; targetRoe?: number; liquidationPrice?: number; maxOpenBalance?: number };
  /** Default "one-way". */
  positionMode?: 'one-way' | 'hedge';
  /** Same side adds; the other side reduces and, in one-way mode (not reduce-only), flips. Price defaults to the mark. */
  order?: { side: 'buy' | 'sell'; contracts: number; price?: number; reduceOnly?: boolean };
  /** Hedge mode: contracts held by pending close orders. */
  pendingClose?: number;
  /** Hedge mode: the other side's position, judged alone. */
  opposite?: { contracts: number; entryPrice: number; leverage: number; marginAdded?: number; marginRemoved?: number };
  /** Default 3 (300%). */
  alertRatio?: number;
  /** The liquidation workflow along a price path. */
  path?: { prices: number[] } | { from: number; to: number; steps: number };
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

export interface ContractReport {
  product: 'perpetual' | 'futures';
  pair: { base: string; quote: string };
  side: Side;
  contractType: 'linear' | 'inverse';
  /** Quote coin (linear) or base coin (inverse). */
  marginCoin: string;
  /** Base coin (linear) or "USD" (inverse). */
  sizeUnit: string;
  markPrice: number;
  size: number;
  entryPrice: number;
  leverage: number;
  notional: number;
  initialMargin: number;
  margin: number;
  /** PnL in the margin coin; ratio = PnL / initial margin. */
  pnl: { mark: number; markRatio: number; last: number | null; lastRatio: number | null };
  tierSource: string;
  result: ConventionResult & { distance: number | null };
  bankruptcyPrice: PriceLevel;
  /** With compare: one row per convention that supports this contract type. */
  comparison: ConventionResult[];
  /** With compare: the conventions with the lowest and highest liquidation price, and the gap. */
  comparisonSpread: { lowest: Model | null; highest: Model | null; spread: number | null };
  /** targetPrice.priceAtTick (with contract.tickSz) is rounded toward the entry, as BitMEX shows it. */
  calculate: {
    exitPnl: number | null;
    exitRoe: number | null;
    targetPrice: (PriceLevel & { priceAtTick?: number | null }) | null;
    maxOpenContracts: number | null;
  };
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
  warnings: { field: string; message: string }[];
}
