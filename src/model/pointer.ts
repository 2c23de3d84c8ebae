/** JSON pointers (RFC 6901): the one way every stage names a field inside a document. */

export function escapeToken(token: string | number): string {
  // Most tokens (every index, nearly every key) have nothing to escape.
  if (typeof token === 'number') return String(token);
  if (token.indexOf('~') < 0 && token.indexOf('/') < 0) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapeToken(token: string): string {
  if (token.indexOf('~') < 0) return token;
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPointer(base: string, ...tokens: Array<string | number>): string {
  let out = base;
  for (const t of tokens) out += '/' + escapeToken(t);
  return out;
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`invalid JSON pointer ${JSON.stringify(pointer)}`);
  return pointer.slice(1).split('/').map(unescapeToken);
}

/** The value at a pointer, or undefined. */
export function getAt(value: unknown, pointer: string): unknown {
  let cur: unknown = value;
  for (const token of splitPointer(pointer)) {
    if (Array.isArray(cur)) cur = cur[Number(token)];
    else if (cur !== null && typeof cur === 'object') cur = Object.hasOwn(cur, token) ? (cur as Record<string, unknown>)[token] : undefined;
    else return undefined;
  }
  return cur;
}

/** A copy of `root` with the value at `pointer` replaced (only the path to it is copied). */
export function setAt(root: unknown, pointer: string, replacement: unknown): unknown {
  const tokens = splitPointer(pointer);
  const go = (node: unknown, i: number): unknown => {
    if (i === tokens.length) return replacement;
    const token = tokens[i]!;
    if (Array.isArray(node)) {
      const copy = node.slice();
      copy[Number(token)] = go(node[Number(token)], i + 1);
      return copy;
    }
    const obj = (node !== null && typeof node === 'object' ? node : {}) as Record<string, unknown>;
    return { ...obj, [token]: go(obj[token], i + 1) };
  };
  return go(root, 0);
}
