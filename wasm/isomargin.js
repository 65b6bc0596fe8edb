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

// Two modules (wasm/CMakeLists.txt): the first load's, without the explanations and the paste, and
// the full one, fetched on first use of either (loadFull) or at once with load({ full: true }).
const CORE = { file: 'isomargin-core.wasm', glue: () => Promise.resolve(createIsomarginCore) };
const FULL = { file: 'isomargin-full.wasm', glue: () => import('./isomargin-full.mjs').then((m) => m.default) };

// The compiled module: the one given (a worker is handed the page's), else compiled from the bytes
// given, else from the file beside this one, read by `readWasm(file)` (the node export's) or fetched
// once — streamed as it arrives where the server sends application/wasm, which streaming
// compilation requires, else from its bytes.
async function compiled(kind, options) {
  if (options.module !== undefined) {
    if (!(options.module instanceof WebAssembly.Module)) throw new TypeError('load({ module }): module must be a WebAssembly.Module');
    return options.module;
  }
  if (options.wasmBinary) return WebAssembly.compile(options.wasmBinary);
  if (options.readWasm) return WebAssembly.compile(await options.readWasm(kind.file));
  const response = await fetch(new URL(`./${kind.file}`, import.meta.url), { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`could not fetch ${kind.file}: HTTP ${response.status}`);
  if (/^application\/wasm\b/.test(response.headers.get('Content-Type') ?? '')) return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

// Compiles (or takes) the module and runs its glue on it: { module, core }.
async function instantiate(kind, options) {
  // Under node the glue would fetch() a file URL and fail with "fetch failed": say what works.
  if (!options.wasmBinary && !options.module && !options.readWasm && typeof window === 'undefined' && typeof process === 'object' && process.versions?.node) {
    throw new Error("under node, import the package ('isomargin', which reads the .wasm) or isomargin-node.js, or pass { wasmBinary }");
  }
  const [module, create] = await Promise.all([compiled(kind, options), kind.glue()]);
  // The glue instantiates the module through this hook; a failure (or a module that is not the
  // glue's) rejects rather than leaving the glue waiting.
  let failed;
  const failure = new Promise((_, reject) => { failed = reject; });
  const core = await Promise.race([create({
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)).catch(failed);
      return {};
    },
  }), failure]);
  return { module, core };
}

// What the first-load module says to "explain": true (core/codec/src/api.cpp), and what we say instead.
const NO_EXPLAINER = 'explanations are not built into this module';
const NOT_LOADED = 'in the full module, not loaded yet: await im.loadFull() first, or load({ full: true })';

export async function load(options = {}) {
  const { module, core } = await instantiate(options.full ? FULL : CORE, options);
  // The core that explains and maps a paste: this one when full, else the full module once loaded.
  let full = options.full ? core : null;
  let fullLoading = null;
  const catalog = JSON.parse(core._catalog());
  const im = {
    // Compiled once: hand it to a worker's load({ module, full }) and the worker compiles nothing.
    module,
    get full() { return full !== null; },
    loadFull(fullOptions = {}) {
      if (full) return Promise.resolve(im);
      fullLoading ??= instantiate(FULL, { readWasm: options.readWasm, ...fullOptions }).then((r) => { full = r.core; return im; }, (e) => {
        fullLoading = null;
        throw e;
      });
      return fullLoading;
    },
    evaluate(scenario) {
      const { text, error } = scenarioText(scenario);
      if (error) return { ok: false, error };
      // A report never has a top-level "error"; a bad input is nothing but one.
      const body = JSON.parse((full ?? core)._evaluate(text));
      if (!body.error) return { ok: true, report: body };
      // The first-load module has no explainer: say how to get one.
      if (!full && body.error.message === NO_EXPLAINER) return { ok: false, error: { field: 'explain', message: `the explanations are ${NOT_LOADED}` } };
      return { ok: false, error: body.error };
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
      if (!full) return { ok: false, error: { field: '$', message: `fromExchange is ${NOT_LOADED}` } };
      const body = JSON.parse(full._fromExchange(text, opts.text));
      return body.error ? { ok: false, error: body.error } : { ok: true, ...body };
    },
    presets: () => catalog.marginTiers,
    contractPresets: () => catalog.contractTiers,
    models: () => catalog.models,
  };
  return im;
}
