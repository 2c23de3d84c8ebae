/** Decoding of Go string, raw string, character and number literals. */

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** Go's strconv.Unquote for "…", `…` and '…' literals. Throws on a malformed escape. */
export function unquote(lit: string): string {
  const q = lit[0];
  if (q === '`') return lit.slice(1, -1).replace(/\r/g, '');
  const body = lit.slice(1, -1);
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) throw new Error('invalid syntax');
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if ((e === "'" && q === '"') || (e === '"' && q === "'")) throw new Error('invalid syntax');
      out += simple;
      continue;
    }
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen > 0) {
      const h = body.slice(i + 1, i + 1 + hexLen);
      if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== hexLen) throw new Error('invalid syntax');
      out += String.fromCodePoint(parseInt(h, 16));
      i += hexLen;
      continue;
    }
    if (e >= '0' && e <= '7') {
      const o = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(o)) throw new Error('invalid syntax');
      out += String.fromCharCode(parseInt(o, 8));
      i += 2;
      continue;
    }
    throw new Error('invalid syntax');
  }
  return out;
}

/**
 * Value of a number or character literal as Go's text/template treats it where any type is
 * accepted: an integer literal (or a character) is a Go `int` (a JS bigint here); a literal with a
 * fraction or exponent is a float64 (a JS number).
 */
export function numberValue(lit: string): bigint | number {
  if (lit[0] === "'") {
    const s = unquote(lit);
    const cp = s.codePointAt(0);
    if (cp === undefined || String.fromCodePoint(cp) !== s) throw new Error(`malformed character constant: ${lit}`);
    return BigInt(cp);
  }
  if (lit.endsWith('i')) throw new Error(`complex constants are not supported: ${lit}`);
  const t = lit.replace(/_/g, '');
  const neg = t[0] === '-';
  const body = t[0] === '-' || t[0] === '+' ? t.slice(1) : t;
  if (/^0[xX][0-9a-fA-F]+$/.test(body) || /^0[oO][0-7]+$/.test(body) || /^0[bB][01]+$/.test(body)) {
    const v = BigInt(body.toLowerCase().replace(/^0o/, '0o'));
    return checkInt(neg ? -v : v, lit);
  }
  if (/^0[0-7]+$/.test(body)) return checkInt(BigInt('0o' + body.slice(1)) * (neg ? -1n : 1n), lit);
  if (/^[0-9]+$/.test(body)) return checkInt(BigInt(body) * (neg ? -1n : 1n), lit);
  if (/^[0-9]*\.?[0-9]*([eE][+-]?[0-9]+)?$/.test(body) && /[0-9]/.test(body)) {
    const f = Number(body);
    return neg ? -f : f;
  }
  throw new Error(`illegal number syntax: ${JSON.stringify(lit)}`);
}

function checkInt(v: bigint, lit: string): bigint {
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw new Error(`${lit} overflows int`);
  return v;
}
