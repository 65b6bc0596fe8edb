// Phones: a bar at the bottom with the state, the liquidation price and the margin ratio, shown
// while the results are scrolled out of view. It copies the text the results already show.

import { $, testId } from './dom';

const bar = (): HTMLElement => $('miniBar');
const slot = (name: string): HTMLElement | null => bar().querySelector(`[data-mini="${name}"]`);

export function watchResults(): void {
  if (!('IntersectionObserver' in window)) return;
  const io = new IntersectionObserver((entries) => {
    const away = entries.every((e) => !e.isIntersecting);
    bar().hidden = !away;
    document.body.classList.toggle('mini-on', away);
  });
  io.observe(document.querySelector('.summary') ?? $('results'));
}

/** Mirrors the summary; `problem` replaces it while an input is in error. */
export function syncMini(problem: string): void {
  const state = testId('state');
  const badge = slot('state');
  if (badge) {
    badge.textContent = problem ? 'error' : state.textContent;
    badge.dataset.state = problem ? 'error' : (state.dataset.state ?? '');
  }
  const liq = testId('liquidationPrice').textContent ?? '';
  const liqSlot = slot('liq');
  if (liqSlot) liqSlot.textContent = problem ? problem : liq.startsWith('— none') ? 'none' : liq;
  const ratio = slot('ratio');
  if (ratio) {
    ratio.textContent = problem ? '—' : testId('marginRatio').textContent;
    ratio.parentElement?.toggleAttribute('hidden', problem !== '');
  }
}
