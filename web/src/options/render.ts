// The options report → the options results. Every number is the core's; this file only picks,
// labels and rounds them (format.ts). No arithmetic on the report's numbers.

import type { OptionPnlReport, OptionReport, OptionStep } from 'isomargin';
import type { Formats } from '../shared/format';
import { el, replaceIfChanged, setData, setText, sign, tbody, type Ui } from '../shared/dom';
import { at as paths, why } from '../shared/explain/why';

const HEADLINE: Record<OptionReport['state']['name'], string> = {
  'normal': 'No action: the margin ratio is at or above the alert level.',
  'alert': 'Liquidation alert: the margin ratio is below the alert level.',
  'partial-liquidation': 'Partial liquidation: contracts are closed one tier down and the position survives.',
  'full-liquidation': 'Full liquidation: the position is taken over and its margin is lost.',
};

/** Contracts may be fractional: up to 8 significant digits, never rounded to a whole number. */
const qty = (F: Formats, x: number): string => F.amount(x, 'contracts', '');

const OUTPUTS = ['oMarginRatio', 'oMarginBalance', 'oMaintenanceMarginOut', 'oLiquidationFee', 'oValue', 'oPnl',
  'oPnlRatio', 'oTier', 'oMmSourceOut', 'oPositionAt'];

function stepText(F: Formats, r: OptionReport, step: OptionStep, i: number): (string | HTMLElement)[] {
  const c = r.pair.base;
  const amt = (x: number, sign: 'auto' | 'exceptZero' = 'auto'): string => `${F.amount(x, c, r.pair.quote, sign)} ${c}`;
  return [
    el('strong', {}, `Partial step ${i + 1}: tier ${F.count(step.tierBefore)} → ${F.count(step.tierAfter)}. `),
    `${qty(F, step.contractsClosed)} contracts closed at the mark: realized PnL ${amt(step.realizedPnl, 'exceptZero')}, `
    + `liquidation fee ${amt(step.fee)}; margin left in the position ${amt(step.marginAfter)}, margin ratio `,
    el('strong', { 'data-testid': 'oMarginRatioAfter' }, F.percent(step.marginRatioAfter)), '.',
  ];
}

function renderState(ui: Ui, r: OptionReport): void {
  const F = ui.fmt;
  const s = r.state;
  const badge = ui.testId('oState');
  setText(badge, s.name);
  setData(badge, 'state', s.name);
  setData(ui.$('oSummaryCard'), 'state', s.name);
  setText(ui.testId('oStateSummary'), s.marginRatio === null
    ? 'No maintenance margin and no fee: there is no margin ratio.' : HEADLINE[s.name]);
  const items: HTMLElement[] = [];
  const item = (kind: string, ...text: (string | HTMLElement)[]): void => {
    items.push(el('li', { class: `step ${kind}` }, ...text));
  };
  const mr = F.percent(s.marginRatio);
  const alert = F.rate(s.alertRatio);
  if (s.marginRatio === null) item('ok', 'No margin ratio: nothing to liquidate.');
  else if (s.name === 'normal') item('ok', `Margin ratio ${mr} is at or above the alert ratio ${alert}: nothing happens.`);
  else item('warn', `Margin ratio ${mr} is below the alert ratio ${alert}: a liquidation alert is sent.`);
  if (s.ordersCancelled) item('bad', 'At or below 100%: all pending orders of this position are cancelled.');
  s.partialSteps.forEach((step, i) => item('partial', ...stepText(F, r, step, i),
    ...why(`oStep-${i}`, paths('state.partialSteps', i, ['contractsClosed', 'realizedPnl', 'fee', 'marginAfter', 'marginRatioAfter']), `partial step ${i + 1}`)));
  const left = `${qty(F, s.contractsAfter)} contracts, margin ${F.amount(s.marginAfter, r.pair.base, r.pair.quote)} ${r.pair.base}`;
  if (s.name === 'partial-liquidation') {
    item('partial', `Ends as a partial liquidation: the margin ratio is back above 100% (${F.percent(s.finalMarginRatio)}); ${left} remain.`);
  } else if (s.name === 'full-liquidation') {
    item('bad', s.noTierToStepTo
      ? 'One MM amount: no lower tier to step down to, so the whole position is taken over; its margin is lost.'
      : s.partialSteps.length
        ? `Still at or below 100% in tier 1 (${F.percent(s.finalMarginRatio)}), so the rest (${left}) is taken over; its margin is lost.`
        : 'Tier 1: no lower tier to step down to, so the whole position is taken over; its margin is lost.');
  }
  replaceIfChanged(ui.testId('oStateSteps'), ...items);
}

const EVENT: Record<string, string> = {
  'alert': 'alert: the margin ratio fell below the alert ratio',
  'alert-cleared': 'alert cleared: back at or above the alert ratio',
  'orders-cancelled': 'orders cancelled: at or below 100%',
  'partial-liquidation': 'partial liquidation',
  'full-liquidation': 'full liquidation: the position is taken over, the path ends',
};

function renderTimeline(ui: Ui, r: OptionReport): void {
  const F = ui.fmt;
  const t = r.timeline;
  ui.show('oPathCard', t !== null);
  if (!t) return;
  const c = r.pair.base;
  const first = t.points[0]?.price;
  const last = t.points[t.points.length - 1]?.price;
  setText(ui.testId('oPathRange'), `${F.count(t.points.length)} marks, ${F.price(first)} → ${F.price(last)} ${c}`);
  replaceIfChanged(ui.testId('oPathEvents'), ...(t.events.length ? t.events.map((e, i) => {
    const kind = e.kind === 'full-liquidation' || e.kind === 'orders-cancelled' ? 'bad'
      : e.kind === 'partial-liquidation' ? 'partial' : e.kind === 'alert-cleared' ? 'ok' : 'warn';
    const at = `At mark ${F.price(e.price)} ${c} (point ${F.count(e.index + 1)}): `;
    return el('li', { class: `step ${kind}` }, at,
      ...(e.step ? [`partial liquidation, tier ${F.count(e.step.tierBefore)} → ${F.count(e.step.tierAfter)}: `, ...stepText(F, r, e.step, 0).slice(1)] : [`${EVENT[e.kind] ?? e.kind}; margin ratio ${F.percent(e.marginRatio)}.`]),
      ...why(`oEvent-${i}`, paths('timeline.events', i, ['marginRatio', 'step.contractsClosed', 'step.marginRatioAfter']), `event ${i + 1}`));
  }) : [el('li', { class: 'step ok' }, 'Nothing happens along this path.')]));
  replaceIfChanged(tbody(ui.testId('oPathPoints')), ...t.points.map((p) => el('tr', {},
    el('td', { 'data-label': 'Mark' }, `${F.price(p.price)} ${c}`),
    el('td', { 'data-label': 'State' }, p.state),
    el('td', { class: 'num', 'data-label': 'Margin ratio' }, F.percent(p.marginRatio)))));
  setText(ui.testId('oPathEnd'), t.fullyLiquidated
    ? 'The path ends in a full liquidation: the remaining margin is lost.'
    : `After the path: ${qty(F, t.contractsAfter)} contracts, margin ${F.amount(t.marginAfter, c, r.pair.quote)} ${c}.`);
}

export function renderOption(ui: Ui, r: OptionReport): void {
  const F = ui.fmt;
  const c = r.pair.base;
  const amt = (x: number | null, sign: 'auto' | 'exceptZero' = 'auto'): string => F.amount(x, c, r.pair.quote, sign);
  ui.put('oMarginRatio', F.percent(r.marginRatio));
  ui.put('oMarginBalance', amt(r.marginBalance), c);
  ui.put('oMaintenanceMarginOut', amt(r.maintenanceMargin), c);
  ui.put('oLiquidationFee', amt(r.liquidationFee), c);
  ui.put('oValue', amt(r.value), c);
  ui.put('oPnl', amt(r.pnl, 'exceptZero'), c);
  setData(ui.testId('oPnl'), 'sign', sign(r.pnl));
  ui.put('oPnlRatio', F.percent(r.pnlRatio, 'exceptZero'));
  ui.put('oPositionAt', `${r.side} · ${qty(F, r.contracts)} contracts · mark ${F.price(r.markPrice)} ${c}`);
  ui.put('oTier', r.tier === null ? 'none (one MM amount)' : `tier\u00a0${F.count(r.tier)}`);
  ui.put('oMmSourceOut', (r.mmSource === 'okx' ? 'OKX’s formula: (c × your margin factor + mark) × coins'
    : r.mmSource === 'tiers' ? 'your tier table (MM per contract × contracts)' : 'your MM amount')
    + (r.mmIncludesMark ? ' + the options’ value at the mark' : ''));
  renderState(ui, r);
  renderTimeline(ui, r);
}

/** Without margins: the PnL calculation alone; the margin outputs say what they need. */
export function renderOptionPnl(ui: Ui, r: OptionPnlReport): void {
  const F = ui.fmt;
  const c = r.pair.base;
  ui.put('oValue', F.amount(r.value, c, r.pair.quote), c);
  ui.put('oPnl', F.amount(r.pnl, c, r.pair.quote, 'exceptZero'), c);
  setData(ui.testId('oPnl'), 'sign', sign(r.pnl));
  ui.put('oPnlRatio', F.percent(r.pnlRatio, 'exceptZero'));
  ui.put('oPositionAt', `${r.side} · ${qty(F, r.contracts)} contracts · mark ${F.price(r.markPrice)} ${c}`);
  for (const id of ['oMarginRatio', 'oMarginBalance', 'oMaintenanceMarginOut', 'oLiquidationFee', 'oTier', 'oMmSourceOut']) {
    ui.put(id, '— (enter the initial margin and the maintenance margin)');
  }
  setText(ui.testId('oState'), 'PnL only');
  setText(ui.testId('oStateSummary'), 'No margins given: the value and PnL alone.');
}

/** No report (a bad input): every output back to a dash, the path hidden. */
export function clearOption(ui: Ui): void {
  const F = ui.fmt;
  for (const id of OUTPUTS) ui.put(id, id === 'oPositionAt' ? '' : F.DASH);
  setData(ui.testId('oPnl'), 'sign', '');
  const badge = ui.testId('oState');
  setText(badge, F.DASH);
  setData(badge, 'state', '');
  setData(ui.$('oSummaryCard'), 'state', '');
  setText(ui.testId('oStateSummary'), '');
  replaceIfChanged(ui.testId('oStateSteps'));
  ui.show('oPathCard', false);
}
