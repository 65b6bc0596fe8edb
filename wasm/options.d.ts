/**
 * Isolated options: the scenario ("product": "option") and its report (docs/scenario.md).
 * Re-exported by isomargin.d.ts; see there for the API.
 *
 * Honest limits: short-option maintenance margin formulas are not sourced, so MM is an input
 * (one amount, or MM per contract by size); the liquidation fee formula is low-confidence
 * (domain.md §3: a Q&A page, btcc.site). Option prices are in the underlying coin per unit.
 */
import type { Explanation, PathEventKind, Side } from './isomargin.js';
import type { ContractStep } from './contracts.js';

/** One row of the tier table: MM per contract (an input), or with `okx` the tier's margin factor. */
export interface OptionTierRow {
  /** 1, 2, 3 … in order. */
  tier: number;
  /** Upper bound in contracts, inclusive; rising from row to row. */
  maxSz: number;
  /** Maintenance margin per contract, margin coin; not falling from row to row. */
  mmPerContract?: number;
  /** With `okx`: the margin factor of OKX's short-option MMR; not falling from row to row. */
  marginFactor?: number;
}

/** An isolated options position. Exactly one of `maintenanceMargin` and `tiers` (with `okx`: `tiers`).
 *  Without `position.initialMargin` and either of them: {@link OptionPnlScenario}. */
export interface OptionScenario {
  product: 'option';
  pair?: string;
  side: Side;
  position: { contracts: number; averagePrice: number; multiplier?: number; ctVal?: number; initialMargin: number; marginAdjustment?: number };
  markPrice: number;
  takerFee?: number;
  /** One MM amount for the position (an input: short-option MM formulas are not sourced). */
  maintenanceMargin?: number;
  /** Or MM per contract by size; partial liquidation steps down one tier at a time. */
  tiers?: { rows: OptionTierRow[] };
  /** Shorts only: MM also carries the options' value at the mark (n·mark·mult·ctVal). */
  mmIncludesMark?: boolean;
  /**
   * Shorts only: OKX's short-option MMR per coin (OKX help "Option Margin"): call
   * c·MF + mark, put max(c, c·mark)·MF + mark, MF the tier's `marginFactor`; c 0.03 for BTC
   * (the default), 0.05 for ETH.
   */
  okx?: { optionType: 'call' | 'put'; c?: number };
  /** Default 3 (300%). */
  alertRatio?: number;
  /** The liquidation workflow along a path of option mark prices. */
  path?: { prices: number[] } | { from: number; to: number; steps: number };
  /** Add `explanations` to the report (see Explanation). */
  explain?: boolean;
}

/** An option's PnL needs no margin: no initial margin, no maintenance margin, tiers, okx or path. */
export interface OptionPnlScenario {
  product: 'option';
  pair?: string;
  side: Side;
  position: { contracts: number; averagePrice: number; multiplier?: number; ctVal?: number };
  markPrice: number;
}

/** What both option reports carry: the value and PnL at the mark. */
export interface OptionReportHead {
  product: 'option';
  pair: { base: string; quote: string };
  side: Side;
  contracts: number;
  markPrice: number;
  /** n·mark·mult·ctVal. */
  value: number;
  /** s·(mark − avg)·n·mult·ctVal. */
  pnl: number;
  /** s·(mark − avg)/avg. */
  pnlRatio: number;
  /** Allowed, but worth a look: fields given that change nothing (mmIncludesMark on a long, …). */
  warnings: { field: string; message: string }[];
  /** With `explain: true`: one entry per reported number. */
  explanations?: Explanation[];
}

/** The PnL calculation ("calculation": "pnl"): value, PnL and PnL ratio alone. */
export interface OptionPnlReport extends OptionReportHead {
  calculation: 'pnl';
}

/**
 * One partial liquidation of an options position: down ONE tier, to tier n−1's max size. The
 * fields are a contract step's; `fee` is the options liquidation fee on the closed contracts
 * (low confidence) and `realizedPnl`, the closed contracts' PnL at the mark, stays in the margin.
 */
export type OptionStep = ContractStep;

export type OptionStateName = 'normal' | 'alert' | 'partial-liquidation' | 'full-liquidation';

export interface OptionReport extends OptionReportHead {
  calculation: 'position';
  /** Initial margin + adjustments. */
  marginBalance: number;
  /** "input": one amount; "tiers": contracts × the tier's MM per contract; "okx": OKX's formula. */
  mmSource: 'input' | 'tiers' | 'okx';
  /** The tier of the position's contracts (null without a table). */
  tier: number | null;
  tiers: OptionTierRow[] | null;
  mmIncludesMark: boolean;
  maintenanceMargin: number;
  /** min(taker·mult·ctVal·n, 12.5%·mark·mult·ctVal·n): low confidence. */
  liquidationFee: number;
  /** Margin balance / (MM + liquidation fee); liquidation at ≤ 1; null when both are 0. */
  marginRatio: number | null;
  /** The liquidation workflow at the mark (partial steps need a tier table). */
  state: {
    name: OptionStateName;
    marginRatio: number | null;
    alertRatio: number;
    ordersCancelled: boolean;
    partialSteps: OptionStep[];
    finalMarginRatio: number | null;
    /** At or below 100% with one MM amount: no lower tier to step down to. */
    noTierToStepTo: boolean;
    contractsAfter: number;
    marginAfter: number;
  };
  /** With `path`; a full liquidation ends it (the margin is lost). */
  timeline: {
    points: { price: number; marginRatio: number | null; state: OptionStateName }[];
    events: { index: number; price: number; kind: PathEventKind; marginRatio: number | null; step: OptionStep | null }[];
    fullyLiquidated: boolean;
    contractsAfter: number;
    marginAfter: number;
  } | null;
  note: string;
}
