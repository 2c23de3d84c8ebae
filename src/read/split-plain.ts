/**
 * The documents of a plain stream without js-yaml's event parser: a stream whose documents are
 * separated by bare `---` lines and each read by the fast block-YAML reader (block-yaml.ts).
 * It builds exactly the documents `splitStream` builds (same text spans, lines, values) or
 * returns null, and `splitStream` does it the general way: on a directive, a `...` marker, a
 * `---` with anything after it, a CR or BOM, or any document the fast reader declines.
 * Tests hold it to `splitStream`'s general path over the conformance inputs and generated streams.
 *
 * `onDocument` is told of each document as soon as it is read, before the rest are: a long
 * stream's injection starts on them (src/pipeline.ts). Told of, not promised: a later document
 * the fast reader declines makes it return null, and the caller reads the stream again.
 */
import type { ManifestDocument, SourceFile } from '../model/document.js';
import { parseBlockYaml } from './block-yaml.js';
import { LineIndex } from './line-index.js';
import { createLocator } from './locate-field.js';
import { KUBE_SCHEMA } from './yaml-schema.js';

interface Part {
  /** Offset of the segment: its `---` line, or 0 for text before the first marker. */
  readonly start: number;
  readonly end: number;
  /** Offset of the first content character, or -1 when the segment has only blanks and comments. */
  readonly content: number;
  /** Where the text after the marker line starts. */
  readonly body: number;
  readonly explicit: boolean;
}

/** Offset of the first character of the first line holding content (not blank, not a comment), or -1. */
function firstContent(text: string, from: number, to: number): number {
  let p = from;
  while (p < to) {
    let q = p;
    while (q < to && text.charCodeAt(q) === 32) q++;
    const c = q < to ? text.charCodeAt(q) : 10;
    if (c !== 10 && c !== 35) return q;
    const eol = text.indexOf('\n', q);
    if (eol < 0 || eol >= to) return -1;
    p = eol + 1;
  }
  return -1;
}

/**
 * Offsets of the bare `---` lines of `text`; null when a line starts with anything else js-yaml
 * would read as stream syntax (a directive, `...`, a `---` with content or a comment after it).
 */
function cutsOf(text: string): number[] | null {
  const cuts: number[] = [];
  for (let p = 0; p < text.length; ) {
    const c = text.charCodeAt(p);
    if (c === 37) return null; // a directive
    if ((c === 45 || c === 46) && text.startsWith(c === 45 ? '---' : '...', p)) {
      const after = text.charCodeAt(p + 3);
      if (c === 46 && (Number.isNaN(after) || after === 10 || after === 32 || after === 9)) return null; // `...`
      if (c === 45) {
        if (Number.isNaN(after) || after === 10) cuts.push(p);
        else if (after === 32 || after === 9) return null; // `--- content` or `--- # comment`
      }
    }
    const eol = text.indexOf('\n', p);
    if (eol < 0) break;
    p = eol + 1;
  }
  return cuts;
}

/** The segments between the cuts: the text before the first marker only if it holds content. */
function partsOf(text: string, cuts: readonly number[]): Part[] {
  const parts: Part[] = [];
  const first = cuts.length > 0 ? cuts[0]! : text.length;
  const implicit = firstContent(text, 0, first);
  if (implicit >= 0) parts.push({ start: 0, end: first, content: implicit, body: 0, explicit: false });
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i]!;
    const end = i + 1 < cuts.length ? cuts[i + 1]! : text.length;
    const body = Math.min(start + 4, end);
    parts.push({ start, end, content: firstContent(text, body, end), body, explicit: true });
  }
  return parts;
}

/**
 * Document `index` of `parts`, read by the fast reader; null when it declines.
 * (Each loop of the stream is a function of its own: V8 then optimises the body a document
 * runs as a whole function, not a long loop on the stack over and over, which it had compiled
 * six times on 15,000 documents.)
 */
function readPart(source: SourceFile, parts: readonly Part[], index: number, lines: LineIndex): ManifestDocument | null {
  const text = source.text;
  const part = parts[index]!;
  let value: unknown = null;
  if (part.content >= 0) {
    const r = parseBlockYaml(text.slice(part.body, part.end), KUBE_SCHEMA);
    if (!r.ok) return null;
    value = r.value;
  }
  // Text no document owns (comments before the first one) goes with the one that follows; the
  // last one runs to the end of the text, as in splitStream.
  const start = index === 0 ? 0 : parts[index - 1]!.end;
  const end = index === parts.length - 1 ? text.length : part.end;
  const empty = part.content < 0;
  const contentStart = empty ? start : part.content;
  const c = text[contentStart];
  return {
    source,
    index,
    start,
    end,
    startLine: lines.position(contentStart).line,
    value,
    empty,
    format: c === '{' || c === '[' ? 'json' : 'yaml',
    eol: '\n',
    contentStart,
    locate: createLocator(text, start, end, lines),
  };
}

export function splitPlainStream(source: SourceFile, onDocument?: (doc: ManifestDocument) => void): ManifestDocument[] | null {
  const text = source.text;
  if (/[\r\uFEFF]/.test(text)) return null;
  const cuts = cutsOf(text);
  if (cuts === null) return null;
  const parts = partsOf(text, cuts);
  const lines = new LineIndex(text);
  const docs: ManifestDocument[] = [];
  for (let index = 0; index < parts.length; index++) {
    const doc = readPart(source, parts, index, lines);
    if (doc === null) return null;
    docs.push(doc);
    onDocument?.(doc);
  }
  return docs;
}
