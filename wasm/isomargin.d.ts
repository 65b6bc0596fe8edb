/**
 * isomargin — the isolated-margin calculator's JS API.
 *
 * Every number here is computed by the C++ core compiled to WebAssembly; this layer only
 * passes a scenario in and a report out. Scenario format: docs/scenario.md and
 * docs/scenario.schema.json.
 *
 * @example
 * import { load } from 'isomargin';
 * const im = await load();
 * const r = im.evaluate({ side: 'short', marginCoin: 'quote', mode: 'old',
 *   position: { assets: 3299800, liability: 110, interest: 0.5 }, markPrice: 29000,
 *   takerFee: 0.0001, mmr: 0.04 });
 * if (r.ok) console.log(r.report.risk.marginRatio); else console.log(r.error.field);
 */

/** Options for {@link load}. */
export interface LoadOptions {
  /**
   * The full module (isomargin-full.wasm: the explanations and `fromExchange` as well) instead of
   * the first-load one (isomargin-core.wasm, 44 KB gzipped lighter). Default: false in a browser or
   * worker, true under node. A first-load instance gets the rest with {@link Isomargin.loadFull}.
   */
  full?: boolean;
  /**
   * The bytes of the module (isomargin-core.wasm, or isomargin-full.wasm with `full`), when you
   * have them. Without them a browser or worker fetches the file beside the module, and under
   * node the package (`import 'isomargin'`) reads it.
   */
  wasmBinary?: ArrayBuffer | Uint8Array;
  /**
   * The compiled module, from another `load()`'s `module` (with the same `full`): a worker handed
   * the page's compiles nothing (a `WebAssembly.Module` goes through `postMessage`).
   */
  module?: WebAssembly.Module;
}

export type Side = 'long' | 'short';
/** Which coin of the pair is posted as margin. */
export type MarginCoinKind = 'base' | 'quote';
/** OKX isolated margin: old mode counts the margin inside assets; new mode holds it beside. */
export type Mode = 'old' | 'new';

/** One row of a tier table, in OKX's position-tiers shape. maxSz is inclusive. */
export interface TierRow {
  /** 1, 2, 3 … in order: a whole number, at most 1,000. */
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

/** A tier row as a scenario may give it: numbers, or decimal strings as OKX's
 *  GET /api/v5/public/position-tiers sends them, with its descriptive fields (read past, with a
 *  warning). Contract tiers may start one above the previous maxSz (1,001 after 1,000), as
 *  published for whole contracts. */
export type TierRowInput = { [K in keyof TierRow]: number | string } & {
  instFamily?: string; instId?: string; instType?: string; uly?: string;
  baseMaxLoan?: string; quoteMaxLoan?: string; optMgnFactor?: string;
};

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
  tiers?: { preset: string } | { rows: TierRowInput[] };
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
  /** Seeded GBM paths from the mark through the full liquidation workflow (paths × steps ≤ 2e7).
   *  `firstPath`/`pathCount` run only paths [firstPath, firstPath + pathCount) of the `paths`
   *  (each path has its own stream): a share for one worker; `mergeMonteCarlo` joins the shares.
   *  Counts are whole numbers (seed ≤ 2⁵³ − 1). With the sweep's points the whole run must fit the
   *  work budget, (1 + path + sweep.points + paths) × the position's tier ≤ 10,000,000 partial
   *  steps (docs/scenario.md), else an error names "monteCarlo.paths". */
  monteCarlo?: { paths: number; steps: number; seed?: number; volatility: number; drift?: number; days: number;
    firstPath?: number; pathCount?: number };
  /** Add `explanations` to the report: every number's formula, your values, source. Needs the full module ({@link Isomargin.full}). */
  explain?: boolean;
}

/** An order without a mark price: the opening calculation alone (balances, leverage, the seed's
 *  opening tables; with mmr or tiers the liquidation price, which needs no mark). */
export type OpeningScenario = Omit<Scenario, 'markPrice' | 'position' | 'close' | 'path' | 'probability' | 'sweep' | 'monteCarlo'> & {
  order: NonNullable<Scenario['order']>;
  markPrice?: never;
};

export * from './contracts.js';
export * from './options.js';
export * from './paste.js';
import type { ContractCalculatorReport, ContractCalculatorScenario, ContractReport, ContractScenario, Model } from './contracts.js';
import type { OptionPnlReport, OptionPnlScenario, OptionReport, OptionScenario } from './options.js';
import type { PasteEvaluation, PasteOptions } from './paste.js';

export type PathEventKind = 'alert' | 'alert-cleared' | 'orders-cancelled' | 'partial-liquidation' | 'full-liquidation';

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
  /** Net assets at the mark after the step, quote: the margin left in the position. */
  netAssetsAfter: number;
  marginRatioAfter: number;
}

/** The full result for one scenario; money amounts are unrounded. */
export interface Report {
  product: 'spot-margin';
  calculation: 'position';
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
   *  how many paths were first hit in each twentieth of the horizon; all over the paths run. */
  monteCarlo: MonteCarloResult | null;
  /** With `sweep`: one array per series. */
  sweep: { price: number[]; pnl: (number | null)[]; marginRatio: (number | null)[]; state: Report['state']['name'][] } | null;
  /** Order form: the same order in every mode and margin coin of its side (the seed's tables). */
  comparison: (PositionView & { mode: Mode; marginCoinKind: MarginCoinKind; liquidationPrice: PriceLevel })[];
  /** Allowed, but worth a look: leverage above the tier's maximum, fields given that change nothing, … */
  warnings: { field: string; message: string }[];
  /** With `explain: true`: one entry per reported number. */
  explanations?: Explanation[];
}

/** An order without a mark price ("calculation": "opening"). Nothing is judged at a mark, so
 *  `reachedAtMark` is null; without a rate there is no liquidation price (null). */
export interface OpeningReport {
  product: 'spot-margin';
  calculation: 'opening';
  pair: { base: string; quote: string };
  side: Side;
  marginCoin: MarginCoinKind;
  mode: Mode;
  position: PositionView;
  leverage: number;
  /** "none" without mmr or tiers. */
  tierSource: string;
  tier: TierRow | null;
  mmr: number | null;
  takerFee: number;
  liquidationPrice: (Omit<PriceLevel, 'reachedAtMark'> & { reachedAtMark: null }) | null;
  bankruptcyPrice: Omit<PriceLevel, 'reachedAtMark'> & { reachedAtMark: null };
  comparison: (PositionView & { mode: Mode; marginCoinKind: MarginCoinKind;
    liquidationPrice: (Omit<PriceLevel, 'reachedAtMark'> & { reachedAtMark: null }) | null })[];
  preTrade: Report['preTrade'];
  warnings: { field: string; message: string }[];
  /** With `explain: true`: one entry per reported number. */
  explanations?: Explanation[];
}

/**
 * One reported number explained, built by the core from the numbers it used. The same for spot
 * margin, contracts and options.
 *
 * @example
 * { quantity: 'risk.maintenanceMargin', label: 'maintenance margin', value: 128180, unit: 'USDT',
 *   formula: 'MM = L × P × mmr', substituted: '110.5 BTC × 29,000 USDT × 4%',
 *   substitutedParts: [110.5, ' BTC × ', 29000, ' USDT × ', 4, '%'],
 *   source: 'OKX: Isolated margin (older help), https://www.okx.com/help-center/6997123251341',
 *   note: 'L = principal + interest' }
 */
export interface Explanation {
  /** The report's JSON path of the value: "risk.marginRatio", "state.partialSteps[0].fee". */
  quantity: string;
  /** For a person: "maintenance margin", "partial step 1: fee", "OKX: liquidation price". */
  label: string;
  /** The value at `quantity`, exactly; null when it does not exist (a price no price reaches:
   *  `note` says why, and the formula gives no positive price). */
  value: number | null;
  /** A coin label, "%" (value is a fraction: 0.7416 = 74.16%), "x" (leverage), "contracts", or "". */
  unit: string;
  /** In symbols (A assets, L liability, M margin, P price, mmr, f taker fee, Q size, EP entry …),
   *  with the symbols that stand for expressions defined after it: "liq = A ÷ (L × k), k = (1 + mmr) × (1 + f)".
   *  An input reads "A, as entered". */
  formula: string;
  /** The formula's right side with your values and units, each number the double the core used:
   *  numbers with grouping commas, ×, ÷, +, −, parentheses, %, N( ), ln( ), exp( ), √( ), min( , ), max( , ). */
  substituted: string;
  /** `substituted` in parts: its text runs, and each of its numbers as a JSON number (never
   *  negative; a minus stays in the text), so a page can print them in its reader's locale.
   *  Joined with each number written out, it reads as `substituted`. */
  substitutedParts: (string | number)[];
  /** The published page (title and address) or book the formula comes from. */
  source: string;
  /** Contracts: the model (convention) it was computed under, where that matters. */
  convention?: Model;
  /** A choice made, an assumed input, a tier picked, or why a value does not exist. */
  note?: string;
}

/** The Monte Carlo part of a report. `tally` holds the raw counts of the paths run, for
 *  `mergeMonteCarlo`: `lossParts` are an exact sum's non-overlapping parts (their total is the loss). */
export interface MonteCarloResult {
  anyLiquidation: number; fullLiquidation: number; standardError: number; expectedLoss: number;
  firstLiquidation: number[];
  tally: { paths: number; firstPath: number; pathCount: number; any: number; full: number; lossParts: number[] };
}

/** A bad input: `field` is its JSON path ("order.leverage", "tiers.rows[2].mmr", "$" for the whole:
 *  not JSON, over 1 MiB, nested over 64 deep). An unknown key that is empty or holds a control
 *  character is named quoted with JSON escapes: '[""]', 'order["\u0000x"]'. Never empty. */
export interface ScenarioError {
  field: string;
  message: string;
}

export type Evaluation = { ok: true; report: Report } | { ok: false; error: ScenarioError };
export type OpeningEvaluation = { ok: true; report: OpeningReport } | { ok: false; error: ScenarioError };
export type ContractEvaluation = { ok: true; report: ContractReport } | { ok: false; error: ScenarioError };
export type ContractCalculatorEvaluation = { ok: true; report: ContractCalculatorReport } | { ok: false; error: ScenarioError };
export type OptionEvaluation = { ok: true; report: OptionReport } | { ok: false; error: ScenarioError };
export type OptionPnlEvaluation = { ok: true; report: OptionPnlReport } | { ok: false; error: ScenarioError };
/** What a scenario given as text may return: its `report.calculation` says which. */
export type AnyReport = Report | OpeningReport | ContractReport | ContractCalculatorReport | OptionReport | OptionPnlReport;

/**
 * One position at many prices, from {@link Isomargin.sweep}: one typed array per series, in the
 * order of `price`. NaN marks a value that does not exist: no PnL (old mode without the
 * margin) or no margin ratio (nothing owed). `state[i]` indexes {@link Isomargin.states}.
 */
export interface Sweep {
  price: Float64Array;
  pnl: Float64Array;
  marginRatio: Float64Array;
  state: Uint8Array;
}
export type SweepEvaluation = { ok: true; sweep: Sweep } | { ok: false; error: ScenarioError };

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
  /** The compiled WebAssembly module this instance was loaded with, to pass to a worker's `load({ module })`. */
  readonly module: WebAssembly.Module;
  /**
   * The explanations (`explain: true`) and {@link Isomargin.fromExchange} are here: loaded with
   * `full`, or {@link Isomargin.loadFull} has finished. Before that, both return an error saying so
   * (field "explain", or "$" for fromExchange); every other call works the same either way.
   */
  readonly full: boolean;
  /**
   * Fetches and instantiates the full module once (later calls return the same promise); resolves
   * to this instance, from then on `full`. Options as for {@link load} (`wasmBinary`, `module` of
   * the full module). Rejects if the module cannot be fetched; a later call tries again.
   */
  loadFull(options?: Omit<LoadOptions, 'full'>): Promise<Isomargin>;
  /**
   * Evaluates a scenario (object or JSON text). Never throws; a bad input returns its error.
   * Each calculation asks only for the inputs it uses (docs/scenario.md): without a mark price a
   * contract scenario runs its calculators alone and a spot order its opening; without margins an
   * option gives its PnL. `report.calculation` says which report came back.
   */
  evaluate(scenario: ContractScenario): ContractEvaluation;
  evaluate(scenario: ContractCalculatorScenario): ContractCalculatorEvaluation;
  evaluate(scenario: OptionScenario): OptionEvaluation;
  evaluate(scenario: OptionPnlScenario): OptionPnlEvaluation;
  evaluate(scenario: OpeningScenario): OpeningEvaluation;
  evaluate(scenario: Scenario | string): Evaluation;
  /**
   * Evaluates one spot-margin, perpetual, futures or option position at every price in one call (no
   * per-point call across to wasm): PnL (spot: the margin coin; contracts: the settlement
   * coin; options: the option's PnL at its own mark prices), the margin ratio the liquidation
   * workflow judges, and its state. The position does
   * not change between prices (a `path` does that). At most 100,000 prices, each > 0 and finite;
   * a bad one is named "prices[i]"; prices × the position's tier within the work budget of
   * 10,000,000 partial steps, else "prices" (docs/scenario.md). Never throws.
   */
  sweep(scenario: Scenario | ContractScenario | OptionScenario | string, prices: Float64Array | number[]): SweepEvaluation;
  /** The state names a sweep's `state` codes index: "normal", "alert", "partial-liquidation", "full-liquidation". */
  states(): Report['state']['name'][];
  /** The named tier tables shipped with the core. */
  presets(): TierPreset[];
  /** The contract tier tables (OKX tiers by contracts) and the conventions, for menus. */
  contractPresets(): { name: string; label: string; rows: TierRow[] }[];
  /** A run split into path ranges (`monteCarlo.firstPath`/`pathCount`), joined by the core: the
   *  parts' `report.monteCarlo` in any order, covering every path once; the result equals the
   *  unsplit run's exactly. Never throws; the error names a part as "[i]…". */
  mergeMonteCarlo(parts: MonteCarloResult[]): { ok: true; monteCarlo: MonteCarloResult } | { ok: false; error: ScenarioError };
  /**
   * Maps a position pasted from OKX (GET /api/v5/account/positions: MARGIN, SWAP, FUTURES),
   * Binance (GET /fapi/v2|v3/positionRisk) or Bybit (GET /v5/position/list) — JSON text or parsed,
   * a bare entry or the whole response — into a scenario, with the account of every field, the
   * exchange's own figures checked against the evaluation, and the report. Several positions: the
   * first open isolated one, or `options.index`. Never throws; an error names the field by its path
   * in the paste ("data[0].mgnMode") or "options.…". Needs the full module ({@link Isomargin.full}).
   */
  fromExchange(paste: string | object, options?: PasteOptions): PasteEvaluation;
  models(): { name: Model; label: string; linear: boolean; inverse: boolean; mmAtEntry: boolean; usesFee: boolean }[];
}

/**
 * Instantiates the module: in a browser or worker it fetches isomargin-core.wasm (with `full`,
 * isomargin-full.wasm) beside it; under node (the package's node export) it reads
 * isomargin-full.wasm unless `full: false`.
 */
export function load(options?: LoadOptions): Promise<Isomargin>;
