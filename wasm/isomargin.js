// The isomargin JS API: a thin layer over the embind module. Every number comes from the C++
// core; this file only moves text and typed arrays across. Types and docs: isomargin.d.ts.
import createIsomarginCore from './isomargin-core.mjs';

// JSON has no NaN or ±Infinity; send them as strings so the core can name the field.
function keepNonFinite(_key, value) {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

// A scenario object or its JSON text → { text } or { error }.
function scenarioText(scenario) {
  if (typeof scenario === 'string') return { text: scenario };
  let text;
  try {
    text = JSON.stringify(scenario, keepNonFinite);
  } catch (e) {
    return { error: { field: '$', message: `cannot be sent as JSON: ${e.message}` } };
  }
  return text === undefined ? { error: { field: '$', message: 'must be an object' } } : { text };
}

const WASM = new URL('./isomargin-core.wasm', import.meta.url);

// The compiled module: the one given (a worker is handed the page's), else compiled from the bytes
// given, else from the file beside this one, fetched once — streamed as it arrives where the
// server sends application/wasm, which streaming compilation requires, else from its bytes.
async function compiled(options) {
  if (options.module !== undefined) {
    if (!(options.module instanceof WebAssembly.Module)) throw new TypeError('load({ module }): module must be a WebAssembly.Module');
    return options.module;
  }
  if (options.wasmBinary) return WebAssembly.compile(options.wasmBinary);
  const response = await fetch(WASM, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`could not fetch ${WASM.pathname.split('/').pop()}: HTTP ${response.status}`);
  if (/^application\/wasm\b/.test(response.headers.get('Content-Type') ?? '')) return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

export async function load(options = {}) {
  // Under node the glue would fetch() a file URL and fail with "fetch failed": say what works.
  if (!options.wasmBinary && !options.module && typeof window === 'undefined' && typeof process === 'object' && process.versions?.node) {
    throw new Error("under node, import the package ('isomargin', which reads the .wasm) or isomargin-node.js, or pass { wasmBinary }");
  }
  const module = await compiled(options);
  // The glue instantiates the module through this hook; a failure (or a module that is not the
  // core's) rejects load() rather than leaving the glue waiting.
  let failed;
  const failure = new Promise((_, reject) => { failed = reject; });
  const core = await Promise.race([createIsomarginCore({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)).catch(failed);
      return {};
    },
  }), failure]);
  const catalog = JSON.parse(core._catalog());
  return {
    // Compiled once: hand it to a worker's load({ module }) and the worker compiles nothing.
    module,
    evaluate(scenario) {
      const { text, error } = scenarioText(scenario);
      if (error) return { ok: false, error };
      // A report never has a top-level "error"; a bad input is nothing but one.
      const body = JSON.parse(core._evaluate(text));
      return body.error ? { ok: false, error: body.error } : { ok: true, report: body };
    },
    sweep(scenario, prices) {
      const { text, error } = scenarioText(scenario);
      if (error) return { ok: false, error };
      // The core checks every price (NaN, ≤ 0, too large) and the count, naming prices[i].
      let xs = prices;
      if (Array.isArray(prices)) xs = Float64Array.from(prices, Number);
      else if (!(prices instanceof Float64Array)) {
        return { ok: false, error: { field: 'prices', message: 'must be a Float64Array or an array of numbers' } };
      }
      const out = core._sweep(text, xs);
      if (out.error) return { ok: false, error: JSON.parse(out.error).error };
      // The caller's array is copied (a block copy: Float64Array.from iterates), so the result is its own.
      const price = xs === prices ? prices.slice(0, out.state.length) : xs;
      return { ok: true, sweep: { price, pnl: out.pnl, marginRatio: out.marginRatio, state: out.state } };
    },
    states: () => catalog.states,
    mergeMonteCarlo(parts) {
      let text;
      try {
        text = JSON.stringify(parts, keepNonFinite) ?? 'null';
      } catch (e) {
        return { ok: false, error: { field: '$', message: `cannot be sent as JSON: ${e.message}` } };
      }
      const body = JSON.parse(core._mergeMonteCarlo(text));
      return body.error ? { ok: false, error: body.error } : { ok: true, monteCarlo: body };
    },
    // A position pasted from OKX, Binance or Bybit (text or parsed JSON) → the scenario, the
    // account of every field, the exchange's figures checked, and the report.
    fromExchange(paste, options) {
      const { text, error } = scenarioText(paste);
      const opts = options === undefined ? { text: '' } : scenarioText(options);
      if (error || opts.error) return { ok: false, error: error ?? { ...opts.error, field: 'options' } };
      const body = JSON.parse(core._fromExchange(text, opts.text));
      return body.error ? { ok: false, error: body.error } : { ok: true, ...body };
    },
    presets: () => catalog.marginTiers,
    contractPresets: () => catalog.contractTiers,
    models: () => catalog.models,
  };
}
