// The page's modules: no import cycle and the layers kept (scripts/check-imports.mjs), on the real
// tree — and the check itself finds a planted cycle and a product importing another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTRIES, importGraph, problems } from '../../scripts/check-imports.mjs';

test('web/src: no import cycle; entries → calculator → products → shared', async () => {
  const graph = await importGraph(ENTRIES, 'web/src', 'web/tsconfig.json');
  assert.ok(graph.size > 30, `the graph holds the tree (${graph.size} files)`);
  for (const name of ['spot', 'contracts', 'options']) {
    assert.ok([...graph.keys()].some((f) => f.startsWith(`${name}/`)), `${name}/ is in the graph`);
  }
  assert.deepEqual(problems(graph), []);
});

test('the check finds a cycle and a product importing another product', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isomargin-imports-'));
  try {
    for (const d of ['shared', 'spot', 'options', 'calculator']) mkdirSync(join(dir, d));
    const file = (name, text) => writeFileSync(join(dir, name), text);
    file('page.ts', "import { c } from './calculator/calculator';\nconsole.log(c);\n");
    file('calculator/calculator.ts', "import { spot } from '../spot/index';\nexport const c = spot;\n");
    file('spot/index.ts', "import { a } from '../shared/a';\nimport { o } from '../options/index';\nexport const spot = [a, o];\n");
    file('options/index.ts', "export const o = 1;\n");
    file('shared/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
    file('shared/b.ts', "import { a } from './a';\nexport const b = () => a;\n");
    const found = problems(await importGraph([join(dir, 'page.ts')], dir));
    assert.deepEqual(found.sort(), [
      'cycle: shared/a.ts → shared/b.ts → shared/a.ts',
      'layer: spot/index.ts imports options/index.ts (spot → options)',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
