// The npm package as a user gets it: `npm pack`, the tarball installed into an empty folder, then
// node imports it by name and evaluates the guide's risk example, the README's JS example runs
// exactly as printed, and its types check a small consumer under `tsc --strict` (and catch a
// wrong one). The tarball holds no C++ and stays under 400 KB. Needs a built dist/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');
let dir;
let app;
let pack;

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'isomargin-pack-'));
  [pack] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], root));
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // No dependencies to fetch: the install reads the tarball only.
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, pack.filename)], app);
}, { timeout: 120000 });
after(() => rmSync(dir, { recursive: true, force: true }));

test('the tarball: the JS API, glue, wasm, d.ts, the element, the embed and the site; no C++, tests or build trees; < 400 KB', () => {
  const files = pack.files.map((f) => f.path);
  for (const f of ['dist/wasm/isomargin.js', 'dist/wasm/isomargin-node.js', 'dist/wasm/isomargin-core.mjs', 'dist/wasm/isomargin-core.wasm',
    'dist/wasm/isomargin.d.ts', 'dist/isomargin-calculator.js', 'dist/isomargin-calculator.d.ts', 'dist/embed.html', 'dist/index.html', 'package.json']) {
    assert.ok(files.includes(f), `${f} is in the tarball`);
  }
  assert.deepEqual(files.filter((f) => /\.(cpp|hpp|h|cc)$|^(core|cli|tests|build|bench|scripts)\//.test(f)), []);
  // 313,398 bytes once the entries share their chunks (420,908 with a copy of everything in each);
  // ~399,000 with the two wasm modules (issue 14), the formulas as dist/formulas.html only.
  assert.ok(pack.size < 400 * 1024, `tarball ${pack.size} bytes`);
});

test('node imports the package by name and evaluates the guide\'s risk example: MM 128,180, ratio 74.16%', () => {
  writeFileSync(join(app, 'risk.mjs'), `import { load } from 'isomargin';
const im = await load();
const r = im.evaluate({ pair: 'BTC/USDT', side: 'short', marginCoin: 'quote', mode: 'old',
  position: { assets: 3299800, liability: 110, interest: 0.5 }, markPrice: 29000, takerFee: 0.0001, mmr: 0.04 });
console.log(JSON.stringify(r.ok ? r.report.risk : r.error));
`);
  const risk = JSON.parse(run('node', ['risk.mjs'], app));
  assert.ok(Math.abs(risk.maintenanceMargin - 128180) <= 0.5, `MM ${risk.maintenanceMargin}`);
  assert.ok(Math.abs(risk.marginRatio - 0.7416) <= 0.00005, `ratio ${risk.marginRatio}`);
});

test('the README\'s JS example runs under node exactly as printed', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const block = /## JavaScript\n[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'README has a ```js block under "## JavaScript"');
  writeFileSync(join(app, 'readme.mjs'), block);
  const printed = run('node', ['readme.mjs'], app).trim().split('\n');
  // The README's comment gives the price to the dollar; the double prints all its digits.
  assert.ok(Math.abs(Number(printed[0]) - 93103) <= 0.5, `the liquidation price the README comments: ${printed[0]}`);
});

test('the d.ts files type-check a consumer under tsc --strict, and catch a wrong one', () => {
  const options = ['--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom'];
  writeFileSync(join(app, 'good.ts'), `import { load, type ContractScenario, type Scenario } from 'isomargin';
import type { IsomarginCalculatorElement, ResultMessage } from 'isomargin/element';

const im = await load();
const spot: Scenario = { side: 'short', marginCoin: 'quote', mode: 'old',
  position: { assets: 3299800, liability: 110, interest: 0.5 }, markPrice: 29000, takerFee: 0.0001, mmr: 0.04 };
const r = im.evaluate(spot);
const mm: number | null = r.ok ? r.report.risk.maintenanceMargin : null;
const perp: ContractScenario = { product: 'perpetual', side: 'long', contract: { type: 'linear' },
  position: { contracts: 1, entryPrice: 20000, leverage: 50 }, markPrice: 20000, mmr: 0.005, model: 'bybit' };
const c = im.evaluate(perp);
const liq = c.ok && c.report.result.liquidationPrice.status === 'price' ? c.report.result.liquidationPrice.price : null;
const el: IsomarginCalculatorElement | null = document.querySelector('isomargin-calculator');
el?.addEventListener('isomargin-result', (e) => { const m: ResultMessage = e.detail; console.log(m.report); });
if (el) el.product = 'contract';
console.log(mm, liq, el?.report);
`);
  run('node', [tsc, ...options, 'good.ts'], app);
  writeFileSync(join(app, 'bad.ts'), `import { load } from 'isomargin';
const im = await load();
const r = im.evaluate({ side: 'short', marginCoin: 'quote', markPrice: 29000, mmr: 0.04 });
const wrong: string = r.ok ? r.report.risk.maintenanceMargin : '';
console.log(wrong);
`);
  assert.throws(() => run('node', [tsc, ...options, 'bad.ts'], app), (e) => /TS2322/.test(e.stdout), 'tsc refuses a number used as a string');
});
