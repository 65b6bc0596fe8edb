// The host's side of the element: every result and error event, by element id.
window.events = [];
for (const el of document.querySelectorAll('isomargin-calculator')) {
  el.addEventListener('isomargin-result', (e) => window.events.push({ id: el.id, kind: 'result', detail: e.detail }));
  el.addEventListener('isomargin-error', (e) => window.events.push({ id: el.id, kind: 'error', detail: e.detail }));
}
