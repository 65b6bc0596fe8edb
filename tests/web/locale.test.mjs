// The page's number reading (web/src/shared/locale.ts) under node's Intl, bundled by esbuild:
// each locale's own format, the other common convention shown back, ambiguous texts asked about,
// and links' plain numbers written back in the locale's format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

const bundle = await build({
  entryPoints: [new URL('../../web/src/shared/locale.ts', import.meta.url).pathname],
  bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent',
});
const { LocaleNumbers } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const read = (locale, text) => new LocaleNumbers(locale).read(text);
const value = (locale, text) => {
  const r = read(locale, text);
  assert.equal(r.kind, 'number', `${locale} "${text}": ${JSON.stringify(r)}`);
  return r.value;
};

test('each locale reads its own format', () => {
  assert.equal(value('de-DE', '100.000,5'), 100000.5);
  assert.equal(value('de-DE', '100000,5'), 100000.5);
  assert.equal(value('de-DE', '1.234'), 1234);
  assert.equal(value('en-US', '100,000.5'), 100000.5);
  assert.equal(value('en-US', '19,500'), 19500);
  assert.equal(value('en-US', '3,299,800'), 3299800);
  assert.equal(value('en-US', '0.005'), 0.005);
  assert.equal(value('fr-FR', '1 234,5'), 1234.5);
  assert.equal(value('fr-FR', '1\u202f234,5'), 1234.5);
  assert.equal(value('de-CH', "1'234.5"), 1234.5);
  assert.equal(value('de-CH', '1’234.5'), 1234.5);
  assert.equal(value('en-US', '−5'), -5);
  assert.equal(value('sv-SE', '-5,5'), -5.5);
  assert.equal(value('en-US', '1e-7'), 1e-7);
  assert.equal(value('de-DE', '2,5e3'), 2500);
  assert.equal(value('en-US', '1e999'), Infinity);
  assert.equal(value('en-US', '1_10'), 110);
  assert.equal(value('hi-IN', '1,00,000'), 100000);
});

test('a text only the other convention reads is taken and shown back in the user format', () => {
  assert.deepEqual(read('de-DE', '100000.5'), { kind: 'number', value: 100000.5, shown: '100.000,5' });
  assert.deepEqual(read('de-DE', '1.5'), { kind: 'number', value: 1.5, shown: '1,5' });
  assert.deepEqual(read('en-US', '1.000,5'), { kind: 'number', value: 1000.5, shown: '1,000.5' });
  assert.deepEqual(read('en-US', '0,5'), { kind: 'number', value: 0.5, shown: '0.5' });
});

test('a decimal mark followed by three digits is asked about, never read one way silently', () => {
  assert.deepEqual(read('de-DE', '1,234'), { kind: 'ambiguous', readings: [1.234, 1234], mark: ',' });
  assert.deepEqual(read('de-DE', '100,000'), { kind: 'ambiguous', readings: [100, 100000], mark: ',' });
  assert.deepEqual(read('en-US', '1.234'), { kind: 'ambiguous', readings: [1.234, 1234], mark: '.' });
  assert.deepEqual(read('fr-FR', '1.234'), { kind: 'ambiguous', readings: [1.234, 1234], mark: '.' });
  // Leading zeros are no grouping: no question.
  assert.equal(value('de-DE', '0,005'), 0.005);
});

test('text that is no number in any convention is invalid', () => {
  for (const t of ['abc', '3.2.1', '0x10', 'Infinity', '1,2,3.4.5', '-', '.', '1e', '12abc', '1,000.5,5']) {
    assert.equal(read('en-US', t).kind, 'invalid', t);
  }
  assert.equal(read('de-DE', '1.23.4').kind, 'invalid');
});

test('links hold plain numbers; inputs get the locale format and a settled reading where it would be asked', () => {
  const de = new LocaleNumbers('de-DE');
  assert.equal(de.fromNeutral('100000.5', 'x'), '100.000,5');
  assert.equal(de.fromNeutral('19,500', 'x'), '19.500');  // an older link's en-US text
  assert.equal(de.neutral('100.000,5'), '100000.5');
  assert.equal(de.neutral('abc'), 'abc');
  const text = de.fromNeutral('1.234', 'y');
  assert.equal(text, '1,234');
  assert.deepEqual(de.read(text, 'y'), { kind: 'number', value: 1.234, shown: null });
  assert.equal(de.read(text, 'z').kind, 'ambiguous');
  assert.equal(new LocaleNumbers('en-US').format(0.30000000000000004), '0.30000000000000004');
  assert.equal(new LocaleNumbers('en-US').format(3299800), '3,299,800');
  assert.equal(LocaleNumbers.mapList('19,500\n29,000 × 3', (t) => `<${t}>`), '<19,500>\n<29,000> × <3>');
});
