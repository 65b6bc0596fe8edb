// One block of the live guide: a few inputs, the scenarios they make, and what the core's reports
// show. mountBlock builds it into a box (the guide page, the embed's ?block=, the element's `block`
// attribute), evaluates it with explanations on every input, and counts its updates in
// data-updates (the tests' hook). Nothing here computes a number: the core's reports are shown.

import type { Isomargin } from 'isomargin';
import { el, type Ui } from '../shared/dom';
import { grid, num, numberList, field, label, unit as unitMark } from '../shared/markup';
import { askedMessage, fromPercent, parsePrices } from '../shared/numbers';
import { LocaleNumbers } from '../shared/locale';
import type { Formats } from '../shared/format';
import { createExplainer } from '../shared/explain/explainer';
import { why as whyParts } from '../shared/explain/why';

export interface BlockInput {
  key: string;
  label: string;
  /** A plain number (or a list of them), shown in the user's locale. */
  value: string;
  /** A coin or a unit after the label: "USDT", "%", "×". */
  unit?: string;
  /** Read as a percent (0.01 → 0.0001). */
  percent?: boolean;
  /** A list of prices (a textarea). */
  prices?: boolean;
}

export type BlockValues = Record<string, number | number[]>;

export interface GuideBlock {
  id: string;
  title: string;
  /** The text before the inputs, in our own words. */
  intro: (string | HTMLElement)[];
  inputs: BlockInput[];
  /** The scenarios the values make (each evaluated with explanations). */
  scenarios(v: BlockValues): unknown[];
  /** Fills `out` from the reports (in the order of the scenarios). Report i's numbers sit inside an
   *  element with data-report-scope="i" (scope(i) makes one), their "why?" made by `why`. */
  render(out: HTMLElement, reports: unknown[], why: Why, F: Formats): void;
}

/** A "why?" button and its panel for a report's paths; `key` unique in the block. */
export type Why = (key: string, paths: string[], name: string) => HTMLElement[];

export interface MountedBlock { box: HTMLElement; update(): void }

export function mountBlock(ui: Ui, im: Isomargin, container: HTMLElement, b: GuideBlock): MountedBlock {
  const id = (key: string): string => `g-${b.id}-${key}`;
  // The values are plain numbers: typed and shown in the user's locale.
  const local = (text: string): string => LocaleNumbers.mapList(text, (t) => ui.numbers.fromNeutral(t));
  const controls = b.inputs.map((i) => i.prices
    ? field(label(id(i.key), i.label, i.unit ? unitMark(i.unit) : null), numberList(id(i.key), 2, local(i.value)), { wide: true })
    : num(id(i.key), i.label, local(i.value), i.unit ? [unitMark(i.unit)] : []));
  const error = el('p', { class: 'banner error', role: 'alert', hidden: '' });
  const out = el('div', { class: 'guide-out' });
  const form = el('form', { class: 'guide-inputs', 'aria-label': `${b.title}: inputs`, autocomplete: 'off', novalidate: '' }, grid({}, ...controls));
  const box = el('section', { class: 'card guide-block', 'data-block': b.id, 'aria-labelledby': id('title') },
    el('h2', { id: id('title') }, b.title), el('div', { class: 'guide-intro' }, ...b.intro), form, error, out);
  container.append(box);
  let updates = 0;
  let reports: unknown[] = [];
  // The guide asks the core for explanations on every evaluation; the panels open by hand.
  const show = (): void => reports.forEach((r, i) => explainer.show(out.querySelector(`[data-report-scope="${i}"]`) ?? out, r));
  const explainer = createExplainer(ui, box, null, show);
  const why: Why = (key, paths, name) => whyParts(`${b.id}-${key}`, paths, name);

  const read = (): BlockValues | string => {
    const v: BlockValues = {};
    for (const i of b.inputs) {
      const text = (ui.$(id(i.key)) as HTMLInputElement | HTMLTextAreaElement).value;
      if (i.prices) {
        const r = parsePrices(text, ui.numbers);
        if ('error' in r) return `${i.label}: ${r.error}`;
        v[i.key] = r.prices;
        continue;
      }
      const r = ui.numbers.read(text, id(i.key));
      if (r.kind === 'ambiguous') return `${i.label}: ${askedMessage(ui.numbers, text, r.mark)}`;
      if (r.kind !== 'number' || !Number.isFinite(r.value)) return `${i.label}: ${r.kind === 'empty' ? 'is required' : 'not a number'}`;
      v[i.key] = i.percent ? fromPercent(r.value) : r.value;
    }
    return v;
  };

  const update = (): void => {
    const v = read();
    let message = typeof v === 'string' ? v : '';
    if (typeof v !== 'string') {
      const results = b.scenarios(v).map((s) => im.evaluate({ ...(s as object), explain: true } as never));
      const failed = results.find((r) => !r.ok);
      if (failed && !failed.ok) message = `${failed.error.field}: ${failed.error.message}`;
      else {
        reports = results.map((r) => (r.ok ? r.report : null));
        b.render(out, reports, why, ui.fmt);
        show();
      }
    }
    error.textContent = message;
    error.hidden = message === '';
    out.classList.toggle('stale', message !== '');
    box.dataset.updates = String(++updates);
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  update();
  return { box, update };
}

/** Report i's part of a block's output. */
export const scope = (i: number, ...children: (HTMLElement | string)[]): HTMLElement => el('div', { 'data-report-scope': String(i) }, ...children);
