// What the page downloads for the calculator: the wasm module, its glue and the API layer,
// raw and gzipped (level 9). `node bench/size.mjs` after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const files = ['isomargin-core.wasm', 'isomargin-core.mjs', 'isomargin.js'];
let raw = 0;
let gz = 0;
const rows = files.map((f) => {
  const bytes = readFileSync(new URL(`../dist/wasm/${f}`, import.meta.url));
  const z = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += z;
  return { file: f, bytes: bytes.length, gzip: z };
});
console.log(JSON.stringify({ files: rows, totalBytes: raw, totalGzip: gz, goalGzip: 50 * 1024 }, null, 2));
