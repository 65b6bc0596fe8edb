// The calculator every entry mounts (the full page, the embed, the custom element): the shell,
// the products shown on first use, and one update per input — the product's inputs read into a
// scenario, the core asked, the report rendered, its chart swept, and the core's errors and
// warnings shown at the inputs that hold their values. No entry special-cases a product.

import type { Isomargin, ScenarioError } from 'isomargin';
import { el, setHidden, type Ui } from '../shared/dom';
import { addMessageSlots, showFieldMessages, visibleInputFor } from '../shared/fields';
import { guarded, placeWarnings, showErrorSummary, showGeneral, type Note } from '../shared/messages';
import { linkFor, restore, snapshot, toQuery, type Sections, type Values } from '../shared/state';
import { emptyNotes } from '../shared/numbers';
import { addNumberKeys, localValues, neutralValues, noNumberKeys, relocalize } from '../shared/neutral';
import { initTabs, selectTab } from '../shared/tabs';
import { chartIds, createChart, type Chart } from '../shared/chart/chart';
import type { MountedProduct, ProductEntry, ProductName } from '../shared/product';
import { buildShell } from './shell';
import { fixFields } from './fixed';
import { createExplainer } from '../shared/explain/explainer';
import { addInputHelp, glossary } from '../shared/explain/glossary';
import { exampleById } from './examples';
import { wireTools } from './tools';
import { buildPrintReport } from './print';

/** What one update ended with: the same objects the embed posts and the element dispatches. */
export interface Outcome {
  product: ProductName;
  values: Values;
  scenario: unknown;
  report: unknown | null;
  /** `field` is the scenario's JSON path when the core found it, or the input's key when the page could not read its text. */
  error: (ScenarioError & { input?: string }) | null;
  /** '' with a report; else what a summary bar says instead. */
  problem: string;
  /** The values that differ from the defaults, as a query string of plain numbers: the link to this result. */
  query: string;
  mounted: MountedProduct;
  /** A committed change (a blur, a choice, a tab, a reset, an import) rather than a keystroke: the page pushes a history entry. */
  commit: boolean;
}

export interface CalculatorOptions {
  ui: Ui;
  /** Where the calculator is built. */
  container: HTMLElement;
  products: ProductEntry[];
  /** The product shown first, and the first values (a URL query, attributes): keys of any product. */
  product: ProductName;
  values: Values;
  /** The full page: the product switch, and values for products not shown yet kept (in the URL) until they are. */
  switcher?: boolean;
  landmark?: 'main' | 'div';
  resultsFirst?: boolean;
  /** The worked examples menu (default on). */
  examples?: boolean;
  /** A worked example's id (examples.ts) opened first; `values` then apply on top of it. */
  example?: string | null;
  /** Where each product's conventions line goes (the page's header), or after the results. */
  conventions?: HTMLElement;
  /** The inputs shown (keys); the others stay at their values, hidden. null: all. */
  fields?: string[] | null;
  /** Gets data-updates (the tests' hook, DEVELOPERS.md): the count of finished updates. */
  hooks: HTMLElement;
  onUpdate?(o: Outcome): void;
  /** A product was shown for the first time (the page watches its summary card). */
  onMount?(name: ProductName, results: HTMLElement): void;
  /** The link "Copy link" and "Share" give for a result (default: the full page with its query). */
  link?(o: Outcome): string;
  /** The number format menu chose a locale (the page remembers it). */
  onLocale?(locale: string): void;
}

export interface Calculator {
  /** Sets inputs (and `product`); returns the keys that are no input of the product shown. */
  set(values: Record<string, unknown>): string[];
  /** The state now, and the defaults it is told apart from (for a link). */
  state(): { values: Values; defaults: Values };
  /** The keys the product shown takes. */
  keys(): string[];
  /** The key's value is a number (or a list of them), read in the user's locale. */
  isNumber(key: string): boolean;
  last(): Outcome | null;
  /** Shows the scenario's product with the scenario in its inputs (the rest at the defaults); returns what the inputs cannot hold. */
  fill(scenario: unknown): string[];
  /** Only these inputs shown (null: all), now and in products shown later. */
  fix(fields: string[] | null): void;
  /** Opens a worked example (examples.ts): its product, every input reset, then the example's; false if there is none by that id. */
  example(id: string): boolean;
  /** Reads and shows numbers in `locale` from now on; the inputs' numbers are rewritten in its format. */
  setLocale(locale: string): void;
  /** The inputs as a link's values say, the defaults where they say nothing (Back and Forward). */
  restoreLink(values: Values): void;
}

/** After the frame that shows the first result (or a moment, where a hidden page draws no frames). */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 250);
  });
}

type Result = Omit<Outcome, 'problem' | 'query' | 'mounted' | 'commit'>;

/** A product shown at least once: its parts, its chart and its boxes in the shell. */
interface Live { mounted: MountedProduct; chart: Chart; inputs: HTMLElement; results: HTMLElement }

export function mountCalculator(o: CalculatorOptions, core: Promise<Isomargin>): Promise<Calculator> {
  const { ui } = o;
  const shell = buildShell({ products: o.products, switcher: o.switcher ?? false, landmark: o.landmark ?? 'div', resultsFirst: o.resultsFirst ?? false, examples: o.examples ?? true, locale: ui.locale });
  o.container.append(shell.layout);
  const conventions = new Map(o.products.map((p) => [p.name, el('p', { class: 'conventions', id: `${p.name}Conventions`, hidden: '' }, ...p.conventions())]));
  const slot = o.conventions ?? shell.layout;
  slot.append(...conventions.values());

  // The product shown first: a worked example's, else the one asked for, else the switch's first.
  // Its module is fetched beside the core; the rest after the first result. The calculator is
  // handed out once all are here, so that its calls (fill, set, example) find any product's module.
  const named = (name: ProductName | undefined): ProductEntry | undefined => o.products.find((p) => p.name === name);
  const first = named(o.example ? exampleById(o.example)?.product : undefined) ?? named(o.product) ?? o.products[0];
  const failed = (what: string) => (e: unknown): never => {
    ui.$('loading').hidden = true;
    showGeneral(ui, `Could not load ${what}: ${e instanceof Error ? e.message : String(e)}`);
    shell.results.classList.add('has-error');
    throw e;
  };
  return Promise.all([core.catch(failed('the WebAssembly core')), first.load().catch(failed(`the ${first.label} calculator`))]).then(([im]) => {
    const calc = start(im, first.name);
    return afterFirstFrame().then(() => Promise.all(o.products.map((p) => p.load()))).then(() => calc);
  });

  function start(im: Isomargin, shownFirst: ProductName): Calculator {
    const live = new Map<ProductName, Live>();
    // Values for products not shown yet pass through until they are.
    let pending: Values = { ...o.values };
    const defaults: Values = { product: o.products[0]?.name ?? 'spot' };
    let current: ProductName = shownFirst;
    let previous: Values = {};
    let last: Outcome | null = null;
    let updates = 0;
    let fields = o.fields ?? null;
    // Explanations are asked of the core only while a "why?" is open (they cost time and wasm).
    const explainer = createExplainer(ui, shell.layout, ui.$('explainAll') as HTMLInputElement, () => update());
    // They are in the core's full module, fetched on the first "why?" (the first load is lighter
    // without it): until it is here the panels say so, and it evaluates again once it is.
    const explaining = (): boolean => {
      if (!explainer.wanted() || im.full) return explainer.wanted();
      if (explainer.loading() === null) {
        explainer.setLoading('Loading the explanations…');
        im.loadFull().then(() => explainer.setLoading(null), (e: unknown) => {
          explainer.setLoading(`The explanations could not be loaded: ${e instanceof Error ? e.message : String(e)}. Open “why?” again to retry.`, true);
        }).finally(() => update(false));
      }
      return false;
    };
    const numberKeys = noNumberKeys();
    const neutral = (v: Values): Values => neutralValues(v, numberKeys, ui.numbers);

    const sections = (): Sections => Object.assign({}, ...[...live.values()].map((l) => l.mounted.sections));
    const values = (): Values => {
      const v: Values = { ...pending, ...snapshot(shell.form, sections()) };
      v.product = current;
      return v;
    };

    const mount = (name: ProductName): Live => {
      const known = live.get(name);
      if (known) return known;
      const product = o.products.find((p) => p.name === name)?.loaded();
      const boxes = shell.boxes.get(name);
      if (!product || !boxes) throw new Error(`no product ${name} loaded`);
      const mounted = product.mount({ ui, im, inputs: boxes.inputs, results: boxes.results, changed: () => update() });
      addMessageSlots(boxes.inputs);
      addInputHelp(boxes.inputs);
      boxes.inputs.append(glossary(`${name}Glossary`));
      for (const id of Object.values(mounted.sections)) ui.$(id).addEventListener('toggle', () => update());
      // The markup's defaults are plain numbers: shown in the user's locale.
      relocalize(boxes.inputs, null, ui.numbers);
      addNumberKeys(boxes.inputs, numberKeys);
      const own = snapshot(boxes.inputs, mounted.sections);
      Object.assign(defaults, own);
      restore(boxes.inputs, localValues(pending, numberKeys, ui.numbers), mounted.sections);
      for (const k of Object.keys(own)) delete pending[k];
      // Compared with the defaults, so that a link's choices get their conveniences (?cTab=entry its fills).
      Object.assign(previous, own);
      if (fields) fixFields(boxes.inputs, fields);
      // Dragging the chart's mark line types into the mark price, as the user would.
      const chart = createChart(ui, im, chartIds(mounted.chart.prefix, mounted.chart.mark), (price) => {
        const mark = ui.$(mounted.chart.mark) as HTMLInputElement;
        if (price !== null) mark.value = ui.numbers.write(mark.id, price);
        mark.dispatchEvent(new Event('input', { bubbles: true }));
      });
      const l: Live = { mounted, chart, inputs: boxes.inputs, results: boxes.results };
      live.set(name, l);
      o.onMount?.(name, boxes.results);
      return l;
    };

    /** Shows one product's inputs, results and conventions. */
    const select = (name: ProductName): void => {
      current = name;
      mount(name);
      if (shell.switch) selectTab(shell.switch, name);
      for (const [n, l] of live) {
        setHidden(l.inputs, n !== name);
        setHidden(l.results, n !== name);
      }
      for (const [n, c] of conventions) setHidden(c, n !== name);
    };

    /** `commit`: false for a keystroke (the page replaces its history entry instead of pushing one). */
    let commit = true;
    const update = (committed = true): void => {
      commit = committed;
      const l = mount(current);
      const p = l.mounted;
      p.prefill(values(), previous);
      const v = values();
      previous = v;
      p.sync(v);
      const notes = emptyNotes();
      const { scenario, errors } = p.read(v, ui.numbers, notes);
      let outcome: Result = { product: current, values: v, scenario, report: null, error: null };
      let general = '';
      if (errors.size === 0) {
        const r = guarded(() => p.evaluate(explaining() ? { ...(scenario as object), explain: true } : scenario));
        if (r.ok) {
          const warnings = (r.report as { warnings?: Note[] }).warnings ?? [];
          const { atInputs, other } = placeWarnings(ui, warnings, p.paths, p.standIns);
          p.extra?.sync(v, scenario);
          showFieldMessages(ui, shell.form, p.extra?.withErrors(errors) ?? errors, atInputs, notes);
          showGeneral(ui, '');
          setHidden(ui.$('errorSummary'), true);
          shell.results.classList.remove('has-error');
          p.render(r.report, v, other);
          // The calculator tabs' answers sit among the inputs.
          for (const box of [l.inputs, l.results]) explainer.show(box, r.report);
          // A reduced report (no mark price, no margins) has no position to chart.
          if ((r.report as { calculation?: string }).calculation === 'position') l.chart.update(p.chartInput(scenario, r.report, ui.fmt));
          else l.chart.clear();
          finish({ ...outcome, report: r.report }, '', p);
          return;
        }
        const input = visibleInputFor(ui, r.error.field, p.paths, p.standIns);
        const message = p.namesRow(r.error.field) ? `${r.error.field}: ${r.error.message}` : r.error.message;
        if (input) errors.set(input.id, message);
        else general = r.error.field === '$' ? r.error.message : `${r.error.field}: ${r.error.message}`;
        outcome = { ...outcome, error: input ? { ...r.error, input: input.id } : r.error };
      } else {
        const [id, message] = [...errors][0];
        outcome = { ...outcome, error: { field: id, message, input: id } };
      }
      p.extra?.sync(v, null);
      showFieldMessages(ui, shell.form, p.extra?.withErrors(errors) ?? errors, new Map(), notes);
      showGeneral(ui, general);
      showErrorSummary(ui, errors);
      shell.results.classList.add('has-error');
      p.clear();
      for (const box of [l.inputs, l.results]) explainer.show(box, null);
      l.chart.clear();
      finish(outcome, errors.size ? 'fix the marked input' : 'no result', p);
    };

    const finish = (outcome: Result, problem: string, mounted: MountedProduct): void => {
      last = { ...outcome, problem, query: toQuery(neutral(outcome.values), neutral(defaults)), mounted, commit };
      o.onUpdate?.(last);
      // Test hook (DEVELOPERS.md): a test waits for the update an asynchronous event causes, not for a time.
      // One whose explanations are still loading is not finished: the update after they arrive is.
      if (!explainer.pending()) o.hooks.dataset.updates = String(++updates);
    };

    const set = (given: Record<string, unknown>): string[] => {
      const v: Values = {};
      for (const [k, x] of Object.entries(given)) {
        v[k] = typeof x === 'boolean' ? (x ? '1' : '') : x === null || x === undefined ? '' : String(x);
      }
      const unknown: string[] = [];
      if (Object.hasOwn(v, 'product')) {
        if (o.products.some((p) => p.name === v.product)) select(v.product as ProductName);
        else unknown.push('product');
        delete v.product;
      }
      const known = new Set(keysOf(current));
      unknown.push(...Object.keys(v).filter((k) => !known.has(k)));
      restore(mount(current).inputs, localValues(v, numberKeys, ui.numbers), mount(current).mounted.sections);
      update();
      return unknown;
    };
    const keysOf = (name: ProductName): string[] => {
      const l = mount(name);
      return Object.keys(snapshot(l.inputs, l.mounted.sections));
    };

    // Typing replaces the page's history entry; a choice (a menu, a box) or leaving the field commits.
    shell.form.addEventListener('input', (e) => {
      update(e.target instanceof HTMLSelectElement || (e.target instanceof HTMLInputElement && e.target.type === 'checkbox'));
    });
    shell.form.addEventListener('change', () => update());
    shell.form.addEventListener('submit', (e) => e.preventDefault());
    // A text that could be read two ways: the user's choice of reading (fields.ts shows the buttons).
    shell.form.addEventListener('click', (e) => {
      const b = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-choose]') : null;
      const input = b ? ui.root.getElementById(b.dataset.for ?? '') as HTMLInputElement | null : null;
      if (!b || !input) return;
      const value = Number(b.dataset.value);
      if (b.dataset.choose === 'decimal') ui.numbers.settle(input.id, input.value, value);
      else input.value = ui.numbers.write(input.id, value);
      input.focus();
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    /** `then` now if the product's module is here, else once it is (a click before it has loaded). */
    const withProduct = (name: ProductName, then: () => void): void => {
      const p = o.products.find((x) => x.name === name);
      if (!p || p.loaded()) then();
      else p.load().then(then, (e: unknown) => showGeneral(ui, `Could not load the ${p.label} calculator: ${e instanceof Error ? e.message : String(e)}`));
    };
    if (shell.switch) {
      initTabs(shell.switch, () => {
        const name = shell.switch?.querySelector<HTMLElement>('[aria-selected="true"]')?.dataset.tab as ProductName;
        withProduct(name, () => {
          select(name);
          update();
        });
      });
    }
    ui.$('reset').addEventListener('click', () => {
      pending = {};
      for (const l of live.values()) restore(l.inputs, defaults, l.mounted.sections);
      update();  // the reset stays on the product in view
    });
    /** A worked example into its product's inputs: all reset to the defaults, then the example's, then `over`. */
    const openExample = (id: string, over: Values = {}): boolean => {
      const ex = exampleById(id);
      if (!ex || !o.products.some((p) => p.name === ex.product)) return false;
      select(ex.product);
      const l = mount(ex.product);
      const given = ex.scenario === null ? {} : l.mounted.fill(ex.scenario).values;
      // Examples and links hold plain numbers; the inputs show them in the user's locale.
      restore(l.inputs, { ...defaults, ...localValues({ ...given, ...ex.values }, numberKeys, ui.numbers) }, l.mounted.sections);
      // Apart: a value the inputs refuse leaves the example's in place.
      restore(l.inputs, localValues(over, numberKeys, ui.numbers), l.mounted.sections);
      previous = { ...previous, ...snapshot(l.inputs, l.mounted.sections) };
      return true;
    };
    for (const b of shell.results.querySelectorAll<HTMLElement>('[data-example]')) {
      b.addEventListener('click', () => withProduct(exampleById(b.dataset.example ?? '')?.product ?? current, () => {
        if (!openExample(b.dataset.example ?? '')) return;
        (b.closest('details') as HTMLDetailsElement | null)?.removeAttribute('open');
        update();
      }));
    }

    select(current);
    if (o.example) openExample(o.example, o.values);
    // One product at a time (the embed, the element): values no input of it takes are dropped (and warned about).
    if (!o.switcher) pending = {};
    ui.$('loading').hidden = true;
    update();

    const calc: Calculator = {
      set,
      state: () => ({ values: neutral(values()), defaults: neutral(defaults) }),
      keys: () => keysOf(current),
      isNumber: (key) => numberKeys.inputs.has(key) || numberKeys.lists.has(key),
      last: () => last,
      fill(scenario) {
        const product = o.products.find((p) => p.owns(scenario));
        if (!product) return ['product'];
        select(product.name);
        const l = mount(product.name);
        // The scenario alone: what it does not say is at the defaults, not left from before.
        restore(l.inputs, defaults, l.mounted.sections);
        const { values: v, ignored } = l.mounted.fill(scenario);
        set(v);
        return ignored;
      },
      example(id) {
        if (!openExample(id)) return false;
        update();
        return true;
      },
      fix(list) {
        fields = list;
        for (const l of live.values()) {
          for (const e of l.inputs.querySelectorAll<HTMLElement>('[data-fixed]')) delete e.dataset.fixed;
          if (fields) fixFields(l.inputs, fields);
        }
        update();
      },
      restoreLink(given) {
        const local = localValues(given, numberKeys, ui.numbers);
        pending = { ...given };
        for (const l of live.values()) {
          restore(l.inputs, defaults, l.mounted.sections);
          restore(l.inputs, local, l.mounted.sections);
          for (const k of Object.keys(snapshot(l.inputs, l.mounted.sections))) delete pending[k];
        }
        delete pending.product;
        select(o.products.some((p) => p.name === given.product) ? given.product as ProductName : o.products[0].name);
        update();
      },
      setLocale(locale) {
        if (locale === ui.locale) return;
        const from = ui.numbers;
        const plain = neutralValues(defaults, numberKeys, from);
        ui.setLocale(locale);
        for (const l of live.values()) relocalize(l.inputs, from, ui.numbers);
        Object.assign(defaults, localValues(plain, numberKeys, ui.numbers));
        (ui.$('locale') as HTMLSelectElement).value = locale;
        update();
      },
    };
    const link = (): string => (last ? o.link?.(last) ?? new URL(linkFor('index.html', last.query), location.href).href : location.href);
    // Printing: the report's head and the inputs as a table, from the page as it is now.
    window.addEventListener('beforeprint', () => {
      const l = live.get(current);
      const label = o.products.find((p) => p.name === current)?.label ?? current;
      if (l) buildPrintReport(ui, ui.$('printReport'), l.inputs, link(), label);
    });
    wireTools(ui, im, o.container, {
      link,
      scenario: () => (last?.report ? last.scenario : null),
      fill: (scenario) => calc.fill(scenario),
      setLocale: (locale) => {
        calc.setLocale(locale);
        o.onLocale?.(locale);
      },
    });
    return calc;
  }
}
