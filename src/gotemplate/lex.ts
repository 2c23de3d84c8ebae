/**
 * Lexer for Go's text/template syntax (delimiters `{{` `}}` only). Produces the whole token list
 * at once; parsing happens once per template so simplicity wins over streaming.
 */

export type TokType =
  | 'text'
  | 'leftDelim'
  | 'rightDelim'
  | 'space'
  | 'field'
  | 'variable'
  | 'identifier'
  | 'keyword'
  | 'bool'
  | 'nil'
  | 'dot'
  | 'number'
  | 'char'
  | 'string'
  | 'rawString'
  | 'pipe'
  | 'declare'
  | 'assign'
  | 'leftParen'
  | 'rightParen'
  | 'comma'
  | 'eof';

export interface Token {
  type: TokType;
  /** Source text of the token (for text: the text after trimming). */
  val: string;
  pos: number;
}

export class LexError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with']);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{Nd}_]/u.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

function trimRightSpace(s: string): string {
  let e = s.length;
  while (e > 0 && isSpace(s[e - 1])) e--;
  return s.slice(0, e);
}

export function lex(input: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  let trimLeading = false;
  const n = input.length;

  while (i < n) {
    // Text up to the next left delimiter.
    let start = i;
    if (trimLeading) {
      while (start < n && isSpace(input[start])) start++;
      trimLeading = false;
    }
    const ld = input.indexOf('{{', start);
    const textEnd = ld < 0 ? n : ld;
    let text = input.slice(start, textEnd);
    const trimBefore = ld >= 0 && input[ld + 2] === '-' && isSpace(input[ld + 3]);
    if (trimBefore) text = trimRightSpace(text);
    if (text.length > 0) toks.push({ type: 'text', val: text, pos: start });
    if (ld < 0) {
      i = n;
      break;
    }
    i = ld + 2 + (trimBefore ? 2 : 0);
    // Comment?
    if (input.startsWith('/*', i)) {
      const end = input.indexOf('*/', i + 2);
      if (end < 0) throw new LexError('unclosed comment', ld);
      let j = end + 2;
      if (isSpace(input[j]) && input[j + 1] === '-' && input.startsWith('}}', j + 2)) {
        trimLeading = true;
        j += 4;
      } else if (input.startsWith('}}', j)) {
        j += 2;
      } else {
        throw new LexError('comment ends before closing delimiter', ld);
      }
      i = j;
      continue;
    }
    toks.push({ type: 'leftDelim', val: '{{', pos: ld });
    i = lexInside(input, i, toks, ld);
    if (toks[toks.length - 1]!.val === '-}}') trimLeading = true;
  }
  toks.push({ type: 'eof', val: '', pos: n });
  return toks;
}

/** Lex inside an action starting at `i`; returns the index after the right delimiter. */
function lexInside(input: string, i: number, toks: Token[], actionStart: number): number {
  const n = input.length;
  let parenDepth = 0;
  const push = (type: TokType, from: number, to: number): void => {
    toks.push({ type, val: input.slice(from, to), pos: from });
  };
  for (;;) {
    if (i >= n) throw new LexError('unclosed action', actionStart);
    const c = input[i]!;
    // Right delimiter, possibly with trim marker.
    if (isSpace(c) && input[i + 1] === '-' && input.startsWith('}}', i + 2)) {
      if (parenDepth > 0) throw new LexError('unclosed left paren', i);
      toks.push({ type: 'rightDelim', val: '-}}', pos: i });
      return i + 4;
    }
    if (c === '}' && input[i + 1] === '}') {
      if (parenDepth > 0) throw new LexError('unclosed left paren', i);
      toks.push({ type: 'rightDelim', val: '}}', pos: i });
      return i + 2;
    }
    const s = i;
    if (isSpace(c)) {
      while (i < n && isSpace(input[i]) && !(input[i + 1] === '-' && input.startsWith('}}', i + 2))) i++;
      if (i > s) push('space', s, i);
      continue;
    }
    switch (c) {
      case '=':
        push('assign', s, ++i);
        continue;
      case ':':
        if (input[i + 1] !== '=') throw new LexError('expected :=', i);
        i += 2;
        push('declare', s, i);
        continue;
      case '|':
        push('pipe', s, ++i);
        continue;
      case ',':
        push('comma', s, ++i);
        continue;
      case '(':
        parenDepth++;
        push('leftParen', s, ++i);
        continue;
      case ')':
        parenDepth--;
        if (parenDepth < 0) throw new LexError('unexpected right paren', i);
        push('rightParen', s, ++i);
        continue;
      case '"':
        i = endOfQuoted(input, s, '"', 'unterminated quoted string');
        push('string', s, i);
        continue;
      case '`': {
        const end = input.indexOf('`', i + 1);
        if (end < 0) throw new LexError('unterminated raw quoted string', s);
        i = end + 1;
        push('rawString', s, i);
        continue;
      }
      case "'":
        i = endOfQuoted(input, s, "'", 'unterminated character constant');
        push('char', s, i);
        continue;
      case '$': {
        i++;
        while (isAlnum(input[i])) i++;
        push('variable', s, i);
        checkTerminator(input, i);
        continue;
      }
      case '.': {
        if (isDigit(input[i + 1])) break; // a number like .5
        i++;
        if (!isAlnum(input[i])) {
          push('dot', s, i);
          continue;
        }
        while (isAlnum(input[i])) i++;
        push('field', s, i);
        checkTerminator(input, i);
        continue;
      }
    }
    if (c === '+' || c === '-' || c === '.' || isDigit(c)) {
      i = scanNumber(input, i);
      push('number', s, i);
      continue;
    }
    if (isAlnum(c)) {
      while (isAlnum(input[i])) i++;
      const word = input.slice(s, i);
      checkTerminator(input, i);
      if (KEYWORDS.has(word)) push('keyword', s, i);
      else if (word === 'true' || word === 'false') push('bool', s, i);
      else if (word === 'nil') push('nil', s, i);
      else push('identifier', s, i);
      continue;
    }
    throw new LexError(`unrecognized character in action: ${JSON.stringify(c)}`, i);
  }
}

function checkTerminator(input: string, i: number): void {
  const c = input[i];
  if (c === undefined || isSpace(c) || '.,|:()'.includes(c) || input.startsWith('}}', i)) return;
  throw new LexError(`bad character ${JSON.stringify(c)}`, i);
}

function scanNumber(input: string, i: number): number {
  const s = i;
  if (input[i] === '+' || input[i] === '-') i++;
  let digits = /[0-9_]/;
  let decimal = true;
  if (input[i] === '0' && /[xXoObB]/.test(input[i + 1] ?? '')) {
    const p = input[i + 1]!.toLowerCase();
    digits = p === 'x' ? /[0-9a-fA-F_]/ : p === 'o' ? /[0-7_]/ : /[01_]/;
    decimal = false;
    i += 2;
  }
  const run = (re: RegExp): void => {
    while (i < input.length && re.test(input[i]!)) i++;
  };
  run(digits);
  if (input[i] === '.') {
    i++;
    run(digits);
  }
  if (decimal && (input[i] === 'e' || input[i] === 'E')) {
    i++;
    if (input[i] === '+' || input[i] === '-') i++;
    run(/[0-9_]/);
  }
  if (!decimal && digits.source.includes('a-f') && (input[i] === 'p' || input[i] === 'P')) {
    i++;
    if (input[i] === '+' || input[i] === '-') i++;
    run(/[0-9_]/);
  }
  if (input[i] === 'i') i++;
  if (isAlnum(input[i])) throw new LexError(`bad number syntax: ${JSON.stringify(input.slice(s, i + 1))}`, s);
  return i;
}

/** The offset after the closing quote of a quoted string or character constant opening at `start`. */
function endOfQuoted(input: string, start: number, quote: '"' | "'", unterminated: string): number {
  let i = start + 1;
  for (;;) {
    const d = input[i];
    if (d === '\\') {
      i += 2;
      continue;
    }
    if (d === undefined || d === '\n') throw new LexError(unterminated, start);
    i++;
    if (d === quote) return i;
  }
}
