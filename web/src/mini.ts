// Phones: a bar at the bottom with the state, the liquidation price and the margin ratio, shown
// while the results are scrolled out of view. It copies the text the results already show.

import { $, testId } from './dom';

const bar = (): HTMLElement => $('miniBar');
const slot = (name: string): HTMLElement | null => bar().querySelector(`[data-mini="${name}"]`);

/** The outputs the bar copies: the spot page's, or another product's. */
export interface MiniSource { state: string; liq: string; ratio: string; liqLabel?: string }
const SPOT: MiniSource = { state: 'state', liq: 'liquidationPrice', ratio: 'marginRatio' };

/** Watches every summary card (one per product); the bar shows while none is in view. */
export function watchResults(): void {
  if (!('IntersectionObserver' in window)) return;
  const seen = new Map<Element, boolean>();
  const io = new IntersectionObserver((entries) => {
    for (const e of entries) seen.set(e.target, e.isIntersecting);
    const away = ![...seen.values()].some(Boolean);
    bar().hidden = !away;
    document.body.classList.toggle('mini-on', away);
  });
  const cards = document.querySelectorAll('.summary');
  if (cards.length) for (const c of cards) io.observe(c);
  else io.observe($('results'));
}

/** Mirrors the summary; `problem` replaces it while an input is in error. */
export function syncMini(problem: string, from: MiniSource = SPOT): void {
  const state = testId(from.state);
  const badge = slot('state');
  if (badge) {
    badge.textContent = problem ? 'error' : state.textContent;
    badge.dataset.state = problem ? 'error' : (state.dataset.state ?? '');
  }
  const label = slot('liqLabel');
  if (label) label.textContent = from.liqLabel ?? 'Liq.';
  const liq = testId(from.liq).textContent ?? '';
  const liqSlot = slot('liq');
  if (liqSlot) liqSlot.textContent = problem ? problem : liq.startsWith('— none') ? 'none' : liq;
  const ratio = slot('ratio');
  if (ratio) {
    ratio.textContent = problem ? '—' : testId(from.ratio).textContent;
    ratio.parentElement?.toggleAttribute('hidden', problem !== '');
  }
}
