/**
 * How much of the author's text a changed document keeps, measured on the input and output text
 * of one document (independently of the writer: comments by a line scanner, styles and values
 * by js-yaml's event parser):
 *   - comments: comment texts (own-line and after values) of the input found in the output, in
 *     order (the longest common subsequence);
 *   - quoted: input scalars written in quotes whose value the output still has at the same place,
 *     still in the same quotes;
 *   - flow: input flow collections (`{…}`, `[…]`) still flow at the same place;
 *   - lines: the author's other lines (neither blank nor comment-only) found verbatim in the
 *     output, in order; `linesKept` leaves out the lines holding a value injection changed or
 *     removed, or a flow collection injection added entries to or took some from, which cannot
 *     stay verbatim.
 */
import { COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents } from 'js-yaml';

export interface Ratio {
  kept: number;
  total: number;
}

export interface TextKept {
  comments: Ratio;
  quoted: Ratio;
  flow: Ratio;
  /** Every non-blank, non-comment line. */
  lines: Ratio;
  /** The same, without the lines whose value injection changed. */
  linesKept: Ratio;
}

export function emptyKept(): TextKept {
  const r = (): Ratio => ({ kept: 0, total: 0 });
  return { comments: r(), quoted: r(), flow: r(), lines: r(), linesKept: r() };
}

export function addKept(into: TextKept, x: TextKept): TextKept {
  for (const k of Object.keys(into) as Array<keyof TextKept>) {
    into[k].kept += x[k].kept;
    into[k].total += x[k].total;
  }
  return into;
}

export function percent(r: Ratio): string {
  return r.total === 0 ? 'n/a' : `${((100 * r.kept) / r.total).toFixed(1)}% (${r.kept}/${r.total})`;
}

/** Length of the longest common subsequence of two lists. */
function lcs(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Int32Array(b.length + 1);
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    prev = cur;
  }
  return prev[b.length]!;
}

/** Lines matched verbatim and in order: the indexes of `a`'s lines in a longest common subsequence with `b`. */
function matchedLines(a: readonly string[], b: readonly string[]): Set<number> {
  const n = a.length;
  const m = b.length;
  const len = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const out = new Set<number>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (a[i] === b[j]) {
      out.add(i);
      i++;
      j++;
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/** The comment on a line (from its `#`), outside quotes; null when none. */
export function commentOf(line: string): string | null {
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = '';
      continue;
    }
    const prev = i === 0 ? ' ' : line[i - 1]!;
    if (c === '#' && (prev === ' ' || prev === '\t')) return line.slice(i).trim();
    if ((c === '"' || c === "'") && /[\s:\-[{,]/.test(prev)) quote = c;
  }
  return null;
}

interface Place {
  style: number;
  value: unknown;
  line: number;
  flow?: boolean;
}

/** Every node of the one document in `text` by JSON pointer: its style, scalar value and line. */
function places(text: string): Map<string, Place> {
  const out = new Map<string, Place>();
  const lineOf = (p: number): number => (p < 0 ? -1 : text.slice(0, p).split('\n').length - 1);
  type Frame = { pointer: string; map: boolean; key: string | null; next: number };
  const stack: Frame[] = [];
  const here = (): string | null => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (!top.map) return `${top.pointer}/${top.next++}`;
    if (top.key === null) return null;
    const p = `${top.pointer}/${top.key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    top.key = null;
    return p;
  };
  for (const e of parseEvents(text, {})) {
    if (e.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    if (e.type === EVENT_ID.DOCUMENT || e.type === EVENT_ID.ALIAS) {
      if (e.type === EVENT_ID.ALIAS) here();
      continue;
    }
    const top = stack[stack.length - 1];
    if (e.type === EVENT_ID.SCALAR && top?.map && top.key === null) {
      top.key = e.valueStart >= 0 ? getScalarValue(text, e) : '';
      continue;
    }
    const pointer = here();
    if (e.type === EVENT_ID.SCALAR) {
      if (pointer !== null) out.set(pointer, { style: e.style, value: e.valueStart >= 0 ? getScalarValue(text, e) : null, line: lineOf(e.valueStart) });
      continue;
    }
    if (pointer !== null) out.set(pointer, { style: e.style, value: undefined, line: lineOf(e.start), flow: e.style === COLLECTION_STYLE.FLOW });
    stack.push({ pointer: pointer ?? '/?', map: e.type === EVENT_ID.MAPPING, key: null, next: 0 });
  }
  return out;
}

/** What `output` (one document's text) keeps of `input` (the same document before). */
export function measureKept(input: string, output: string): TextKept {
  const inLines = input.replace(/\r\n/g, '\n').split('\n');
  const outLines = output.replace(/\r\n/g, '\n').split('\n');
  const comments = (lines: string[]): string[] => lines.map(commentOf).filter((c): c is string => c !== null);
  const inComments = comments(inLines);
  const kept = emptyKept();
  kept.comments = { kept: lcs(inComments, comments(outLines)), total: inComments.length };

  const before = places(input.replace(/\r\n/g, '\n'));
  const after = places(output.replace(/\r\n/g, '\n'));
  const changedLines = new Set<number>();
  for (const [pointer, p] of before) {
    const q = after.get(pointer);
    const scalar = p.flow === undefined;
    if (scalar && (q === undefined || q.value !== p.value)) {
      changedLines.add(p.line);
      continue;
    }
    if (scalar && (p.style === SCALAR_STYLE.SINGLE_QUOTED || p.style === SCALAR_STYLE.DOUBLE_QUOTED)) {
      kept.quoted.total++;
      if (q!.style === p.style) kept.quoted.kept++;
    }
    if (p.flow) {
      kept.flow.total++;
      if (q?.flow) kept.flow.kept++;
    }
  }
  // A flow collection on its line whose entries injection changed (the pod's labels written
  // `{app: web, version: v1}`, which gain Istio's labels) cannot keep that line verbatim either.
  const entries = (m: Map<string, Place>, pointer: string): string[] =>
    [...m.keys()].filter((k) => k.startsWith(`${pointer}/`) && !k.slice(pointer.length + 1).includes('/'));
  for (const [pointer, p] of before) {
    if (!p.flow) continue;
    const was = entries(before, pointer);
    const now = entries(after, pointer);
    if (was.length !== now.length || was.some((k) => !after.has(k))) changedLines.add(p.line);
  }
  const matched = matchedLines(inLines, outLines);
  inLines.forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) return;
    kept.lines.total++;
    if (matched.has(i)) kept.lines.kept++;
    if (changedLines.has(i)) return;
    kept.linesKept.total++;
    if (matched.has(i)) kept.linesKept.kept++;
  });
  return kept;
}
