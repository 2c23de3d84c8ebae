/**
 * The character rules the two line-by-line readers of block YAML share: the value reader
 * (`block-yaml.ts`) and the writer's source-tree reader (`emit/text-edit/plain-tree.ts`).
 */
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;

/** Characters that cannot start a plain scalar (or start something these readers leave to js-yaml). */
function isIndicator(c: number): boolean {
  // , [ ] { } # & * ! | > ' " % @ `
  return (
    c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === HASH || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96
  );
}

/** `,` `[` `]` `{` `}`. */
export function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}

/** Space or end of line (NaN past the end). */
export function isSpaceOrEnd(c: number): boolean {
  return c === SPACE || Number.isNaN(c);
}

/**
 * Whether a plain scalar may start at `p` here: not at the end of the line, not with an indicator,
 * not with `?` or `:` (js-yaml has rules of its own for those), and a `-` only before a non-space.
 */
export function canStartPlain(line: string, p: number): boolean {
  const c = line.charCodeAt(p);
  if (Number.isNaN(c) || c === SPACE || isIndicator(c) || c === 63 || c === COLON) return false;
  return c !== DASH || !isSpaceOrEnd(line.charCodeAt(p + 1));
}

/** The first position from `p` that is not a space. */
export function skipSpaces(line: string, p: number): number {
  while (line.charCodeAt(p) === SPACE) p++;
  return p;
}
