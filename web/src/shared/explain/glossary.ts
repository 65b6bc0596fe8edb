// Plain-language help for the inputs and the jargon, written for a trader: one text per term,
// shown under the inputs it concerns (a "?" disclosure beside the label) and listed in a
// glossary under each product's inputs, each with the exchange's public help page.

import { el } from '../dom';

interface Term { term: string; text: string; link?: [string, string]; inputs: string[] }

const OKX_ISOLATED: [string, string] = ['OKX: Isolated margin mode', 'https://www.okx.com/en-eu/help/iv-isolated-margin-mode'];
const OKX_MARGIN: [string, string] = ['OKX: Isolated margin (older help)', 'https://www.okx.com/help-center/6997123251341'];
const OKX_LIQUIDATED: [string, string] = ['OKX: When would my order be liquidated?', 'https://www.okx.com/learn/when-would-my-order-be-liquidated'];
const OKX_TIERS: [string, string] = ['OKX API: position tiers', 'https://www.okx.com/docs-v5/en/'];
const OKX_CALCULATOR: [string, string] = ['OKX: the liquidation price calculator', 'https://hk.okx.com/help/how-do-i-use-the-liquidation-price-calculator'];
const OKX_OPTIONS: [string, string] = ['OKX: Option margin', 'https://www.okx.com/help/ii-option-margin'];
const BINANCE: [string, string] = ['Binance: Liquidation price (USDⓈ-M)', 'https://www.binance.com/en/support/faq/b3c689c1f50a44cabb3a84e663b81d93'];

export const TERMS: Term[] = [
  { term: 'Isolated margin', text: 'Each position has its own margin, kept apart from the rest of the account: if the trade goes wrong, at most that margin is lost.', link: OKX_ISOLATED, inputs: [] },
  { term: 'Side', text: 'Long: you borrow the quote coin (USDT) to buy the base coin, and gain when the price rises. Short: you borrow the base coin (BTC) and sell it, and gain when the price falls.', link: OKX_ISOLATED, inputs: ['side', 'cSide', 'oSide'] },
  { term: 'Margin coin', text: 'The coin you post as margin: the base coin (BTC) or the quote coin (USDT). A BTC margin loses value as the price falls, so a long with BTC margin is liquidated sooner.', link: OKX_ISOLATED, inputs: ['marginCoin'] },
  { term: 'Old and new mode', text: 'OKX’s two versions of isolated margin. In the old mode the margin is counted inside the position’s assets; in the new mode it is held beside them, and either coin may be the margin.', link: OKX_ISOLATED, inputs: ['mode'] },
  { term: 'Assets', text: 'What the position holds: the coin bought (a long holds BTC) or the proceeds of the sale (a short holds USDT).', link: OKX_ISOLATED, inputs: ['assets'] },
  { term: 'Liability', text: 'What the position owes: the amount borrowed plus the interest not yet paid.', link: OKX_ISOLATED, inputs: ['liability', 'interest', 'interestAccrued', 'hourlyRate', 'hours'] },
  { term: 'Margin', text: 'Your own money in the position. With a leverage of 10×, a 100,000 USDT position needs 10,000 USDT of margin.', link: OKX_MARGIN, inputs: ['margin', 'orderMargin', 'cPosMargin'] },
  { term: 'Leverage', text: 'How many times the margin the position is worth: the position’s value at entry divided by the margin.', link: OKX_MARGIN, inputs: ['leverage', 'orderSizing', 'cLeverage'] },
  { term: 'Entry price', text: 'The average price the position was opened at.', link: OKX_ISOLATED, inputs: ['entryPrice', 'cEntryPrice', 'oAveragePrice'] },
  { term: 'Mark price', text: 'The exchange’s fair price of the asset. Liquidation and the margin ratio are judged at the mark, not at the last trade, so one odd trade cannot liquidate you.', link: OKX_LIQUIDATED, inputs: ['markPrice', 'cMarkPrice', 'oMarkPrice'] },
  { term: 'Last price', text: 'The price of the latest trade; floating PnL is shown at it as well when you give it.', link: OKX_ISOLATED, inputs: ['lastPrice', 'cLastPrice'] },
  { term: 'Taker fee', text: 'The fee rate of an order that trades at once. Closing a liquidated position is such an order, so the fee counts in the liquidation price.', link: OKX_LIQUIDATED, inputs: ['takerFee', 'cTakerFee', 'oTakerFee'] },
  { term: 'Maintenance margin rate (mmr)', text: 'The share of the position’s value that must stay covered. Below it (plus the fee to close) the position is liquidated.', link: OKX_MARGIN, inputs: ['mmr', 'mmrSource', 'cMmr', 'cMmrSource'] },
  { term: 'Tier', text: 'Exchanges raise the maintenance margin rate, and lower the maximum leverage, as a position grows: each size band is a tier.', link: OKX_TIERS, inputs: ['tierPreset', 'tierRows', 'cTierPreset', 'cTierRows', 'cBrackets', 'oTierRows'] },
  { term: 'Maintenance margin (MM)', text: 'The amount that must stay in the position: its value times the maintenance margin rate (less a maintenance amount on some exchanges).', link: OKX_MARGIN, inputs: ['cReportedMm', 'oMaintenanceMargin', 'oMmSource'] },
  { term: 'Maintenance amount', text: 'A fixed amount some exchanges take off the maintenance margin in higher tiers, so that it does not jump at a tier’s edge (Binance calls it cum).', link: BINANCE, inputs: ['cMaintAmount'] },
  { term: 'Margin ratio', text: 'What the position is worth to you now, over what it must keep: at 300% an alert is sent, at 100% or below it is liquidated.', link: OKX_LIQUIDATED, inputs: ['alertRatio', 'oAlertRatio'] },
  { term: 'Liquidation price', text: 'The mark price at which the margin ratio reaches 100%: first pending orders are cancelled, then the position is reduced or closed.', link: OKX_LIQUIDATED, inputs: [] },
  { term: 'Bankruptcy price', text: 'The price at which the position’s margin is gone entirely. A full liquidation closes the position at this price.', link: OKX_LIQUIDATED, inputs: [] },
  { term: 'Partial liquidation', text: 'A large position is not closed at once: the exchange cuts it down a tier (or two for swaps and futures) and checks the margin ratio again.', link: OKX_LIQUIDATED, inputs: [] },
  { term: 'Contract value (ctVal) and multiplier', text: 'How much of the coin one contract stands for: with a contract value of 0.01 BTC, 100 contracts are 1 BTC. The size is contracts × contract value × multiplier.', link: OKX_CALCULATOR, inputs: ['cCtVal', 'cMultiplier', 'oCtVal', 'oMultiplier', 'cContracts', 'oContracts'] },
  { term: 'Linear and inverse', text: 'A linear contract is settled in the quote coin (USDT) and sized in the base coin; an inverse one is settled in the base coin (BTC) and sized in US dollars.', link: OKX_CALCULATOR, inputs: ['cType', 'cProduct'] },
  { term: 'Convention', text: 'Each exchange writes its liquidation price a little differently: whether the fee counts, and whether the maintenance margin is valued at the entry price or at the liquidation price (“MM valued at”).', link: BINANCE, inputs: ['cModel', 'cCompare', 'cMaxLeverage'] },
  { term: 'Margin shown and margin balance', text: 'The isolated margin is what the exchange shows for the position without its unrealised PnL (Binance: isolated wallet); the margin balance includes it (Binance: isolated margin).', link: BINANCE, inputs: ['cMarginBy', 'cMarginBalance', 'cMarginAdded', 'cMarginRemoved'] },
  { term: 'One-way and hedge mode', text: 'In one-way mode you hold one net position per contract; in hedge mode a long and a short at once, each with its own margin.', link: OKX_CALCULATOR, inputs: ['cPositionMode', 'cOppContracts', 'cOppEntry', 'cOppLeverage', 'cPendingClose'] },
  { term: 'ROE', text: 'Return on equity: the PnL as a share of the initial margin.', link: OKX_CALCULATOR, inputs: ['cExitPrice', 'cTargetRoe'] },
  { term: 'Max leverage', text: 'The highest leverage the tier table allows for a position of this size, or for this stake: bigger positions get less.', link: OKX_TIERS, inputs: ['cLevBy', 'cLevAmount', 'cLevPrice', 'cMaxOpenBalance'] },
  { term: 'Option margin', text: 'A short option must keep a maintenance margin; OKX’s formula uses a margin factor per tier and a coin-specific constant c.', link: OKX_OPTIONS, inputs: ['oInitialMargin', 'oMarginAdjustment', 'oOptionType', 'oC', 'oMmIncludesMark'] },
];

const byInput = new Map<string, Term>(TERMS.flatMap((t) => t.inputs.map((id) => [id, t] as [string, Term])));

const linkTo = ([title, url]: [string, string]): HTMLElement => el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, title);

/**
 * A "?" beside each label whose input a term explains, opening the term's text under the label.
 * The text is built on the first click: the first result does not wait for help nobody opened.
 */
export function addInputHelp(box: HTMLElement): void {
  for (const label of box.querySelectorAll<HTMLLabelElement>('label[for]')) {
    const id = label.htmlFor;
    const t = byInput.get(id);
    if (!t || label.closest('.check')) continue;
    let help: HTMLElement | null = null;
    const button = el('button', { type: 'button', class: 'help', 'aria-expanded': 'false' },
      '?', el('span', { class: 'visually-hidden' }, ` what is ${t.term.toLowerCase()}`));
    button.addEventListener('click', () => {
      if (!help) {
        help = el('p', { class: 'field-help', id: `help-${id}`, hidden: '' }, t.text, ...(t.link ? [' ', linkTo(t.link)] : []));
        button.after(help);
        button.setAttribute('aria-controls', help.id);
      }
      const open = help.hidden;
      help.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
    });
    // Beside the label, outside it: the input's name stays the label's text.
    label.after(button);
  }
}

/** Every term, for a product's inputs: a <details> under them, its list built when first opened. */
export function glossary(id: string): HTMLElement {
  const details = el('details', { class: 'group glossary', id }, el('summary', {}, 'What the terms mean')) as HTMLDetailsElement;
  const fill = (): void => {
    if (details.querySelector('dl')) return;
    details.append(el('dl', {}, ...TERMS.flatMap((t) => [el('dt', {}, t.term), el('dd', {}, t.text, ...(t.link ? [' ', linkTo(t.link)] : []))])));
  };
  // The click comes before the summary opens it (its list is there when it shows); `toggle` covers `open` set by a script.
  details.querySelector('summary')?.addEventListener('click', fill);
  details.addEventListener('toggle', fill);
  return details;
}
