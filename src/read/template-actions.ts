/**
 * Unrendered Go/Helm templates. A chart's template source (`name: {{ .Release.Name }}`, a line
 * that is just `{{- if .Values.x }}`) is not YAML, and js-yaml's own message about it points at
 * a flow collection or a "complex key", often at 1:1. When a stream fails to parse, this finds
 * the first template action `{{ … }}` written where YAML would read it as syntax, so the error
 * can name it. A stream that parses is never questioned: `{{` inside a quoted string, a block
 * scalar or a comment is legitimate YAML (an annotation value, an alerting rule).
 */

export interface TemplateAction {
  /** Offset of the `{{` in the text. */
  readonly offset: number;
  /** The action as written (`{{ .Release.Name }}`), shortened when long. */
  readonly text: string;
}

const MAX_SHOWN = 60;

/** A block scalar indicator (`|`, `>-`, `|2+` …) closing a line, after a key, a `-` or at its start. */
const BLOCK_SCALAR = /(^|[\s:-])[|>][-+0-9]*$/;

/** The first template action that is YAML syntax rather than string content, or undefined. */
export function findTemplateAction(text: string): TemplateAction | undefined {
  let blockIndent = -1; // the indentation of the line that opened a block scalar, while inside it
  let lineStart = 0;
  while (lineStart <= text.length) {
    const eol = text.indexOf('\n', lineStart);
    const lineEnd = eol === -1 ? text.length : eol;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const indent = /^[ \t]*/.exec(line)![0].length;
    const blank = indent === line.length;
    if (blockIndent >= 0 && (blank || indent > blockIndent)) {
      // block scalar content: a string, whatever it holds
    } else {
      blockIndent = -1;
      const scan = scanLine(line);
      if (scan.action >= 0) return action(text, lineStart + scan.action);
      if (BLOCK_SCALAR.test(scan.code.trimEnd())) blockIndent = indent;
    }
    if (eol === -1) break;
    lineStart = eol + 1;
  }
  return undefined;
}

/**
 * One line: the column of the first `{{` outside quotes and comments (or -1), and the line's
 * text without its comment. A quote opens a quoted scalar only where a scalar may start (after
 * `:`, `-`, `?`, `[`, `{`, `,` or at the start of the line); elsewhere it is a plain character.
 */
function scanLine(line: string): { action: number; code: string } {
  let quote: '"' | "'" | null = null;
  let prev = ''; // the last character that is not a space, outside quotes
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = null;
      continue;
    }
    if (quote === "'") {
      if (c === "'" && line[i + 1] === "'") i++;
      else if (c === "'") quote = null;
      continue;
    }
    if (c === '{' && line[i + 1] === '{') return { action: i, code: line };
    if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t')) return { action: -1, code: line.slice(0, i) };
    if ((c === '"' || c === "'") && (prev === '' || ':-?[{,'.includes(prev))) {
      quote = c;
      continue;
    }
    if (c !== ' ' && c !== '\t') prev = c;
  }
  return { action: -1, code: line };
}

function action(text: string, offset: number): TemplateAction {
  const eol = text.indexOf('\n', offset);
  const rest = text.slice(offset, eol === -1 ? text.length : eol).replace(/\r$/, '');
  const close = rest.indexOf('}}', 2);
  let shown = close >= 0 ? rest.slice(0, close + 2) : rest.trimEnd();
  if (shown.length > MAX_SHOWN) shown = `${shown.slice(0, MAX_SHOWN - 3).trimEnd()} …}}`;
  return { offset, text: shown };
}

/** The message for an unrendered template whose first action is `action`. */
export function templateMessage(action: TemplateAction): string {
  return `this looks like an unrendered Go/Helm template (${action.text}); render it first, e.g. helm template CHART | kube-inject -f -`;
}
