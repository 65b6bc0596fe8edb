// Phones: a bar at the bottom of the full page with the state, the liquidation price and the
// margin ratio, shown while the results are scrolled out of view. It copies the text the results
// already show.

import { setData, setHidden, setText, type Ui } from './dom';

/** The outputs the bar copies from a product's results. */
export interface MiniSource { state: string; liq: string; ratio: string; liqLabel?: string }

export interface MiniBar {
  /** Mirrors the product's summary; `problem` replaces it while an input is in error. */
  sync(problem: string, from: MiniSource): void;
  /** Watches a summary card (one per product, mounted when first shown). */
  watch(card: Element): void;
}

export function createMiniBar(ui: Ui, bar: HTMLElement): MiniBar {
  const slot = (name: string): HTMLElement | null => bar.querySelector(`[data-mini="${name}"]`);
  const seen = new Map<Element, boolean>();
  // The bar shows while no summary card is in view.
  const io = 'IntersectionObserver' in window ? new IntersectionObserver((entries) => {
    for (const e of entries) seen.set(e.target, e.isIntersecting);
    const away = ![...seen.values()].some(Boolean);
    setHidden(bar, !away);
    document.body.classList.toggle('mini-on', away);
  }) : null;
  return {
    watch(card) {
      io?.observe(card);
    },
    sync(problem, from) {
      const state = ui.testId(from.state);
      const badge = slot('state');
      if (badge) {
        setText(badge, problem ? 'error' : state.textContent ?? '');
        setData(badge, 'state', problem ? 'error' : (state.dataset.state ?? ''));
      }
      const label = slot('liqLabel');
      if (label) label.textContent = from.liqLabel ?? 'Liq.';
      const liq = ui.testId(from.liq).textContent ?? '';
      const liqSlot = slot('liq');
      if (liqSlot) liqSlot.textContent = problem ? problem : liq.startsWith('— none') ? 'none' : liq;
      const ratio = slot('ratio');
      if (ratio) {
        setText(ratio, problem ? '—' : ui.testId(from.ratio).textContent ?? '');
        ratio.parentElement?.toggleAttribute('hidden', problem !== '');
      }
    },
  };
}
