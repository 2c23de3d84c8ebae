import { EVENT_ID, SCALAR_STYLE, getScalarValue } from 'js-yaml';
import type { Event } from 'js-yaml';
import { escapeToken } from '../model/pointer.js';

/** The first source offset an event carries (anchor, tag or value), or -1. */
export function eventOffset(e: Event): number {
  switch (e.type) {
    case EVENT_ID.SCALAR: {
      // A quoted scalar starts at its opening quote, one before its value.
      const quoted = e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED;
      return firstOf(e.anchorStart, e.tagStart, quoted && e.valueStart > 0 ? e.valueStart - 1 : e.valueStart);
    }
    case EVENT_ID.MAPPING:
    case EVENT_ID.SEQUENCE:
      return firstOf(e.anchorStart, e.tagStart, e.start);
    case EVENT_ID.ALIAS:
      return e.anchorStart >= 0 ? e.anchorStart - 1 : -1;
    default:
      return -1;
  }
}

function firstOf(...offsets: number[]): number {
  let best = -1;
  for (const o of offsets) if (o >= 0 && (best < 0 || o < best)) best = o;
  return best;
}

export interface FieldOffsets {
  key?: number;
  value: number;
}

/**
 * Walks one document's events and records, for every JSON pointer that exists in the source,
 * the offset of its key and of its value. Complex (non-scalar) keys are skipped.
 */
export function indexOffsets(events: readonly Event[], source: string): Map<string, FieldOffsets> {
  const out = new Map<string, FieldOffsets>();
  type Frame =
    | { kind: 'map'; pointer: string; key: string | null; keyOffset: number }
    | { kind: 'seq'; pointer: string; next: number }
    | { kind: 'skip' };
  const stack: Frame[] = [];

  const place = (): { pointer: string; keyOffset?: number } | null => {
    const top = stack[stack.length - 1];
    if (!top) return { pointer: '' };
    if (top.kind === 'skip') return null;
    if (top.kind === 'seq') return { pointer: `${top.pointer}/${top.next++}` };
    if (top.key === null) return null; // a key position: handled by the caller
    const p = { pointer: `${top.pointer}/${escapeToken(top.key)}`, keyOffset: top.keyOffset };
    top.key = null;
    return p;
  };

  for (const e of events) {
    if (e.type === EVENT_ID.DOCUMENT) continue;
    if (e.type === EVENT_ID.POP) {
      stack.pop();
      continue;
    }
    const top = stack[stack.length - 1];
    const isKey = top !== undefined && top.kind === 'map' && top.key === null;
    if (isKey) {
      if (e.type === EVENT_ID.SCALAR) {
        top.key = e.valueStart >= 0 ? getScalarValue(source, e) : '';
        top.keyOffset = eventOffset(e);
      } else {
        top.key = '?';
        top.keyOffset = eventOffset(e);
        if (e.type !== EVENT_ID.ALIAS) stack.push({ kind: 'skip' });
      }
      continue;
    }
    const offset = eventOffset(e);
    const where = place();
    if (where) {
      const rec: FieldOffsets = { value: offset >= 0 ? offset : (where.keyOffset ?? 0) };
      if (where.keyOffset !== undefined) rec.key = where.keyOffset;
      out.set(where.pointer, rec);
    }
    if (e.type === EVENT_ID.MAPPING) stack.push(where ? { kind: 'map', pointer: where.pointer, key: null, keyOffset: -1 } : { kind: 'skip' });
    else if (e.type === EVENT_ID.SEQUENCE) stack.push(where ? { kind: 'seq', pointer: where.pointer, next: 0 } : { kind: 'skip' });
  }
  return out;
}

/**
 * How large the document is once every alias is expanded: its nodes, and the bytes of its
 * scalars. Aliases are cheap to parse and share objects in memory, but every later stage (merge,
 * dump) walks the expanded tree: a few hundred bytes of nested aliases can stand for billions of
 * nodes, or a few nodes over a long string for gigabytes. Stops counting past either limit.
 */
export function expandedSize(events: readonly Event[], source: string, limits: { nodes: number; bytes: number }): { nodes: number; bytes: number } {
  const sizes = new Map<string, { nodes: number; bytes: number }>();
  const stack: Array<{ nodes: number; bytes: number; anchor: string | null }> = [{ nodes: 0, bytes: 0, anchor: null }];
  const add = (nodes: number, bytes: number) => {
    const top = stack[stack.length - 1]!;
    top.nodes += nodes;
    top.bytes += bytes;
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE:
        stack.push({ nodes: 1, bytes: 1, anchor: e.anchorStart >= 0 ? source.slice(e.anchorStart, e.anchorEnd) : null });
        break;
      case EVENT_ID.POP: {
        if (stack.length === 1) break;
        const done = stack.pop()!;
        if (done.anchor !== null) sizes.set(done.anchor, { nodes: done.nodes, bytes: done.bytes });
        add(done.nodes, done.bytes);
        break;
      }
      case EVENT_ID.SCALAR: {
        const bytes = 1 + (e.valueStart >= 0 ? e.valueEnd - e.valueStart : 0);
        if (e.anchorStart >= 0) sizes.set(source.slice(e.anchorStart, e.anchorEnd), { nodes: 1, bytes });
        add(1, bytes);
        break;
      }
      case EVENT_ID.ALIAS: {
        const size = sizes.get(source.slice(e.anchorStart, e.anchorEnd)) ?? { nodes: 1, bytes: 1 };
        add(size.nodes, size.bytes);
        break;
      }
      default:
        break;
    }
    const top = stack[stack.length - 1]!;
    if (top.nodes > limits.nodes || top.bytes > limits.bytes) return { nodes: top.nodes, bytes: top.bytes };
  }
  return { nodes: stack[0]!.nodes, bytes: stack[0]!.bytes };
}

/**
 * The offset of the first key that a mapping states twice, or -1. Keys a merge (`<<`) brings
 * in are not stated, so they may be overridden, as YAML's merge-key spec says.
 */
export function findDuplicateKey(events: readonly Event[], source: string): number {
  const stack: Array<{ keys: Set<string> | null; atKey: boolean }> = [];
  for (const e of events) {
    if (e.type === EVENT_ID.DOCUMENT) continue;
    if (e.type === EVENT_ID.POP) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent?.keys) parent.atKey = !parent.atKey;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top?.keys && top.atKey && e.type === EVENT_ID.SCALAR) {
      const key = e.valueStart >= 0 ? getScalarValue(source, e) : '';
      if (key !== '<<' && top.keys.has(key)) return eventOffset(e);
      top.keys.add(key);
    }
    if (e.type === EVENT_ID.MAPPING) stack.push({ keys: new Set(), atKey: true });
    else if (e.type === EVENT_ID.SEQUENCE) stack.push({ keys: null, atKey: false });
    else if (top?.keys) top.atKey = !top.atKey;
  }
  return -1;
}
