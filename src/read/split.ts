import { EVENT_ID, YAMLException, constructFromEvents, parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import { KubeInjectError } from '../model/errors.js';
import type { ManifestDocument, SourceFile } from '../model/document.js';
import { LineIndex } from './line-index.js';
import { eventOffset, expandedSize, findDuplicateKey } from './events.js';
import { splitPlainStream } from './split-plain.js';
import { createLocator } from './locate-field.js';
import { findTemplateAction, templateMessage } from './template-actions.js';
import { KUBE_SCHEMA, LIMITS } from './yaml-schema.js';

/**
 * Splits a YAML stream into documents by its real structure. js-yaml's event parser decides
 * what is a document; the text of each document (from its `---` marker, comments included, to
 * the next marker) is cut at the marker lines that the YAML grammar forbids inside any content,
 * so a `---` inside a block scalar stays content. Every document keeps its exact text.
 */
export function splitStream(source: SourceFile, onPlainDocument?: (doc: ManifestDocument) => void): ManifestDocument[] {
  // Plain block-YAML streams (what charts render) are read without the event parser, to the
  // same documents (split-plain.ts), each told of as it is read (`onPlainDocument`); anything
  // else is read the general way.
  const plain = splitPlainStream(source, onPlainDocument);
  if (plain) return plain;
  return splitStreamWithEvents(source);
}

/** splitStream the general way, with js-yaml's event parser. */
export function splitStreamWithEvents(source: SourceFile): ManifestDocument[] {
  const lines = new LineIndex(source.text);
  try {
    return splitDocuments(source, lines);
  } catch (e) {
    throw e instanceof KubeInjectError && e.code === 'yaml' ? (unrenderedTemplate(source, lines, e) ?? e) : e;
  }
}

/**
 * A stream that is not YAML because it is a template's source: the error names the first
 * template action, where it is, instead of what js-yaml made of it.
 */
function unrenderedTemplate(source: SourceFile, lines: LineIndex, cause: KubeInjectError): KubeInjectError | undefined {
  const action = findTemplateAction(source.text);
  if (!action) return undefined;
  return new KubeInjectError('yaml', templateMessage(action), { file: source.name, ...lines.position(action.offset) }, { cause });
}

function splitDocuments(source: SourceFile, lines: LineIndex): ManifestDocument[] {
  const text = source.text;
  let events: Event[];
  try {
    events = parseEvents(text, { filename: source.name, maxDepth: LIMITS.maxDepth });
  } catch (e) {
    throw yamlError(e, source.name, lines);
  }
  const groups = groupDocuments(events);
  const segments = cutSegments(text);
  const owners = assignSegments(groups, segments, text, source.name);
  const spans = claimOrphans(owners.map((i) => segments[i]!), text.length);
  return groups.map((group, index) => buildDocument(source, lines, group, index, spans[index]!));
}

/**
 * Text that belongs to no document (comments before the first `---`, or after a `...`) goes
 * with the document that follows it, or, at the end of the stream, with the one before: a
 * licence header is never lost, and the documents still cover the whole text.
 */
function claimOrphans(owned: Segment[], length: number): Segment[] {
  const out = owned.map((s) => ({ ...s }));
  for (let i = 0; i < out.length; i++) out[i]!.start = i === 0 ? 0 : out[i - 1]!.end;
  if (out.length > 0) out[out.length - 1]!.end = length;
  return out;
}

interface Segment {
  start: number;
  end: number;
  explicit: boolean;
}

function groupDocuments(events: Event[]): Event[][] {
  const groups: Event[][] = [];
  let depth = 0;
  let cur: Event[] = [];
  for (const e of events) {
    cur.push(e);
    if (e.type === EVENT_ID.POP) depth--;
    else if (e.type === EVENT_ID.DOCUMENT || e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) depth++;
    if (depth === 0) {
      groups.push(cur);
      cur = [];
    }
  }
  return groups;
}

const MARKER = /^(---|\.\.\.)(?=[ \t\r\n]|$)/gm;

/** Cuts the text at every document marker line: before `---` (and its directives), after `...`. */
function cutSegments(text: string): Segment[] {
  const cuts: Array<{ at: number; explicit: boolean }> = [{ at: 0, explicit: false }];
  for (const m of text.matchAll(MARKER)) {
    if (m[1] === '---') {
      let at = m.index;
      // `%YAML`/`%TAG` directive lines just above belong to the document they precede.
      while (at > 0) {
        const prev = text.lastIndexOf('\n', at - 2) + 1;
        if (text[prev] !== '%') break;
        at = prev;
      }
      cuts.push({ at, explicit: true });
    } else {
      const eol = text.indexOf('\n', m.index);
      cuts.push({ at: eol === -1 ? text.length : eol + 1, explicit: false });
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i]!.at;
    const end = i + 1 < cuts.length ? cuts[i + 1]!.at : text.length;
    if (end > start || cuts[i]!.explicit) segments.push({ start, end, explicit: cuts[i]!.explicit });
  }
  return segments;
}

function firstOffset(group: Event[]): number {
  for (const e of group) {
    const o = eventOffset(e);
    if (o >= 0) return o;
  }
  return -1;
}

/** Which segment holds each parsed document; documents and segments must pair up in order. */
function assignSegments(groups: Event[][], segments: Segment[], text: string, file: string): number[] {
  const owners: number[] = [];
  let next = 0;
  for (const group of groups) {
    const offset = firstOffset(group);
    let found = -1;
    for (let s = next; s < segments.length; s++) {
      const seg = segments[s]!;
      if (offset >= 0 ? offset >= seg.start && offset < seg.end : seg.explicit) {
        found = s;
        break;
      }
    }
    if (found < 0) {
      const line = new LineIndex(text).position(Math.max(offset, 0));
      throw new KubeInjectError('internal', 'could not find the text of a document; please report this input', { file, ...line });
    }
    owners.push(found);
    next = found + 1;
  }
  return owners;
}

function buildDocument(source: SourceFile, lines: LineIndex, group: Event[], index: number, seg: Segment): ManifestDocument {
  const text = source.text;
  const offset = firstOffset(group);
  const contentStart = offset >= 0 ? offset : seg.start;
  const startLine = lines.position(contentStart).line;
  const where = { file: source.name, document: index };
  let value: unknown = null;
  if (offset >= 0) {
    if (group.some((e) => e.type === EVENT_ID.ALIAS)) {
      const size = expandedSize(group, text, { nodes: LIMITS.maxExpandedNodes, bytes: LIMITS.maxExpandedBytes });
      const over =
        size.nodes > LIMITS.maxExpandedNodes
          ? `more than ${LIMITS.maxExpandedNodes.toLocaleString('en-US')} nodes`
          : size.bytes > LIMITS.maxExpandedBytes
            ? `more than ${LIMITS.maxExpandedBytes / 1024 / 1024} MiB of scalars`
            : null;
      if (over !== null) {
        throw new KubeInjectError('yaml-hostile', `document expands to ${over} through aliases; refusing it`, { ...where, ...lines.position(contentStart) });
      }
    }
    // js-yaml 5 calls a key that overrides a merged (`<<`) one a duplicate; YAML's merge-key
    // spec and Kubernetes allow it. With a merge key present, duplicates are found here and
    // js-yaml is told to let later keys win.
    const merges = text.slice(seg.start, seg.end).includes('<<');
    if (merges) {
      const dup = findDuplicateKey(group, text);
      if (dup >= 0) throw new KubeInjectError('yaml', 'invalid YAML: duplicated mapping key', { ...where, ...lines.position(dup) });
    }
    try {
      value = constructFromEvents(group, { source: text, filename: source.name, schema: KUBE_SCHEMA, maxAliases: LIMITS.maxAliases, json: merges })[0] ?? null;
    } catch (e) {
      throw yamlError(e, source.name, lines).locate(where);
    }
  }
  const first = text[contentStart];
  return {
    source,
    index,
    start: seg.start,
    end: seg.end,
    startLine,
    value,
    empty: offset < 0,
    format: first === '{' || first === '[' ? 'json' : 'yaml',
    eol: text.slice(seg.start, seg.end).includes('\r\n') ? '\r\n' : '\n',
    contentStart,
    locate: createLocator(source.text, seg.start, seg.end, lines),
  };
}

export function yamlError(e: unknown, file: string, lines: LineIndex): KubeInjectError {
  if (e instanceof KubeInjectError) return e;
  if (e instanceof YAMLException) {
    const mark = e.mark;
    const pos = mark ? lines.position(mark.position) : {};
    return new KubeInjectError('yaml', `invalid YAML: ${e.reason}`, { file, ...pos }, { cause: e });
  }
  const message = e instanceof Error ? e.message : String(e);
  return new KubeInjectError('yaml', `invalid YAML: ${message}`, { file }, { cause: e });
}
