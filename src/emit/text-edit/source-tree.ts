/**
 * The nodes of one document's text with their exact spans, from js-yaml's event parser: what the
 * edit writer needs to change the text in place. Every node knows where it starts (its anchor and
 * tag included) and ends; a mapping knows its keys as the value holds them, where each key ends
 * and where its `:` is. Events give starts only; ends are found here (a block collection ends
 * with its last child, a flow collection at its closing bracket, a block scalar with its last
 * content line).
 */
import { CHOMPING_MODE, COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE, getScalarValue, parseEvents } from 'js-yaml';
import type { MappingEvent, ScalarEvent, SequenceEvent } from 'js-yaml';
import { KUBE_SCHEMA, LIMITS } from '../../read/yaml-schema.js';
import { lineEnd, lineStart } from './lines.js';
import { NotEditable } from './not-editable.js';

export interface SourceNode {
  readonly kind: 'mapping' | 'sequence' | 'scalar' | 'alias';
  /** First character of the node, its anchor and tag included. */
  start: number;
  /** Where the node's own syntax begins (first key, dash, bracket or scalar), after anchor and tag. */
  open: number;
  /** Just past its last character; a block scalar kept with `|+` ends where the line after it starts. */
  end: number;
  /** A flow collection (`{…}`, `[…]`). */
  readonly flow: boolean;
  /** SCALAR_STYLE of a scalar; 0 for other nodes. */
  readonly scalarStyle: number;
  readonly anchor: string | null;
  /** Mapping entries and sequence items, in source order. */
  readonly entries: SourceEntry[];
  readonly items: SourceNode[];
  /** Why the node can only be kept or replaced whole (alias, tag, merge key, complex key), or null. */
  opaque: string | null;
}

export interface SourceEntry {
  /** The key as the parsed value holds it (YAML 1.1: `yes:` is the key "true"). */
  readonly key: string;
  readonly keyStart: number;
  /** Just past the `:` after the key; -1 when it is not on the key's line. */
  readonly colon: number;
  readonly value: SourceNode;
}

export interface SourceTree {
  readonly root: SourceNode;
  /** Offsets of the anchors that an alias in the document refers to. */
  readonly sharedAnchors: readonly number[];
  /** Names of the anchors an alias refers to. */
  readonly aliased: ReadonlySet<string>;
}

const MERGE_TAG = 'tag:yaml.org,2002:merge';

interface Frame {
  readonly node: SourceNode;
  /** A mapping's key waiting for its value. */
  key: { key: string; keyStart: number; colon: number } | null;
}

/** Reads the one document in `text` (a document's own text, `---` and comments included). */
export function readSourceTree(text: string): SourceTree {
  const events = parseEvents(text, { maxDepth: LIMITS.maxDepth });
  const stack: Frame[] = [];
  const aliased = new Set<string>();
  const anchors: Array<{ name: string; at: number }> = [];
  let root: SourceNode | null = null;
  let documents = 0;

  const attach = (node: SourceNode): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (root) throw new NotEditable('more than one root node');
      root = node;
      return;
    }
    const parent = top.node;
    if (parent.kind === 'sequence') {
      if (node.start < 0) throw new NotEditable('an empty sequence item');
      parent.items.push(node);
      return;
    }
    if (top.key === null) {
      // A key that is not a plain or quoted scalar: the mapping is kept or replaced whole.
      parent.opaque = 'complex key';
      top.key = { key: `\u0000${parent.entries.length}`, keyStart: node.start, colon: -1 };
      return;
    }
    if (node.start < 0) {
      if (top.key.colon < 0 || parent.flow) throw new NotEditable('an empty value whose place is unclear');
      node.start = node.open = node.end = top.key.colon;
    }
    parent.entries.push({ ...top.key, value: node });
    top.key = null;
  };

  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1) throw new NotEditable('more than one document');
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const node = collection(e, text);
        if (node.anchor !== null) anchors.push({ name: node.anchor, at: node.start });
        attach(node);
        stack.push({ node, key: null });
        break;
      }
      case EVENT_ID.POP: {
        const frame = stack.pop();
        if (frame) finish(frame.node, text);
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(e.anchorStart, e.anchorEnd);
        aliased.add(name);
        attach(node('alias', e.anchorStart - 1, e.anchorStart - 1, e.anchorEnd, false, 0, null, 'alias'));
        break;
      }
      case EVENT_ID.SCALAR: {
        const top = stack[stack.length - 1];
        if (top && top.node.kind === 'mapping' && top.key === null && isSimpleKey(e)) {
          const s = scalar(e, text);
          top.key = { key: keyString(e, text, top.node), keyStart: s.start, colon: colonAfter(text, s.end) };
          break;
        }
        const s = scalar(e, text);
        if (s.anchor !== null) anchors.push({ name: s.anchor, at: s.start });
        attach(s);
        break;
      }
    }
  }
  if (!root) throw new NotEditable('no content');
  const found: SourceNode = root;
  if (found.kind !== 'mapping' && found.kind !== 'sequence') throw new NotEditable('the document is not a collection');
  return { root: found, aliased, sharedAnchors: anchors.filter((a) => aliased.has(a.name)).map((a) => a.at) };
}

function node(
  kind: SourceNode['kind'],
  start: number,
  open: number,
  end: number,
  flow: boolean,
  scalarStyle: number,
  anchor: string | null,
  opaque: string | null,
): SourceNode {
  const leaf = kind === 'scalar' || kind === 'alias';
  return { kind, start, open, end, flow, scalarStyle, anchor, entries: leaf ? NO_ENTRIES : [], items: leaf ? NO_ITEMS : [], opaque };
}

/** Scalars and aliases share these (never added to). */
export const NO_ENTRIES: SourceEntry[] = Object.freeze([]) as unknown as SourceEntry[];
export const NO_ITEMS: SourceNode[] = Object.freeze([]) as unknown as SourceNode[];

function firstOf(...offsets: number[]): number {
  let best = -1;
  for (const o of offsets) if (o >= 0 && (best < 0 || o < best)) best = o;
  return best;
}

function collection(e: MappingEvent | SequenceEvent, text: string): SourceNode {
  const anchor = e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : null;
  const start = firstOf(e.anchorStart, e.tagStart, e.start);
  const kind = e.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence';
  return node(kind, start, e.start, -1, e.style === COLLECTION_STYLE.FLOW, 0, anchor, e.tagStart >= 0 ? 'tag' : null);
}

/** A block collection ends with its last child; a flow collection at its closing bracket. */
function finish(n: SourceNode, text: string): void {
  const children = n.kind === 'mapping' ? n.entries.map((x) => x.value) : n.items;
  const last = children[children.length - 1];
  if (!n.flow) {
    if (!last || last.end < 0) throw new NotEditable('a block collection whose end is unclear');
    n.end = last.end;
    return;
  }
  n.end = closingBracket(text, last ? last.end : n.open + 1, n.kind === 'mapping' ? 125 : 93);
}

/** Just past the bracket that closes a flow collection, from the end of its last child. */
function closingBracket(text: string, from: number, close: number): number {
  for (let p = from; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === close) return p + 1;
    if (c === 35) {
      const eol = text.indexOf('\n', p);
      if (eol < 0) break;
      p = eol;
      continue;
    }
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 44) break;
  }
  throw new NotEditable('a flow collection whose end is unclear');
}

function isSimpleKey(e: ScalarEvent): boolean {
  return e.valueStart >= 0 && e.tagStart < 0 && (e.style === SCALAR_STYLE.PLAIN || e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED);
}

/** The key as js-yaml stores it: a plain key resolved by the schema, then made a string. */
function keyString(e: ScalarEvent, text: string, mapping: SourceNode): string {
  if (e.style !== SCALAR_STYLE.PLAIN) return getScalarValue(text, e);
  const { value, tag } = KUBE_SCHEMA.resolveImplicitScalarTag(text.slice(e.valueStart, e.valueEnd));
  if (tag.tagName === MERGE_TAG) mapping.opaque = 'merge key';
  return String(value);
}

/** Just past the `:` that follows a key ending at `p` on its line, or -1. */
function colonAfter(text: string, p: number): number {
  while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
  return text.charCodeAt(p) === 58 ? p + 1 : -1;
}

function scalar(e: ScalarEvent, text: string): SourceNode {
  const anchor = e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : null;
  const props = firstOf(e.anchorStart, e.tagStart);
  let open: number;
  let end: number;
  if (e.valueStart < 0) {
    open = -1;
    end = Math.max(e.anchorEnd, e.tagEnd);
  } else if (e.style === SCALAR_STYLE.PLAIN) {
    open = e.valueStart;
    end = e.valueEnd;
  } else if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    open = e.valueStart - 1;
    end = e.valueEnd + 1;
  } else {
    [open, end] = blockScalarSpan(e, text);
  }
  const start = props >= 0 ? props : open;
  return node('scalar', start, open < 0 ? start : open, start < 0 ? -1 : end, false, e.style, anchor, e.tagStart >= 0 ? 'tag' : null);
}

const HEADER = /^[|>][-+1-9]{0,2}[ \t]*(?:#.*)?\r?$/;

/**
 * A block scalar's span: from its `|` or `>` header to the end of its last content line, or, kept
 * (`|+`), to the start of the line after its trailing blank lines, which are content.
 */
function blockScalarSpan(e: ScalarEvent, text: string): [number, number] {
  // Content starts on the line after the header.
  const headerLine = e.valueStart > 0 && text.charCodeAt(e.valueStart - 1) === 10 ? lineStart(text, e.valueStart - 1) : lineStart(text, e.valueStart);
  const line = text.slice(headerLine, lineEnd(text, headerLine));
  let open = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const after = i === 0 ? 32 : line.charCodeAt(i - 1);
    if ((c === 124 || c === 62) && (after === 32 || after === 9) && HEADER.test(line.slice(i))) {
      open = headerLine + i;
      break;
    }
  }
  if (open < 0) throw new NotEditable('a block scalar whose header is unclear');
  if (e.chomping === CHOMPING_MODE.KEEP) return [open, e.valueEnd];
  let last = e.valueEnd - 1;
  while (last >= e.valueStart && /[ \t\r\n]/.test(text[last]!)) last--;
  return [open, last < e.valueStart ? lineEnd(text, open) : lineEnd(text, last)];
}
