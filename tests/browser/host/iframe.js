// The host's side of the embed protocol, as docs/embedding.md shows it: size the frame to each
// resize message, keep the results, and send isomargin:set — only to and from the calculator's origin.
const frame = document.getElementById('calc');
const calculator = new URL(frame.src).origin;
window.received = [];
window.addEventListener('message', (e) => {
  if (e.origin !== calculator || e.source !== frame.contentWindow) return;
  window.received.push(e.data);
  if (e.data?.type === 'isomargin:resize') frame.style.height = `${e.data.height}px`;
});
window.sendSet = (values) => frame.contentWindow.postMessage({ type: 'isomargin:set', values }, calculator);
