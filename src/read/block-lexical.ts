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

/**
 * The character code at `i`, NaN outside the line, as `charCodeAt` gives it, but read behind a
 * bounds check: V8's optimised code for a reader treats a read past the end as a case it never
 * saw and throws itself away (a deoptimisation) the first time a line ends there, to be compiled
 * again.
 */
export function code(line: string, i: number): number {
  return i >= 0 && i < line.length ? line.charCodeAt(i) : NaN;
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
  const c = code(line, p);
  if (Number.isNaN(c) || c === SPACE || isIndicator(c) || c === 63 || c === COLON) return false;
  return c !== DASH || !isSpaceOrEnd(code(line, p + 1));
}

/** The first position from `p` that is not a space. */
export function skipSpaces(line: string, p: number): number {
  while (p < line.length && line.charCodeAt(p) === SPACE) p++;
  return p;
}
