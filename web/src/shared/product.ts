// The shape every product module has (spot margin, perpetuals & futures, options), so that the
// calculator — and through it the full page, the embed and the custom element — wires any of
// them the same way: its markup, reading its inputs into a scenario, rendering a report, its
// chart input. A product builds its markup only when it is first shown.

import type { Isomargin, ScenarioError } from 'isomargin';
import type { Ui } from './dom';
import type { PathTable } from './fields';
import type { ChartInput } from './chart/chart';
import type { Formats } from './format';
import type { MiniSource } from './mini';
import type { Note } from './messages';
import type { Sections, Values } from './state';
import type { LocaleNumbers } from './locale';
import type { ReadNotes } from './numbers';

export type ProductName = 'spot' | 'contract' | 'option';

/** The inputs read: the scenario for the core, and the errors found before asking it (input id → message). */
export interface Read<S> { scenario: S; errors: Map<string, string> }

export type Evaluated<R> = { ok: true; report: R } | { ok: false; error: ScenarioError };

/** What the calculator hands a product the first time it is shown. */
export interface ProductContext {
  ui: Ui;
  im: Isomargin;
  /** The product's tab panel in the form and its part of the results column, both empty. */
  inputs: HTMLElement;
  results: HTMLElement;
  /** Evaluate again: something of the product's own changed outside an input event (a tab, a worker's reply). */
  changed(): void;
}

/** What the calculator knows of a product before its module is loaded (each product's about.ts). */
export interface ProductAbout {
  readonly name: ProductName;
  /** The product switch's tab. */
  readonly label: string;
  /** The conventions line: which exchange rules the numbers follow. */
  conventions(): (Node | string)[];
  /** The scenario is one of this product's (by its `product` field). */
  owns(scenario: unknown): boolean;
}

/** A product module. `mount` builds the markup into the context's boxes and returns the product's parts. */
export interface Product extends ProductAbout {
  mount(ctx: ProductContext): MountedProduct;
}

/** A product as the calculator lists it: its about at once, its module when first wanted. */
export interface ProductEntry extends ProductAbout {
  /** The module, fetched once (a later call after a failure tries again). */
  load(): Promise<Product>;
  /** The module if it is here, else null. */
  loaded(): Product | null;
}

/** `load` gives the module: a dynamic import, or the one already in the first load. */
export function productEntry(about: ProductAbout, load: () => Promise<Product>): ProductEntry {
  let module: Product | null = null;
  let loading: Promise<Product> | null = null;
  return {
    name: about.name,
    label: about.label,
    conventions: () => about.conventions(),
    owns: (s) => about.owns(s),
    loaded: () => module,
    load() {
      if (module) return Promise.resolve(module);
      loading ??= load().then((m) => (module = m), (e: unknown) => {
        loading = null;
        throw e;
      });
      return loading;
    },
  };
}

/** A product on screen. Method syntax on purpose: the calculator holds any product's as one type. */
export interface MountedProduct<S = unknown, R = unknown> {
  /** <details> sections whose open state is part of the state: key → element id. */
  readonly sections: Sections;
  /** The core's JSON paths → the input holding each value, and stand-ins for hidden inputs. */
  readonly paths: PathTable;
  readonly standIns: Record<string, string>;
  /** The chart's ids (its prefix) and the mark input that dragging its mark line types into. */
  readonly chart: { prefix: string; mark: string };
  /** The outputs a summary bar copies. */
  readonly mini: MiniSource;
  /** Paths inside a pasted table or list: their message names the row ("tiers.rows[2].mmr: …"). */
  namesRow(path: string): boolean;
  /** Conveniences when a choice changes (a prefilled table, a supported model); may set inputs. */
  prefill(v: Values, previous: Values): void;
  /** Which inputs are on screen for the choices, and the coins in the labels. */
  sync(v: Values): void;
  /** The inputs read in the user's locale; `notes` gathers the values to show back and the texts to ask about. */
  read(v: Values, nums: LocaleNumbers, notes: ReadNotes): Read<S>;
  evaluate(scenario: S): Evaluated<R>;
  /** Shows a report; `notes` are the warnings that belong to no visible input. */
  render(report: R, v: Values, notes: Note[]): void;
  /** No report (a bad input): every output back to a dash. */
  clear(): void;
  chartInput(scenario: S, report: R, fmt: Formats): ChartInput;
  /** A scenario as input values (the element's `scenario` setter); what the inputs cannot hold is named. */
  fill(scenario: S): { values: Values; ignored: string[] };
  /** A part with a life of its own (the Monte Carlo): told each outcome, adds the field errors of its runs. */
  readonly extra?: {
    sync(v: Values, scenario: S | null): void;
    withErrors(errors: Map<string, string>): Map<string, string>;
  };
}

/** A scenario's `product` field, whatever the value is. */
export function productOf(scenario: unknown): unknown {
  return scenario && typeof scenario === 'object' ? (scenario as { product?: unknown }).product : undefined;
}
