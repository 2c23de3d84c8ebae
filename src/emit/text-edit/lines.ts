/**
 * Positions in a document's text, by line. YAML's line breaks here are `\n` and `\r\n` (a
 * document with a bare `\r` is not edited), so a line starts after a `\n`; indentation is spaces.
 */

/** Offset of the first character of the line holding `p`. */
export function lineStart(text: string, p: number): number {
  return p <= 0 ? 0 : text.lastIndexOf('\n', p - 1) + 1;
}

/** Column (0-based) of `p` on its line. */
export function column(text: string, p: number): number {
  return p - lineStart(text, p);
}

/** Whether only spaces stand before `p` on its line. */
export function firstOnLine(text: string, p: number): boolean {
  for (let q = lineStart(text, p); q < p; q++) if (text.charCodeAt(q) !== 32) return false;
  return true;
}

/** Whether `a` and `b` are on the same line. */
export function sameLine(text: string, a: number, b: number): boolean {
  return lineStart(text, a) === lineStart(text, b);
}

/**
 * Where the line after the one that `p` ends starts: past the next line break, or `p` itself
 * when `p` already starts a line (a block scalar kept with `|+` ends there). The end of the
 * text when no line break follows.
 */
export function nextLineStart(text: string, p: number): number {
  if (p > 0 && text.charCodeAt(p - 1) === 10) return p;
  const i = text.indexOf('\n', p);
  return i < 0 ? text.length : i + 1;
}

/** The end of the line holding `p`, before its line break. */
export function lineEnd(text: string, p: number): number {
  const i = text.indexOf('\n', p);
  if (i < 0) return text.length;
  return i > 0 && text.charCodeAt(i - 1) === 13 ? i - 1 : i;
}

/** `n` spaces. */
export function pad(n: number): string {
  return n > 0 ? ' '.repeat(n) : '';
}
