// The isomargin JS API: a thin layer over the embind module. Every number comes from the C++
// core; this file only moves text across. Types and docs: isomargin.d.ts.
import createIsomarginCore from './isomargin-core.mjs';

// JSON has no NaN or ±Infinity; send them as strings so the core can name the field.
function keepNonFinite(_key, value) {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

export async function load(options = {}) {
  const core = await createIsomarginCore(
    options.wasmBinary ? { wasmBinary: options.wasmBinary } : {});
  const catalog = JSON.parse(core._catalog());
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
      // A report never has a top-level "error"; a bad input is nothing but one.
      const body = JSON.parse(core._evaluate(text));
      return body.error ? { ok: false, error: body.error } : { ok: true, report: body };
    },
    presets: () => catalog.marginTiers,
    contractPresets: () => catalog.contractTiers,
    models: () => catalog.models,
  };
}
