// Loads the shipped module (dist/wasm) under node: the same files the page serves, given the
// .wasm bytes because node's fetch cannot read a file URL.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

// The native CLI the tests/cli files run; ISOMARGIN_CLI names another build of it (scripts/test.sh
// runs them again on the sanitizer build).
export const cliPath = process.env.ISOMARGIN_CLI ? resolve(root, process.env.ISOMARGIN_CLI) : `${root}build/native/cli/isomargin`;

// The full module (explanations, the paste) unless `full: false`: the first-load module the page starts with.
export async function loadIsomargin({ full = true } = {}) {
  const { load } = await import(`${root}dist/wasm/isomargin.js`);
  return load({ full, wasmBinary: wasmBytes(full) });
}
export const wasmBytes = (full) => readFileSync(`${root}dist/wasm/${full ? 'isomargin-full' : 'isomargin-core'}.wasm`);

export const vectors = JSON.parse(readFileSync(`${root}tests/vectors.json`, 'utf8'));

// "a.b[2].c" → value, or undefined when the path does not exist.
export function atPath(root, path) {
  let cur = root;
  for (const part of path.match(/[^.[\]]+/g)) {
    if (cur === null || typeof cur !== 'object' || !(part in cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

// RFC 7386 merge patch, as nlohmann's merge_patch applies it in the native tests.
export function mergePatch(target, patch) {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

// A bad input's text: a string, or [piece, times] pairs for inputs too long to write out.
export function badText(b) {
  return typeof b.text === 'string' ? b.text : b.text.map(([piece, n]) => piece.repeat(n)).join('');
}

// A sweep's prices: a list ("NaN"/"Infinity" as strings), or {from, to, count} evenly spaced.
export function pricesOf(spec) {
  if (Array.isArray(spec)) return spec.map(Number);
  return Array.from({ length: spec.count }, (_, i) => spec.from + ((spec.to - spec.from) * i) / (spec.count - 1));
}

// The bad-input cases as scenarios; "NaN"/"Infinity" strings become real numbers so the JS
// API's own handling of non-finite numbers is what is tested.
export function badScenario(b) {
  if ('text' in b) return badText(b);
  const revive = (v) => {
    if (v === 'NaN') return NaN;
    if (v === 'Infinity') return Infinity;
    if (v === '-Infinity') return -Infinity;
    if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) v[k] = revive(v[k]);
    }
    return v;
  };
  return revive(mergePatch(structuredClone(vectors.bases[b.base]), b.patch));
}

// A paste row's paste (inline JSON, raw text, or a file under examples/paste/) and its options,
// as the native tests read them (tests/test_pastes.cpp).
export function pasteOf(row) {
  if ('text' in row) return row.text;
  if ('file' in row) return readFileSync(`${root}${row.file}`, 'utf8');
  return JSON.stringify(row.paste);
}
export function optionsOf(row) {
  if ('optionsText' in row) return row.optionsText;
  if ('optionsFile' in row) return JSON.parse(readFileSync(`${root}${row.optionsFile}`, 'utf8'));
  return row.options;
}
