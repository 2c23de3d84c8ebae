/**
 * The few Go standard-library parsers Istio's validators lean on, re-stated for TypeScript:
 * `strconv.ParseBool`, `strconv.ParseUint(s, 10, bits)` and `time.ParseDuration`.
 * Each returns an error message in Go's wording, or null.
 */

const GO_BOOLS = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Go `strconv.ParseBool`. */
export function goParseBool(s: string): boolean | null {
  if (!GO_BOOLS.has(s)) return null;
  return ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s);
}

export function goParseBoolError(s: string): string | null {
  return goParseBool(s) === null ? `strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax` : null;
}

/** Go `strconv.ParseUint(s, 10, bits)`: plain decimal digits only, no sign, no underscores. */
export function goParseUintError(s: string, bits: 16 | 32 | 64): string | null {
  if (!/^[0-9]+$/.test(s)) return `strconv.ParseUint: parsing ${goQuote(s)}: invalid syntax`;
  if (BigInt(s) > (1n << BigInt(bits)) - 1n) return `strconv.ParseUint: parsing ${goQuote(s)}: value out of range`;
  return null;
}

const UNIT_NS: Record<string, number> = {
  ns: 1,
  us: 1e3,
  'µs': 1e3, // U+00B5
  'μs': 1e3, // U+03BC
  ms: 1e6,
  s: 1e9,
  m: 60e9,
  h: 3600e9,
};
const MAX_DURATION_NS = 9223372036854775807;

/** Go `time.ParseDuration`; returns nanoseconds (a float; exact enough for validation) or an error. */
export function goParseDuration(s: string): { ns: number } | { error: string } {
  const bad = { error: `time: invalid duration ${goQuote(s)}` };
  let rest = s;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    if (rest[0] === '-') sign = -1;
    rest = rest.slice(1);
  }
  if (rest === '0') return { ns: 0 };
  if (rest === '') return bad;
  let total = 0;
  const part = /^([0-9]*)(?:\.([0-9]*))?([^0-9.]*)/;
  while (rest !== '') {
    const m = part.exec(rest);
    if (!m) return bad;
    const [whole, int = '', frac, unit = ''] = m;
    if (int === '' && (frac === undefined || frac === '')) return bad;
    if (unit === '') return { error: `time: missing unit in duration ${goQuote(s)}` };
    const scale = UNIT_NS[unit];
    if (scale === undefined) return { error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(s)}` };
    total += Number(`${int || '0'}.${frac || '0'}`) * scale;
    if (total > MAX_DURATION_NS) return bad;
    rest = rest.slice(whole.length);
  }
  return { ns: sign * total };
}

/**
 * Go's `unicode.IsSpace`: the Unicode White_Space characters. Not JavaScript's `trim` set: that
 * has U+FEFF (not space to Go) and lacks U+0085 (space to Go).
 */
export function isGoSpace(c: number): boolean {
  if (c <= 0xff) return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x85 || c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/** Go `strings.TrimSpace`, which Istio applies to the annotation values it trims. */
export function goTrimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isGoSpace(s.charCodeAt(start))) start++;
  while (end > start && isGoSpace(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/** Go `strconv.Quote`-like quoting, close enough for messages. */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}
