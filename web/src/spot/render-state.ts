// The liquidation state: a badge (report.state.name) and the sequence of what happens, step by
// step, as the report gives it: alert, orders cancelled, each partial step, and how it ends.

import type { Report } from 'isomargin';
import type { Formats } from '../shared/format';
import { el, replaceIfChanged, setData, setText, type Ui } from '../shared/dom';
import { at, why } from '../shared/explain/why';

const HEADLINE: Record<Report['state']['name'], string> = {
  'normal': 'No action: the margin ratio is at or above the alert level.',
  'alert': 'Liquidation alert: the margin ratio is below the alert level.',
  'partial-liquidation': 'Partial liquidation: the position steps down a tier and survives.',
  'full-liquidation': 'Full liquidation: the position is taken over at the bankruptcy price.',
};

export function renderState(ui: Ui, r: Report): void {
  const F = ui.fmt;
  const s = r.state;
  const badge = ui.testId('state');
  setText(badge, s.name);
  setData(badge, 'state', s.name);
  const card = badge.closest<HTMLElement>('.summary');
  if (card) card.dataset.state = s.name;
  setText(ui.testId('stateSummary'), s.marginRatio === null
    ? 'No liability: there is nothing to liquidate.'
    : HEADLINE[s.name]);

  const q = r.pair.quote;
  const base = r.pair.base;
  const p = r.position;
  const amt = (x: number, coin: string): string => `${F.amount(x, coin, q)} ${coin}`;
  const mr = F.percent(s.marginRatio);
  const alert = F.rate(s.alertRatio);
  const items: HTMLElement[] = [];
  const item = (kind: string, ...text: (string | HTMLElement)[]): void => {
    items.push(el('li', { class: `step ${kind}` }, ...text));
  };

  if (s.marginRatio === null) {
    item('ok', 'No liability, so no margin ratio: the position cannot be liquidated.');
  } else if (s.name === 'normal') {
    item('ok', `Margin ratio ${mr} is at or above the alert ratio ${alert}: nothing happens.`);
  } else {
    item('warn', `Margin ratio ${mr} is below the alert ratio ${alert}: a liquidation alert is sent.`);
  }
  if (s.ordersCancelled) {
    item('bad', `At or below 100%: all pending orders of this position are cancelled.`);
  }
  s.partialSteps.forEach((step, i) => {
    const verb = r.side === 'short' ? 'buys back' : 'sells';
    item('partial',
      el('strong', {}, `Partial step ${i + 1}: tier ${F.count(step.tierBefore)} → ${F.count(step.tierAfter)}. `),
      `The system ${verb} ${amt(step.sizeClosed, base)} (repays ${amt(step.principalRepaid, p.liabilityCoin)} of principal), `
      + `fee ${amt(step.fee, q)}. After it: assets ${amt(step.assetsAfter, p.assetsCoin)}, `
      + `liability ${amt(step.liabilityAfter, p.liabilityCoin)}, net assets (the margin left) ${amt(step.netAssetsAfter, q)}, margin ratio `,
      el('strong', { 'data-testid': 'marginRatioAfter' }, F.percent(step.marginRatioAfter)), '.',
      ...why(`step-${i}`, at('state.partialSteps', i, ['principalRepaid', 'sizeClosed', 'fee', 'assetsAfter', 'liabilityAfter',
        'netAssetsAfter', 'marginRatioAfter']), `partial step ${i + 1}`));
  });
  if (s.name === 'partial-liquidation') {
    item('partial', `Ends as a partial liquidation: the margin ratio is back above 100% (${F.percent(s.finalMarginRatio)}).`);
  } else if (s.name === 'full-liquidation') {
    if (s.noTierToStepTo) {
      item('bad', 'fixed mmr: no lower tier to step down to, so full liquidation at the bankruptcy price.');
    } else if (s.partialSteps.length) {
      item('bad', `Still at or below 100% after stepping down (${F.percent(s.finalMarginRatio)}), so full liquidation at the bankruptcy price.`);
    } else {
      item('bad', `No partial step applies at tier ${r.tier ? F.count(r.tier.tier) : '—'}, so full liquidation at the bankruptcy price.`);
    }
  }
  replaceIfChanged(ui.testId('stateSteps'), ...items);
}

export function clearState(ui: Ui): void {
  const badge = ui.testId('state');
  setText(badge, '—');
  setData(badge, 'state', '');
  const card = badge.closest<HTMLElement>('.summary');
  if (card) card.dataset.state = '';
  setText(ui.testId('stateSummary'), '');
  replaceIfChanged(ui.testId('stateSteps'));
}
