// The offline app, page side: registers dist/sw.js (the page and the embed, from their own origin;
// never the custom element, which runs on another site's origin), and when a new build's worker has
// installed beside the running one, says so with a button that switches to it and reloads.

import { el } from './dom';

export function registerOffline(where: HTMLElement): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  const sw = navigator.serviceWorker;
  // A page with no worker yet gets one after it has loaded, not while it loads.
  window.addEventListener('load', () => {
    sw.register('sw.js').then((reg) => {
      if (reg.waiting && sw.controller) ready(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => {
          if (next.state === 'installed' && sw.controller) ready(next);
        });
      });
    }, (e: unknown) => console.warn(`isomargin: offline use is off (${e instanceof Error ? e.message : String(e)})`));
  });
  let reloading = false;
  sw.addEventListener('controllerchange', () => {
    if (!reloading && document.documentElement.dataset.updating !== undefined) {
      reloading = true;
      location.reload();
    }
  });

  function ready(worker: ServiceWorker): void {
    if (document.getElementById('updateReady')) return;
    const button = el('button', { type: 'button', class: 'tool' }, 'Reload');
    button.addEventListener('click', () => {
      document.documentElement.dataset.updating = '';
      worker.postMessage('isomargin:activate');
    });
    where.append(el('div', { class: 'update-banner', id: 'updateReady', role: 'status' },
      'A new version of the calculator is ready. ', button));
  }
}
