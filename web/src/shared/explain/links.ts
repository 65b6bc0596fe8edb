// Links to the pages beside the calculator in dist/ (formulas.html, guide.html), resolved against
// this module's own URL so that the custom element on another site still points home.

import { el } from '../dom';

const home = (file: string): string => new URL(file, import.meta.url).href;

export const formulasLink = (text: string): HTMLElement =>
  el('a', { href: home('formulas.html'), target: '_blank', rel: 'noopener' }, text);

export const guideLink = (text: string): HTMLElement =>
  el('a', { href: home('guide.html'), target: '_blank', rel: 'noopener' }, text);
