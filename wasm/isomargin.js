// The isomargin JS API: a thin layer over the wasm module's C ABI (wasm/bindings.cpp). Every
// number comes from the C++ core; this file only moves text across. Types and docs:
// isomargin.d.ts.
import createIsomarginCore from './isomargin-core.mjs';

// JSON has no NaN or ±Infinity; send them as strings so the core can name the field.
function keepNonFinite(_key, value) {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export async function load(options = {}) {
  const core = await createIsomarginCore(
    options.wasmBinary ? { wasmBinary: options.wasmBinary } : {});
  // The answer to the last call: UTF-8 at `at` in linear memory. HEAPU8 is read after the call,
  // since memory may have grown (and been replaced) during it.
  const answer = (at) => JSON.parse(fromUtf8.decode(core.HEAPU8.subarray(at, at + core._isomargin_size())));
  return {
    evaluate(scenario) {
      let text = scenario;
      if (typeof scenario !== 'string') {
        try {
          text = JSON.stringify(scenario, keepNonFinite);
        } catch (e) {
          return { ok: false, error: { field: '$', message: `cannot be sent as JSON: ${e.message}` } };
        }
        if (text === undefined) return { ok: false, error: { field: '$', message: 'must be an object' } };
      }
      const bytes = utf8.encode(text);
      const at = core._isomargin_input(bytes.length);  // may grow memory: HEAPU8 only after
      core.HEAPU8.set(bytes, at);
      // A report never has a top-level "error"; a bad input is nothing but one.
      const body = answer(core._isomargin_evaluate());
      return body.error ? { ok: false, error: body.error } : { ok: true, report: body };
    },
    presets() {
      return answer(core._isomargin_presets());
    },
  };
}
