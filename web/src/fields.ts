// Maps the core's JSON paths ("order.leverage", "tiers.rows[2].mmr", "$") to the input that
// holds that value, and shows or clears the messages beside each input.

/** JSON path prefix → input id. Most specific first; a path matches an entry equal to it or nested under it. */
export type PathTable = [string, string][];

const PATHS: PathTable = [
  ['side', 'side'],
  ['marginCoin', 'marginCoin'],
  ['mode', 'mode'],
  ['pair', 'pair'],
  ['position.assets', 'assets'],
  ['position.liability', 'liability'],
  ['position.interest', 'interest'],
  ['position.margin', 'margin'],
  ['position.entryPrice', 'entryPrice'],
  ['order.entryPrice', 'entryPrice'],
  ['order.fills', 'entryPrice'],
  ['order.size', 'size'],
  ['order.leverage', 'leverage'],
  ['order.margin', 'orderMargin'],
  ['interest.accrued', 'interestAccrued'],
  ['interest.hourlyRate', 'hourlyRate'],
  ['interest.hours', 'hours'],
  ['interest', 'interestAccrued'],
  ['markPrice', 'markPrice'],
  ['lastPrice', 'lastPrice'],
  ['takerFee', 'takerFee'],
  ['mmr', 'mmr'],
  ['tiers.preset', 'tierPreset'],
  ['tiers', 'tierRows'],
  ['alertRatio', 'alertRatio'],
  ['preTrade.accountMode', 'accountMode'],
  ['preTrade.availableBalance', 'availableBalance'],
  ['preTrade.adjustedEquity', 'adjustedEquity'],
  ['preTrade.pendingHoldEquity', 'pendingHoldEquity'],
  ['preTrade', 'availableBalance'],
  ['close.type', 'closeType'],
  ['close.size', 'closeSize'],
  ['close.price', 'closePrice'],
  ['close.reduceOnly', 'reduceOnly'],
  ['close', 'closeType'],
  ['path.from', 'pathFrom'],
  ['path.to', 'pathTo'],
  ['path.steps', 'pathSteps'],
  ['path.prices', 'pathPrices'],
  ['path', 'pathFrom'],
  ['probability.volatility', 'volatility'],
  ['probability.days', 'horizonDays'],
  ['probability.drift', 'drift'],
  ['probability', 'volatility'],
  ['monteCarlo.paths', 'mcPaths'],
  ['monteCarlo.steps', 'mcSteps'],
  ['monteCarlo.seed', 'mcSeed'],
  ['monteCarlo.volatility', 'volatility'],
  ['monteCarlo.days', 'horizonDays'],
  ['monteCarlo.drift', 'drift'],
  ['monteCarlo', 'mcPaths'],
];

/** The id of the input for a JSON path, or null for the page as a whole ("$" and the rest). */
export function inputFor(path: string, table: PathTable = PATHS): string | null {
  for (const [prefix, id] of table) {
    if (path === prefix || path.startsWith(prefix + '.') || path.startsWith(prefix + '[')) return id;
  }
  return null;
}

/** When a path's input is not on screen, the one that stands in for it (leverage ↔ margin). */
const STAND_INS: Record<string, string> = {
  leverage: 'orderMargin',
  orderMargin: 'leverage',
  interestAccrued: 'hourlyRate',
  pathFrom: 'pathPrices',
  pathPrices: 'pathFrom',
};

/** The visible input for a JSON path (or its stand-in), or null: say it in a general message. */
export function visibleInputFor(
  path: string, table: PathTable = PATHS, standIns: Record<string, string> = STAND_INS,
): HTMLElement | null {
  const id = inputFor(path, table);
  if (!id) return null;
  for (const candidate of [id, standIns[id]]) {
    const el = candidate ? document.getElementById(candidate) : null;
    if (el && isShown(el)) return el;
  }
  return null;
}

/** The input is on screen: none of its ancestors is hidden or a closed <details>. */
export function isShown(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e instanceof HTMLElement && e.hidden) return false;
    if (e !== el && e instanceof HTMLDetailsElement && !e.open) return false;
  }
  return true;
}

/** A hidden message paragraph for one input: `data-error-for` or `data-warning-for` names it. */
function messageSlot(inputId: string, kind: 'error' | 'warning'): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = `msg ${kind}`;
  p.id = `${inputId}-${kind}`;
  p.dataset[kind === 'error' ? 'errorFor' : 'warningFor'] = inputId;
  p.hidden = true;
  return p;
}

/** Adds an error slot and a warning slot after every input and select of the form. */
export function addMessageSlots(form: HTMLElement): void {
  for (const input of form.querySelectorAll<HTMLElement>('input, select, textarea')) {
    const field = input.closest('.field');
    if (!field || !input.id) continue;
    const error = messageSlot(input.id, 'error');
    error.setAttribute('role', 'alert');
    const warning = messageSlot(input.id, 'warning');
    warning.setAttribute('aria-live', 'polite');
    field.append(error, warning);
  }
}

function describe(input: HTMLElement): void {
  const ids = [`${input.id}-error`, `${input.id}-warning`].filter((id) => {
    const el = document.getElementById(id);
    return el && !el.hidden;
  });
  if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
  else input.removeAttribute('aria-describedby');
}

/** Shows `errors` (input id → message) and `warnings` (input id → messages); clears the rest. */
export function showFieldMessages(
  form: HTMLElement, errors: Map<string, string>, warnings: Map<string, string[]>,
): void {
  for (const slot of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
    const id = slot.dataset.errorFor ?? '';
    const message = errors.get(id);
    slot.textContent = message ?? '';
    slot.hidden = message === undefined;
    const input = document.getElementById(id);
    if (!input) continue;
    if (message === undefined) input.removeAttribute('aria-invalid');
    else input.setAttribute('aria-invalid', 'true');
  }
  for (const slot of form.querySelectorAll<HTMLElement>('[data-warning-for]')) {
    const list = warnings.get(slot.dataset.warningFor ?? '');
    slot.textContent = list ? list.join(' · ') : '';
    slot.hidden = !list;
    const input = document.getElementById(slot.dataset.warningFor ?? '');
    if (input) describe(input);
  }
}
