/**
 * isomargin — the isolated-margin calculator's JS API.
 *
 * Every number here is computed by the C++ core compiled to WebAssembly; this layer only
 * passes a scenario in and a report out. Scenario format: docs/scenario.md and
 * docs/scenario.schema.json.
 *
 * @example
 * import { load } from './wasm/isomargin.js';
 * const im = await load();
 * const r = im.evaluate({ side: 'short', marginCoin: 'quote', mode: 'old',
 *   position: { assets: 3299800, liability: 110, interest: 0.5 }, markPrice: 29000,
 *   takerFee: 0.0001, mmr: 0.04 });
 * if (r.ok) console.log(r.report.risk.marginRatio); else console.log(r.error.field);
 */

/** Options for {@link load}. */
export interface LoadOptions {
  /** The bytes of isomargin-core.wasm. Needed under node, where the file is not fetched. */
  wasmBinary?: ArrayBuffer | Uint8Array;
}

export type Side = 'long' | 'short';
/** Which coin of the pair is posted as margin. */
export type MarginCoinKind = 'base' | 'quote';
/** OKX isolated margin: old mode counts the margin inside assets; new mode holds it beside. */
export type Mode = 'old' | 'new';

/** One row of a tier table, in OKX's position-tiers shape. maxSz is inclusive. */
export interface TierRow {
  tier: number;
  minSz: number;
  maxSz: number;
  /** Maintenance margin rate, 0.03 = 3%. */
  mmr: number;
  /** Initial margin rate. */
  imr: number;
  /** Maximum leverage as published (not derived from imr). */
  maxLever: number;
}

/** A spot-margin scenario. Give exactly one of `position` and `order`, and one of `mmr` and `tiers`. */
export interface Scenario {
  product?: 'spot-margin';
  /** Labels only, e.g. "BTC/USDT". */
  pair?: string;
  side: Side;
  marginCoin: MarginCoinKind;
  /** Default "new". */
  mode?: Mode;
  /** Balances as OKX's Get Positions API reports them (liability as a positive number). */
  position?: {
    assets: number;
    /** Borrowed principal (|liab|), in the liability coin. */
    liability: number;
    /** Unpaid interest, in the liability coin. */
    interest?: number;
    /** Required in new mode; in old mode it is inside `assets`. */
    margin?: number;
    entryPrice?: number;
    initialMargin?: number;
  };
  /** How the position was opened: entryPrice + size, or fills; leverage or margin. */
  order?: {
    entryPrice?: number;
    size?: number;
    fills?: { price: number; size: number }[];
    leverage?: number;
    margin?: number;
  };
  /** Order form only: accrued interest, or hourly rate × hours × principal. */
  interest?: { accrued?: number; hourlyRate?: number; hours?: number };
  markPrice: number;
  lastPrice?: number;
  /** Taker fee rate, 0.0001 = 0.01%. */
  takerFee?: number;
  /** A fixed maintenance margin rate instead of a tier table. */
  mmr?: number;
  tiers?: { preset: string } | { rows: TierRow[] };
  /** Alert threshold as a ratio, default 3 (300%). */
  alertRatio?: number;
  preTrade?: {
    accountMode?: 'single' | 'multi';
    availableBalance: number;
    adjustedEquity?: number;
    pendingHoldEquity?: number;
  };
  close?: { type: 'all' | 'order'; size?: number; price?: number; reduceOnly?: boolean };
  /** The liquidation workflow along a price path: the prices, or a straight move. */
  path?: { prices: number[] } | { from: number; to: number; steps: number };
  /** The chance of touching the liquidation price within `days` (GBM; volatility and drift annualised). */
  probability?: { volatility: number; drift?: number; days: number };
  /** The same position at evenly spaced prices, for a chart. */
  sweep?: { from: number; to: number; points: number };
  /** Seeded GBM paths from the mark through the full liquidation workflow (paths × steps ≤ 2e7). */
  monteCarlo?: { paths: number; steps: number; seed?: number; volatility: number; drift?: number; days: number };
}

export type PathEventKind = 'alert' | 'alert-cleared' | 'orders-cancelled' | 'partial-liquidation' | 'full-liquidation';

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

/** An isolated options position (prices in the underlying coin per unit). */
export interface OptionScenario {
  product: 'option';
  pair?: string;
  side: Side;
  position: { contracts: number; averagePrice: number; multiplier?: number; ctVal?: number; initialMargin: number; marginAdjustment?: number };
  markPrice: number;
  takerFee?: number;
  /** An input: short-option maintenance margin formulas are not sourced. */
  maintenanceMargin: number;
}

export interface OptionReport {
  product: 'option';
  pair: { base: string; quote: string };
  side: Side;
  markPrice: number;
  value: number;
  pnl: number;
  pnlRatio: number;
  marginBalance: number;
  maintenanceMargin: number;
  /** min(taker·mult·ctVal·n, 12.5%·mark·mult·ctVal·n): low confidence. */
  liquidationFee: number;
  marginRatio: number | null;
  note: string;
}

/** A price where something happens, or why there is none. Never NaN, never negative. */
export interface PriceLevel {
  /** "price": `price` is set; "none": no price reaches it; "every-price": it is reached at any price. */
  status: 'price' | 'none' | 'every-price';
  price: number | null;
  trigger: 'at-or-below' | 'at-or-above';
  /** The mark price is already at or past it. */
  reachedAtMark: boolean;
  /** (price − mark) / mark, liquidation price only. */
  distance?: number | null;
}

export interface PositionView {
  assets: number;
  assetsCoin: string;
  /** Principal + unpaid interest. */
  liability: number;
  principal: number;
  interest: number;
  liabilityCoin: string;
  margin: number | null;
  marginCoin: string;
  entryPrice: number | null;
  /** Base held (long) or owed (short). */
  size: number;
}

export interface PartialStep {
  tierBefore: number;
  tierAfter: number;
  principalRepaid: number;
  sizeClosed: number;
  fee: number;
  assetsAfter: number;
  liabilityAfter: number;
  marginRatioAfter: number;
}

/** The full result for one scenario; money amounts are unrounded. */
export interface Report {
  product: 'spot-margin';
  pair: { base: string; quote: string };
  side: Side;
  marginCoin: MarginCoinKind;
  mode: Mode;
  markPrice: number;
  position: PositionView;
  leverage: number | null;
  tierSource: string;
  tier: TierRow | null;
  mmr: number;
  takerFee: number;
  /** Risk amounts in the quote coin (`coin`). */
  risk: {
    coin: string;
    liabilityValue: number;
    netAssets: number;
    maintenanceMargin: number;
    liquidationFee: number;
    /** null without a liability. */
    marginRatio: number | null;
  };
  liquidationPrice: PriceLevel;
  bankruptcyPrice: PriceLevel;
  /** Floating PnL in the margin coin; null in old mode without the margin. */
  pnl: { coin: string; mark: number | null; markPercent: number | null; last: number | null; lastPercent: number | null };
  state: {
    name: 'normal' | 'alert' | 'partial-liquidation' | 'full-liquidation';
    marginRatio: number | null;
    alertRatio: number;
    ordersCancelled: boolean;
    partialSteps: PartialStep[];
    finalMarginRatio: number | null;
    /** At or below 100% with a fixed mmr: there is no lower tier to step down to. */
    noTierToStepTo: boolean;
  };
  preTrade: { passes: boolean; required: number; reason: string } | null;
  close: {
    sizeFilled: number;
    sizeNotExecuted: number;
    fullyClosed: boolean;
    returnedToAccount: number;
    shortfall: number;
    realizedPnl: number | null;
    realizedPnlPercent: number | null;
    remaining: PositionView | null;
    reverse: (PositionView & { side: Side; marginFromAccount: number }) | null;
  } | null;
  /** Where the margin ratio crosses the alert ratio. */
  alertPrice: PriceLevel;
  /** With `path`: each price's margin ratio and state, and the events in order. */
  timeline: {
    points: { price: number; marginRatio: number | null; state: Report['state']['name'] }[];
    events: { index: number; price: number; kind: PathEventKind; marginRatio: number | null; step: PartialStep | null }[];
    fullyLiquidated: boolean;
    assetsAfter: number;
    liabilityAfter: number;
  } | null;
  /** With `probability`: P(the mark touches the liquidation price within the horizon). */
  liquidationProbability: number | null;
  /** With `monteCarlo`: shares of paths liquidated at all / in full, the standard error of the
   *  first, the expected loss (quote: partial-step fees + equity lost in full liquidations), and
   *  how many paths were first hit in each twentieth of the horizon. */
  monteCarlo: { anyLiquidation: number; fullLiquidation: number; standardError: number; expectedLoss: number; firstLiquidation: number[] } | null;
  /** With `sweep`: one array per series. */
  sweep: { price: number[]; pnl: (number | null)[]; marginRatio: (number | null)[]; state: Report['state']['name'][] } | null;
  /** Order form: the same order in every mode and margin coin of its side (the seed's tables). */
  comparison: (PositionView & { mode: Mode; marginCoinKind: MarginCoinKind; liquidationPrice: PriceLevel })[];
  warnings: { field: string; message: string }[];
}

/** A bad input: `field` is its JSON path ("order.leverage", "tiers.rows[2].mmr", "$" for the whole). */
export interface ScenarioError {
  field: string;
  message: string;
}

export type Evaluation = { ok: true; report: Report } | { ok: false; error: ScenarioError };
export type ContractEvaluation = { ok: true; report: ContractReport } | { ok: false; error: ScenarioError };
export type OptionEvaluation = { ok: true; report: OptionReport } | { ok: false; error: ScenarioError };

export interface TierPreset {
  name: string;
  label: string;
  /** Not published by an exchange: built to reproduce a worked example. */
  illustrative: boolean;
  /** Selected by base borrowed (shorts). */
  base: TierRow[];
  /** Selected by quote borrowed (longs). */
  quote: TierRow[];
}

export interface Isomargin {
  /** Evaluates a scenario (object or JSON text). Never throws; a bad input returns its error. */
  evaluate(scenario: ContractScenario): ContractEvaluation;
  evaluate(scenario: OptionScenario): OptionEvaluation;
  evaluate(scenario: Scenario | string): Evaluation;
  /** The named tier tables shipped with the core. */
  presets(): TierPreset[];
  /** The contract tier tables (OKX tiers by contracts) and the conventions, for menus. */
  contractPresets(): { name: string; label: string; rows: TierRow[] }[];
  models(): { name: Model; label: string; linear: boolean; inverse: boolean; mmAtEntry: boolean; usesFee: boolean }[];
}

/** Instantiates the module. In a browser or worker it fetches isomargin-core.wasm beside it. */
export function load(options?: LoadOptions): Promise<Isomargin>;
