import { load } from 'isomargin';

const im = await load();
const out = document.querySelector('#out');
const r = im.evaluate({ side: 'short', marginCoin: 'quote', mode: 'old', position: { assets: 3299800, liability: 110, interest: 0.5 }, markPrice: 29000, takerFee: 0.0001, mmr: 0.04 });
if (out) out.textContent = r.ok ? String(r.report.risk.maintenanceMargin) : r.error.message;
