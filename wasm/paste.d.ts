/**
 * isomargin — a position pasted from an exchange's API: what {@link Isomargin.fromExchange}
 * takes and returns. Re-exported by isomargin.d.ts. Mapping per exchange and product:
 * docs/scenario.md, "Pasting a position from an exchange".
 */
import type { AnyReport, Scenario, ScenarioError } from './isomargin.js';
import type { ContractScenario } from './contracts.js';

/** What the entry cannot carry; each overrides an assumption the account names. */
export interface PasteOptions {
  /** Which position of a response (0-based); default: the first open isolated one. */
  index?: number;
  /** Your taker fee rate (0.0005 = 0.05%); default: OKX's Lv1 rate, none for Binance and Bybit. */
  takerFee?: number;
  /** A fixed maintenance margin rate, in place of the one read from the entry's MM amount. */
  mmr?: number;
  /**
   * A tier table: the scenario's `tiers` ({preset}, {rows}, {brackets}), or as the exchange's API
   * sends it — OKX GET /api/v5/public/position-tiers (the response or its data rows), Binance
   * GET /fapi/v1/leverageBracket (one symbol's object or brackets), Bybit GET /v5/market/risk-limit
   * (the response or its list; rates in percent or fractions, told apart by initialMargin × maxLeverage).
   */
  tiers?: object | object[];
  /** OKX swaps and futures: the contract's face value (GET /api/v5/public/instruments `ctVal`);
   *  default: read back from notionalUsd. */
  ctVal?: number;
  /** OKX `ctMult`; default 1. */
  multiplier?: number;
  /** Binance V3 (no leverage in the entry); default: |notional| ÷ positionInitialMargin. */
  leverage?: number;
  /** OKX MARGIN: `liab` already counts `interest` (default true, as OKX's current text says: owed = |liab|);
   *  false: owed = |liab| + interest (the older reading, domain.md §1.8). */
  liabIncludesInterest?: boolean;
  /** OKX MARGIN: `pos` counts the margin (default: true when the margin is in posCcy). */
  posIncludesMargin?: boolean;
  /** The report's explanations of every number (the scenario made gets "explain": true). */
  explain?: boolean;
}

/** One line of the account: every field of the entry, then what the entry lacks. */
export interface MappingRow {
  /** The field's path in the paste ("data[0].avgPx"), "options.…" for an option; null when assumed. */
  field: string | null;
  /** As pasted (a string, as the APIs send numbers). */
  pasted: unknown;
  /** taken: into `to` as `value`; assumed: not in the entry (`note` says where it came from);
   *  ignored: `note` says why; checked: compared with the report's `against` (see `checks`). */
  status: 'taken' | 'assumed' | 'ignored' | 'checked';
  /** The scenario path it went to (null: read, e.g. the margin mode, but not a scenario field). */
  to: string | null;
  value: unknown;
  against: string | null;
  note: string | null;
  /** The option that overrides it. */
  option: keyof PasteOptions | null;
}

/** An exchange figure beside the evaluation's. */
export interface PasteCheck {
  field: string;
  pasted: unknown;
  /** The report path compared ("result.liquidationPrice"), or "a + b" / "a * b" / "a / b". */
  against: string;
  /** null: the exchange says there is no such price (Binance "0", Bybit ""). */
  exchange: number | null;
  isomargin: number | null;
  /** isomargin − exchange, and that ÷ exchange. */
  difference: number | null;
  relative: number | null;
  /** Half a unit of the last digit the exchange printed ("57870.3": 0.05). */
  tolerance: number | null;
  /** Equal within `tolerance`, or both saying there is no price. */
  agrees: boolean;
  /** A price level's status in the report: "price", "none" or "every-price". */
  status?: 'price' | 'none' | 'every-price';
  note: string;
}

/** One entry of the paste, for a list to pick from. */
export interface PastePosition {
  index: number;
  path: string;
  instrument: string;
  side: string;
  size: string;
  marginMode: string;
  usable: boolean;
  /** Why it cannot be taken (cross margin, no position, an option). */
  reason: string | null;
}

export interface PasteResult {
  ok: true;
  exchange: 'okx' | 'binance' | 'bybit';
  endpoint: string;
  product: 'spot-margin' | 'perpetual' | 'futures';
  /** The path of the entry taken ("data[1]"; "$" for a bare entry). */
  entry: string;
  index: number;
  positions: PastePosition[];
  /** A documented scenario: evaluate() it again after an edit. */
  scenario: Scenario | ContractScenario;
  mapping: MappingRow[];
  checks: PasteCheck[];
  warnings: ScenarioError[];
  report: AnyReport;
}

export type PasteEvaluation = PasteResult | { ok: false; error: ScenarioError };
