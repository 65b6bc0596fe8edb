// The custom element's module (dist/isomargin-calculator.js): defines <isomargin-calculator>, once
// even when the module is loaded twice. The element itself: calculator/element.ts; its public
// types (and the tag name and events for TypeScript): web/isomargin-calculator.d.ts.

import { IsomarginCalculatorElement } from './calculator/element';

export { IsomarginCalculatorElement };

if (!customElements.get('isomargin-calculator')) customElements.define('isomargin-calculator', IsomarginCalculatorElement);
