/**
 * yaml.v2's scalar decisions: key order, which strings need quotes (resolve + libyaml's
 * analyze_scalar), and double-quoted escapes.
 */
import { compareStrings } from '../../gotemplate/index.js';

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && /\p{Nd}/u.test(c);

/** yaml.v2's keyList.Less for string keys: digit runs compare as numbers, non-letters first. */
export function yamlKeyCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (/^[a-z]*$/.test(a) && /^[a-z]*$/.test(b)) return compareStrings(a, b);
  return yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0;
}

function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]!);
    const bl = isLetter(br[i]!);
    if (al && bl) return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + (ar[ai]!.charCodeAt(0) - 48);
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + (br[bi]!.charCodeAt(0) - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i]!.codePointAt(0)! < br[i]!.codePointAt(0)!;
  }
  return ar.length < br.length;
}

export const isBreak = (cp: number): boolean => cp === 10 || cp === 13 || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
export const isPrintable = (cp: number): boolean =>
  cp === 10 || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);

export function doubleEscape(cp: number): string {
  switch (cp) {
    case 0:
      return '0';
    case 7:
      return 'a';
    case 8:
      return 'b';
    case 9:
      return 't';
    case 10:
      return 'n';
    case 11:
      return 'v';
    case 12:
      return 'f';
    case 13:
      return 'r';
    case 0x1b:
      return 'e';
    case 0x22:
      return '"';
    case 0x5c:
      return '\\';
    case 0x85:
      return 'N';
    case 0xa0:
      return '_';
    case 0x2028:
      return 'L';
    case 0x2029:
      return 'P';
  }
  const h = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return 'x' + h.padStart(2, '0');
  if (cp <= 0xffff) return 'u' + h.padStart(4, '0');
  return 'U' + h.padStart(8, '0');
}

interface Analysis {
  multiline: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

/** libyaml's yaml_emitter_analyze_scalar (block context only). */
const SIMPLE_PLAIN = /^[A-Za-z0-9_./$()=+-][A-Za-z0-9_./$()=+-]*$/;

export function analyze(s: string): Analysis {
  // Fast path: ASCII words without spaces or indicators (after a safe first character).
  if (SIMPLE_PLAIN.test(s) && s[0] !== '-' && !s.startsWith('...')) return { multiline: false, blockPlain: true, singleQuoted: true, block: true };
  if (s.length === 0) return { multiline: false, blockPlain: true, singleQuoted: true, block: false };
  let blockIndicators = false;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;
  if (s.startsWith('---') || s.startsWith('...')) blockIndicators = true;
  const cs = [...s];
  let precededByWhitespace = true;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    const cp = c.codePointAt(0)!;
    const next = cs[i + 1];
    const followedByWhitespace = next === undefined || next === ' ' || next === '\t';
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      if ((c === '?' || c === ':') && followedByWhitespace) blockIndicators = true;
      if (c === '-' && followedByWhitespace) blockIndicators = true;
    } else {
      if (c === ':' && followedByWhitespace) blockIndicators = true;
      if (c === '#' && precededByWhitespace) blockIndicators = true;
    }
    // U+2028 and U+2029 are line breaks to libyaml but not to YAML 1.2 parsers (js-yaml): written
    // raw, a parser of the other kind reads another value. Escaped (`\L`, `\P`), both agree.
    if (!isPrintable(cp) || cp === 0x2028 || cp === 0x2029) special = true;
    if (isBreak(cp)) lineBreaks = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === cs.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(cp)) {
      if (i === 0) leadingBreak = true;
      if (i === cs.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = c === ' ' || c === '\t' || isBreak(cp);
  }
  let blockPlain = true;
  let singleQuoted = true;
  let block = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlain = false;
  if (trailingSpace) block = false;
  if (breakSpace) {
    blockPlain = false;
    singleQuoted = false;
  }
  if (spaceBreak || special) {
    blockPlain = false;
    singleQuoted = false;
    block = false;
  }
  if (lineBreaks) blockPlain = false;
  if (blockIndicators) blockPlain = false;
  return { multiline: lineBreaks, blockPlain, singleQuoted, block };
}

const RESOLVE_MAP = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  // The merge key: yaml.v2 resolves it to !!merge, so it quotes the string "<<".
  '<<',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
]);
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const TIMESTAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2}):(\d{2})(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/;

/** True when yaml.v2 would read `s`, written plain, back as a string (and not base-60). */
export function resolvesToString(s: string): boolean {
  const c = s[0];
  if (c !== undefined && /[a-mp-xzA-MP-XZ_/$]/.test(c) && c !== 'f' && c !== 'F' && c !== 't' && c !== 'T') return true;
  if (s === '' || RESOLVE_MAP.has(s)) return false;
  if (c === '.') return !/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s);
  if (c === '+' || c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
    if (isTimestamp(s)) return false;
    const plain = s.replace(/_/g, '');
    if (GO_INT.test(plain) && fitsGoInt(plain)) return false;
    if (YAML_FLOAT.test(plain)) return false;
    if (/^-?0b[01]+$/.test(plain)) return false;
    if (s.includes(':') && BASE60.test(s)) return false;
  }
  return true;
}

function fitsGoInt(plain: string): boolean {
  let t = plain;
  let neg = false;
  if (t[0] === '+' || t[0] === '-') {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  let v: bigint;
  if (/^0[0-7]+$/.test(t)) v = BigInt('0o' + t.slice(1));
  else v = BigInt(t.replace(/^0[oO]/, '0o'));
  if (neg) v = -v;
  return v >= -(2n ** 63n) && v < 2n ** 64n;
}

function isTimestamp(s: string): boolean {
  const m = TIMESTAMP.exec(s);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59)) return false;
  return true;
}
