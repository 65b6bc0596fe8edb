// Shows the core's explanations at the results' "why?" controls: which are open (each on its own,
// or all with the "explain every number" switch), whether the next evaluation must ask the core
// for explanations at all (they cost time and wasm: only while one is open), and the panels'
// content, matched by the report's JSON path (`quantity`). Its own module, so that it can later be
// loaded on first use.

import type { Explanation } from 'isomargin';
import type { Ui } from '../dom';
import { el } from '../dom';
import { explanationBlock } from './panel';

export interface Explainer {
  /** A "why?" is open or every number is explained: the next evaluation asks for explanations. */
  wanted(): boolean;
  /** After each evaluation: the open panels under `box` filled from the report (null: no result). */
  show(box: ParentNode, report: unknown | null): void;
  /** The switch's state (a printed help page wants every explanation). */
  setAll(on: boolean): void;
  /** What the open panels say while the explanations cannot be had (loading, or failed), or null. */
  loading(): string | null;
  /** `failed`: the next "why?" or switch clears it (and so asks again). */
  setLoading(note: string | null, failed?: boolean): void;
  /** Explanations are wanted and on their way (an update now is not the finished one). */
  pending(): boolean;
}

type Explained = { explanations?: Explanation[]; pair?: { quote?: string } };

/**
 * `scope`: where the "why?" buttons are (clicks are taken from it); `all`: the switch; `changed`:
 * evaluate again (a panel opened needs the explanations of the numbers now shown).
 */
export function createExplainer(ui: Ui, scope: HTMLElement, all: HTMLInputElement | null, changed: () => void): Explainer {
  const open = new Set<string>();
  // With the switch on, the ones closed by hand.
  const closed = new Set<string>();
  const isOpen = (key: string): boolean => (all?.checked ? !closed.has(key) : open.has(key));
  const anyOpen = (): boolean => Boolean(all?.checked) || open.size > 0;
  // Whether a panel under a box was open at its last show.
  const openAt = new WeakMap<ParentNode, boolean>();
  let note: string | null = null;
  let failed = false;
  const retry = (): void => {
    if (failed) note = null;
    failed = false;
  };

  scope.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest<HTMLElement>('button.why');
    if (!button || !scope.contains(button)) return;
    const key = button.id.slice('why-'.length);
    const set = all?.checked ? closed : open;
    if (set.has(key)) set.delete(key); else set.add(key);
    retry();
    changed();
  });
  all?.addEventListener('change', () => {
    open.clear();
    closed.clear();
    retry();
    changed();
  });

  return {
    wanted: anyOpen,
    loading: () => note,
    pending: () => note !== null && !failed && anyOpen(),
    setLoading(text, didFail = false) {
      note = text;
      failed = text !== null && didFail;
    },
    setAll(on) {
      if (all) all.checked = on;
      open.clear();
      closed.clear();
    },
    show(box, report) {
      // Nothing open now nor at the last show: every button is closed and every panel hidden as
      // built, so a keystroke touches none of them.
      const any = anyOpen();
      if (!any && !openAt.get(box)) return;
      openAt.set(box, any);
      const r = report as Explained | null;
      const list = r?.explanations ?? [];
      const quote = r?.pair?.quote ?? '';
      const byPath = new Map<string, Explanation>(list.map((x) => [x.quantity, x]));
      for (const button of box.querySelectorAll<HTMLElement>('button.why')) {
        const key = button.id.slice('why-'.length);
        const panel = ui.root.getElementById(`why-${key}-panel`);
        const on = isOpen(key);
        button.setAttribute('aria-expanded', String(on));
        if (!panel) continue;
        panel.hidden = !on;
        if (!on) {
          panel.replaceChildren();
          continue;
        }
        const entries = (button.dataset.why ?? '').split(' ').map((q) => byPath.get(q)).filter((x): x is Explanation => x !== undefined);
        panel.replaceChildren(...(r === null
          ? [el('p', { class: 'why-none' }, 'No result to explain: fix the marked input.')]
          : entries.length
            ? entries.map((x) => explanationBlock(ui.fmt, x, quote, entries.length > 1))
            : [el('p', { class: 'why-none', ...(note === null ? {} : { 'data-loading': failed ? 'failed' : 'yes' }) },
              note ?? 'No number here to explain for this position.')]));
      }
    },
  };
}
