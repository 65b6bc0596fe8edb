// What the bench scripts share: min / median of a run's samples, and a file's compressed sizes
// (gzip level 9 and brotli quality 11, as a host or the build would precompress them).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const round = (x) => +x.toFixed(x < 10 ? 2 : 1);
  return { min: round(s[0]), median: round(s[Math.floor(s.length / 2)]), runs: xs.map(round) };
}

export function compressed(bytes) {
  return {
    bytes: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
