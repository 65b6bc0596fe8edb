/**
 * <isomargin-calculator> — the isolated-margin calculator as a custom element (an ES module).
 *
 * @example
 * <script type="module" src="https://calc.example/isomargin-calculator.js"></script>
 * <isomargin-calculator product="contract" tab="liquidation" values='{"cMarkPrice":"95000"}'></isomargin-calculator>
 *
 * Everything is drawn in a shadow root: the page's CSS does not reach in (theme it with the
 * --isomargin-* custom properties, docs/embedding.md) and the element's does not leak out. The
 * WebAssembly core is loaded relative to the module's URL, once for all elements of a page.
 */
import type {
  ContractReport, ContractScenario, OptionReport, OptionScenario, Report, Scenario, ScenarioError,
} from 'isomargin';

/** The products, as the page's URL state and the `product` attribute name them. */
export type ProductName = 'spot' | 'contract' | 'option';
export type AnyScenario = Scenario | ContractScenario | OptionScenario;
export type AnyReport = Report | ContractReport | OptionReport;

/** `isomargin-result`'s detail, and the embed's `isomargin:result` message with a report. */
export interface ResultMessage {
  type: 'isomargin:result';
  product: ProductName;
  scenario: AnyScenario;
  report: AnyReport;
}

/** `isomargin-error`'s detail, and the embed's `isomargin:result` message without a report. */
export interface ErrorMessage {
  type: 'isomargin:result';
  product: ProductName;
  /** What the inputs read so far (an input in error is left out). */
  scenario: AnyScenario;
  /**
   * `field`: the scenario's JSON path when the core refused a value ("order.leverage"), or the
   * input's key when its text is not a number ("markPrice"). `input`: the input it is shown at.
   */
  error: ScenarioError & { input?: string };
}

export declare class IsomarginCalculatorElement extends HTMLElement {
  /** Attribute `product`: spot (default), contract or option. */
  product: string;
  /** Attribute `tab`: the perpetual & futures calculator tab (pnl, target, liquidation, maxopen, entry, order). */
  tab: string | null;
  /** Attribute `model`: the perpetual & futures exchange convention (okx, binance, bybit, …). */
  model: string | null;
  /** Attribute `theme`: light, dark or auto (default: as the system says). */
  theme: 'light' | 'dark' | 'auto';
  /** Attribute `locale`: a BCP 47 language tag; numbers are read and shown in it (default: the browser's language), and it is the calculator's lang. */
  locale: string | null;
  /** Attribute `fields`: the inputs shown, comma-separated keys; the others keep their values, hidden. */
  fields: string | null;
  /**
   * The scenario the inputs give (null before the first evaluation). Setting it fills the inputs
   * and shows its product; parts the inputs cannot hold are named in a console warning.
   */
  scenario: AnyScenario | null;
  /** The last report, or null while an input is in error. */
  readonly report: AnyReport | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'isomargin-calculator': IsomarginCalculatorElement;
  }
  interface HTMLElementEventMap {
    /** After each evaluation with a report. */
    'isomargin-result': CustomEvent<ResultMessage>;
    /** After each evaluation that ended in an error (an input the page or the core refused). */
    'isomargin-error': CustomEvent<ErrorMessage>;
  }
}
