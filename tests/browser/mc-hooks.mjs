// Instruments for the Monte Carlo tests, installed before the page runs (openPage's `init`), and
// waits on the page's documented hook: #mcCard's data-state (idle | running | done | not-run),
// data-run (newest run asked for) and data-result-run (run whose numbers are shown). Nothing here
// reads a transient state once or waits for a time.

/**
 * Wraps window.Worker: counts the workers started and, while `window.mcHold.on`, queues every
 * message the page posts to one, so a run stays "running" until `releaseWorkers(page)`.
 */
export function workerHold(hold) {
  const Base = window.Worker;
  const queued = [];
  window.mcHold = {
    on: hold,
    started: 0,
    release() {
      this.on = false;
      for (const [w, m] of queued.splice(0)) Base.prototype.postMessage.call(w, m);
    },
  };
  window.Worker = class extends Base {
    constructor(...args) { super(...args); window.mcHold.started += 1; }
    postMessage(m, ...rest) {
      if (window.mcHold.on) queued.push([this, m]);
      else super.postMessage(m, ...rest);
    }
  };
}

/** Records every "state: status" the card showed, in order (a MutationObserver, so none is missed). */
export function statusRecorder() {
  window.mcStatuses = [];
  new MutationObserver(() => {
    const card = document.getElementById('mcCard');
    const s = document.querySelector('[data-testid="mcStatus"]');
    if (!card || !s || !card.dataset.state) return;
    const rec = `${card.dataset.state}: ${s.textContent}`;
    if (window.mcStatuses.at(-1) !== rec) window.mcStatuses.push(rec);
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-state'] });
}

export const releaseWorkers = (page) => page.evaluate(() => window.mcHold.release());
export const statuses = (page) => page.evaluate(() => window.mcStatuses);

/** The card's hook attributes now. */
export const mcHook = (page) => page.evaluate(() => {
  const c = document.getElementById('mcCard');
  return { state: c.dataset.state, run: Number(c.dataset.run ?? 0), resultRun: Number(c.dataset.resultRun ?? 0) };
});

/** Clicks Run and returns the id of the run it asked for (the card's data-run after the click). */
export async function clickRun(page) {
  const before = (await mcHook(page)).run;
  await page.click('#mcRun');
  await page.waitForFunction((b) => Number(document.getElementById('mcCard').dataset.run ?? 0) > b, before);
  return (await mcHook(page)).run;
}

/** Waits until run `id` is over (done or not run) and returns the card's final state. */
export async function runOver(page, id, timeout = 45000) {
  await page.waitForFunction((n) => {
    const c = document.getElementById('mcCard');
    return Number(c.dataset.run) === n && c.dataset.state !== 'running';
  }, id, { timeout });
  return mcHook(page);
}
