/**
 * Go's fmt formatting for template values. Value model (shared by the whole engine):
 * string → string, JS number → float64, JS bigint → int, boolean → bool, null/undefined → nil,
 * array → []interface{}, plain object → map[string]interface{}, function → func.
 */

/** Go type name of a value as `%T` prints it. */
export function goTypeName(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return 'float64';
    case 'bigint':
      return 'int';
    case 'boolean':
      return 'bool';
    case 'function':
      return 'func';
    case 'undefined':
      return '<nil>';
  }
  if (v === null) return '<nil>';
  return Array.isArray(v) ? '[]interface {}' : 'map[string]interface {}';
}

/** Go's strconv.FormatFloat(f, fmt, prec, 64) for fmt 'g', 'e', 'f' (prec -1 = shortest). */
export function formatFloat(f: number, fmt: 'g' | 'e' | 'f', prec = -1): string {
  // Fast path: small integers print the same in every shortest format but 'e'.
  if (prec < 0 && fmt !== 'e' && Number.isInteger(f) && f < 1e6 && f > -1e6 && !Object.is(f, -0)) return String(f);
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  const neg = f < 0 || Object.is(f, -0);
  const a = Math.abs(f);
  let digits: string;
  let dp: number; // decimal point position relative to digits
  if (a === 0) {
    digits = '0';
    dp = 1;
  } else if (prec < 0) {
    const s = a.toExponential();
    const eIdx = s.indexOf('e');
    digits = s.slice(0, eIdx).replace('.', '');
    dp = Number(s.slice(eIdx + 1)) + 1;
  } else {
    // Exact-enough expansion, then round half to even as strconv does.
    const s = a.toExponential(100);
    const eIdx = s.indexOf('e');
    const all = s.slice(0, eIdx).replace('.', '');
    dp = Number(s.slice(eIdx + 1)) + 1;
    const keep = fmt === 'e' ? prec + 1 : fmt === 'g' ? Math.max(prec, 1) : dp + prec;
    [digits, dp] = roundDigits(all, dp, keep);
  }
  let out: string;
  if (fmt === 'f') {
    out = fmtF(digits, dp, prec < 0 ? Math.max(digits.length - dp, 0) : prec);
  } else if (fmt === 'e') {
    out = fmtE(digits, dp, prec < 0 ? digits.length - 1 : prec);
  } else {
    let eprec = prec < 0 ? 6 : prec === 0 ? 1 : prec;
    if (prec >= 0) {
      // %g with precision trims trailing zeros, as Go does.
      digits = digits.replace(/0+$/, '') || '0';
      if (eprec > digits.length && digits.length >= dp) eprec = digits.length;
    }
    const exp = dp - 1;
    if (a !== 0 && (exp < -4 || exp >= eprec)) out = fmtE(digits, dp, digits.length - 1);
    else out = fmtF(digits, dp, Math.max(digits.length - dp, 0));
  }
  return neg ? '-' + out : out;
}

/** Round a digit string (value 0.DIGITS × 10^dp) to `keep` digits, half to even. */
function roundDigits(all: string, dp: number, keep: number): [string, number] {
  if (keep < 0) return ['0', dp];
  if (keep >= all.length) return [all, dp];
  const next = all.charCodeAt(keep) - 48;
  const rest = all.slice(keep + 1);
  const prevOdd = keep > 0 && (all.charCodeAt(keep - 1) - 48) % 2 === 1;
  const up = next > 5 || (next === 5 && (/[1-9]/.test(rest) || prevOdd));
  let d = all.slice(0, keep);
  if (!up) return [d.length === 0 ? '0' : d, dp];
  // Add one at the last kept digit.
  let i = d.length - 1;
  while (i >= 0 && d[i] === '9') i--;
  if (i < 0) return ['1' + '0'.repeat(d.length), dp + 1];
  d = d.slice(0, i) + String.fromCharCode(d.charCodeAt(i) + 1) + '0'.repeat(d.length - i - 1);
  return [d, dp];
}

function fmtE(digits: string, dp: number, prec: number): string {
  let s = digits[0]!;
  if (prec > 0) s += '.' + digits.slice(1, 1 + prec).padEnd(prec, '0');
  const exp = digits === '0' ? 0 : dp - 1;
  const ae = Math.abs(exp);
  return s + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
}

function fmtF(digits: string, dp: number, prec: number): string {
  let s = dp > 0 ? (dp >= digits.length ? digits + '0'.repeat(dp - digits.length) : digits.slice(0, dp)) : '0';
  if (prec > 0) {
    s += '.';
    for (let i = 0; i < prec; i++) {
      const j = dp + i;
      s += j >= 0 && j < digits.length ? digits[j] : '0';
    }
  }
  return s;
}

/** Characters Go does not print as they are; made on first use (building it costs half a millisecond). */
let nonPrint: RegExp | undefined;

/** Printable ASCII but the quote and the backslash: what Go's quoting leaves as it is. */
const PLAIN_IN_DOUBLE = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const PLAIN_IN_SINGLE = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

/** Go's strconv.Quote. */
export function quoteGo(s: string, q = '"'): string {
  // Nearly every value needs no escape: it is quoted as it is, without a walk over its characters.
  if ((q === '"' ? PLAIN_IN_DOUBLE : q === "'" ? PLAIN_IN_SINGLE : undefined)?.test(s)) return q + s + q;
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c >= 0x80 && !(nonPrint ??= /[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/u).test(ch)) out += ch;
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd';
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out + q;
}

/** Sorted keys of a map value, in Go's fmt / text/template order. */
export function sortedKeys(o: object): string[] {
  return Object.keys(o).sort(compareStrings);
}

/** Byte-wise (UTF-8) order of two strings, as Go compares them. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (astral code points) sort after all BMP code points in UTF-8.
      const xs = x >= 0xd800 && x <= 0xdfff ? x + 0x10000 : x;
      const ys = y >= 0xd800 && y <= 0xdfff ? y + 0x10000 : y;
      return xs < ys ? -1 : 1;
    }
  }
  return a.length - b.length;
}

/** `%v` of a value (fmt.Sprint of a single operand). */
export function formatValue(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
      return formatFloat(v, 'g');
    case 'bigint':
    case 'boolean':
      return String(v);
    case 'undefined':
      return '<nil>';
    case 'function':
      return '0x0';
  }
  if (v === null) return '<nil>';
  if (Array.isArray(v)) {
    let s = '[';
    for (let i = 0; i < v.length; i++) s += (i > 0 ? ' ' : '') + formatValue(v[i]);
    return s + ']';
  }
  const o = v as Record<string, unknown>;
  let s = 'map[';
  let first = true;
  for (const k of sortedKeys(o)) {
    s += (first ? '' : ' ') + k + ':' + formatValue(o[k]);
    first = false;
  }
  return s + ']';
}

/** fmt.Sprint: spaces between operands when neither side is a string. */
export function sprint(args: readonly unknown[]): string {
  let s = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') s += ' ';
    s += formatValue(a);
  }
  return s;
}

/** fmt.Sprintln: always spaces, trailing newline. */
export function sprintln(args: readonly unknown[]): string {
  return args.map(formatValue).join(' ') + '\n';
}
