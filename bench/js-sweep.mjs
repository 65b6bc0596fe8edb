// A faithful plain-JS port of the core's spot sweep (core/src/evaluate.cpp sweep_prices,
// liquidation.cpp, risk.cpp, spot.cpp): what an exchange's hand-written calculator would run.
// The bench runs it beside the wasm sweep in the same page and checks both give identical
// columns (same doubles, bit for bit; NaN where the core has none), so the race is fair.
// Only the spot position form of a scenario ({position, tiers.rows|preset, mmr, alertRatio}).

const RULES = { partialFromTier: 2, tiersPerStep: 1 };
const NORMAL = 0, ALERT = 1, PARTIAL = 2, FULL = 3;

/** The scenario as the core decodes it: the position, the mmr rule, the rules. */
export function spotInput(scenario, presets) {
  const q = scenario.position;
  const long = scenario.side === 'long';
  const p = {
    long, quote: (scenario.marginCoin ?? 'quote') === 'quote', old: (scenario.mode ?? 'new') === 'old',
    assets: q.assets, principal: q.liability, interest: q.interest ?? 0, margin: q.margin,
  };
  let tiers = [];
  if (scenario.tiers?.rows) tiers = scenario.tiers.rows;
  else if (scenario.tiers?.preset) {
    const preset = presets.find((x) => x.name === scenario.tiers.preset);
    tiers = long ? preset.quote : preset.base;  // longs borrow quote, shorts base
  }
  return { p, fixedMmr: scenario.mmr, tiers, fee: scenario.takerFee ?? 0, alertRatio: scenario.alertRatio ?? 3 };
}

function findTier(tiers, amount) {
  for (let i = 0; i < tiers.length; i++) if (amount <= tiers[i].maxSz) return i;
  return -1;
}

function mmrFor(input, principal) {
  if (input.fixedMmr !== undefined) return input.fixedMmr;
  const i = findTier(input.tiers, principal);
  return i >= 0 ? input.tiers[i].mmr : input.tiers[input.tiers.length - 1].mmr;
}

// risk_at(book_of(p), price, mmr, fee).marginRatio; NaN for none.
function ratioOf(p, price, mmr, fee) {
  const liability = p.principal + p.interest;
  let qa = 0, ql = 0, ba = 0, bl = 0;
  if (p.long) { ba = p.assets; ql = liability; } else { qa = p.assets; bl = liability; }
  if (!p.old && p.margin !== undefined) { if (p.quote) qa += p.margin; else ba += p.margin; }
  const liabilityValue = ql + bl * price;
  const netAssets = (qa - ql) + (ba - bl) * price;
  const mm = liabilityValue * mmr;
  const denominator = mm + fee * (liabilityValue + mm);
  return liabilityValue > 0 && denominator > 0 ? netAssets / denominator : NaN;
}

function pnlOf(p, price) {
  if (p.old && p.margin === undefined) return NaN;  // old mode without the margin: no PnL base
  const a = p.old ? p.assets - (p.margin ?? 0) : p.assets;
  const l = p.principal + p.interest;
  if (p.long) return p.quote ? a * price - l : a - l / price;
  return p.quote ? a - l * price : a / price - l;
}

// liquidation_state: the ratio before any step and the state after the partial steps.
function stateAt(input, start, price, out, i) {
  const { fee } = input;
  const ratio = ratioOf(start, price, mmrFor(input, start.principal), fee);
  out.marginRatio[i] = Number.isFinite(ratio) ? ratio : NaN;
  if (Number.isNaN(ratio)) { out.state[i] = NORMAL; return; }
  if (ratio > 1) { out.state[i] = ratio < input.alertRatio ? ALERT : NORMAL; return; }
  const p = { ...start };
  for (;;) {
    const idx = input.fixedMmr !== undefined ? -1 : findTier(input.tiers, p.principal);
    if (idx < 0 || idx + 1 < RULES.partialFromTier) { out.state[i] = FULL; return; }
    const target = idx >= RULES.tiersPerStep ? idx - RULES.tiersPerStep : 0;
    const repaid = p.principal - input.tiers[target].maxSz;
    if (!p.long) p.assets -= repaid * price + repaid * price * fee;
    else p.assets -= repaid / (price * (1 - fee));
    p.principal = input.tiers[target].maxSz;
    const after = ratioOf(p, price, mmrFor(input, p.principal), fee);
    if (!Number.isNaN(after) && after > 1) { out.state[i] = PARTIAL; return; }
  }
}

/** The sweep's columns for `prices` (a Float64Array): pnl, marginRatio (NaN: none), state. */
export function sweepSpot(input, prices) {
  const n = prices.length;
  const out = { pnl: new Float64Array(n), marginRatio: new Float64Array(n), state: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const price = prices[i];
    stateAt(input, input.p, price, out, i);
    const pnl = pnlOf(input.p, price);
    out.pnl[i] = Number.isFinite(pnl) ? pnl : NaN;  // typed arrays have no null: NaN is none
  }
  return out;
}

/** How many entries of the two sweeps differ (NaN equals NaN; +0 and −0 differ, as bits do). */
export function differences(a, b) {
  let n = 0;
  for (const k of ['pnl', 'marginRatio', 'state']) {
    if (a[k].length !== b[k].length) return Infinity;
    for (let i = 0; i < a[k].length; i++) if (!Object.is(a[k][i], b[k][i])) n++;
  }
  return n;
}
