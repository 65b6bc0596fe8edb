// Reads an explanation's substituted line back, as tests/substituted.cpp does natively: numbers
// with grouping commas and units, ×, ÷, +, −, parentheses, %, and N( ), ln( ), exp( ), √( ),
// min( , ), max( , ). Every printed number reads back as the double the core used and counts as
// within 1e-13 of it (room for the core's own order of operations), so the result carries a
// bound on its error: { value, error }, or null when the text does not parse.
const DIGITS = 1e-13;  // each number reads back exactly; this is room for the core's own order of operations
const EPS = 2.3e-16;   // one rounding of a double operation, relative
const NUMBER = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(e[+-]?\d+)?$/;
const OPS = { '×': '*', '÷': '/', '−': '-', '√': 'r', '+': '+', '(': '(', ')': ')', '%': '%', ',': ',' };

export function tokens(s) {
  const out = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ') { i++; continue; }
    if (c in OPS) { out.push({ op: OPS[c] }); i++; continue; }
    let j = i;
    while (j < s.length) {
      const d = s[j];
      if (d === ',' && /\d/.test(s[j + 1] ?? '')) { j++; continue; }
      if (d === ' ' || d in OPS) break;
      j++;
    }
    const word = s.slice(i, j);
    i = j;
    if (NUMBER.test(word)) out.push({ num: Number(word.replaceAll(',', '')) });
    else if (/[-*/]/.test(word)) return null;  // ASCII operators are not ours
    else out.push({ word });
  }
  out.push({ end: true });
  return out;
}

// The standard normal distribution: a series for |x| < 3√2's argument, Lentz's continued
// fraction for erfc beyond (each good to ~1e-15).
function normalCdf(x) {
  const z = Math.abs(x) / Math.SQRT2;
  let erfc;
  if (z < 3) {
    let term = z, sum = z;
    for (let n = 1; n < 200 && Math.abs(term) > 1e-17 * Math.abs(sum); n++) {
      term *= (2 * z * z) / (2 * n + 1);
      sum += term;
    }
    erfc = 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-z * z) * sum;
  } else {
    let f = z, C = z, D = 0;
    for (let n = 1; n < 500; n++) {
      const a = n / 2;
      D = 1 / (z + a * D);
      C = z + a / C;
      const delta = C * D;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-16) break;
    }
    erfc = Math.exp(-z * z) / Math.sqrt(Math.PI) / f;
  }
  return x < 0 ? 0.5 * erfc : 1 - 0.5 * erfc;
}

export function evaluateSubstituted(text) {
  const t = tokens(text);
  if (!t) return null;
  let i = 0;
  const is = (op) => t[i].op === op;
  const isFunc = (k) => t[k].word !== undefined && ['N', 'ln', 'exp', 'min', 'max'].includes(t[k].word) && t[k + 1].op === '(';
  const round = (value, error) => ({ value, error: error + EPS * Math.abs(value) });
  function expr() {
    let a = term();
    while (a && (is('+') || is('-'))) {
      const add = is('+');
      i++;
      const b = term();
      if (!b) return null;
      a = round(add ? a.value + b.value : a.value - b.value, a.error + b.error);
    }
    return a;
  }
  function term() {
    let a = unary();
    while (a && (is('*') || is('/'))) {
      const mul = is('*');
      i++;
      const b = unary();
      if (!b) return null;
      if (mul) {
        a = round(a.value * b.value, Math.abs(a.value) * b.error + Math.abs(b.value) * a.error + a.error * b.error);
      } else {
        const q = a.value / b.value;
        const room = Math.abs(b.value) - b.error;
        a = round(q, room > 0 ? (a.error + Math.abs(q) * b.error) / room : Infinity);
      }
    }
    return a;
  }
  function unary() {
    if (is('-')) {
      i++;
      const a = unary();
      return a && { value: -a.value, error: a.error };
    }
    let a = primary();
    if (!a) return null;
    if (is('%')) {
      i++;
      a = { value: a.value / 100, error: a.error / 100 + EPS * Math.abs(a.value / 100) };
    }
    while (t[i].word !== undefined && !isFunc(i)) i++;  // units
    return a;
  }
  function primary() {
    const tok = t[i];
    if (tok.num !== undefined) {
      i++;
      return { value: tok.num, error: DIGITS * Math.abs(tok.num) };
    }
    if (is('(')) {
      i++;
      const a = expr();
      if (!a || !is(')')) return null;
      i++;
      return a;
    }
    if (is('r')) {
      i++;
      const a = primary();
      if (!a || a.value < 0) return null;
      const r = Math.sqrt(a.value);
      return round(r, r - Math.sqrt(Math.max(0, a.value - a.error)));
    }
    if (!isFunc(i)) return null;
    const name = tok.word;
    i += 2;
    const args = [];
    for (;;) {
      const a = expr();
      if (!a) return null;
      args.push(a);
      if (is(',')) { i++; continue; }
      if (!is(')')) return null;
      i++;
      break;
    }
    const [x, y] = args;
    if (name === 'min' || name === 'max') {
      if (args.length !== 2) return null;
      const first = name === 'min' ? x.value <= y.value : x.value >= y.value;
      return { value: first ? x.value : y.value, error: Math.max(x.error, y.error) };
    }
    if (args.length !== 1) return null;
    if (name === 'N') {
      const density = Math.exp(-0.5 * x.value * x.value) / Math.sqrt(2 * Math.PI);
      return { value: normalCdf(x.value), error: density * x.error + 1e-15 };
    }
    if (name === 'ln') return x.value > x.error ? round(Math.log(x.value), x.error / (x.value - x.error)) : null;
    const e = Math.exp(x.value);
    return round(e, e * Math.expm1(x.error));
  }
  const v = expr();
  return v && t[i].end ? v : null;
}
