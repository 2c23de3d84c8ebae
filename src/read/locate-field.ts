import { parseEvents } from 'js-yaml';
import type { ManifestDocument, Position } from '../model/document.js';
import { splitPointer, escapeToken } from '../model/pointer.js';
import { indexOffsets, type FieldOffsets } from './events.js';
import type { LineIndex } from './line-index.js';
import { LIMITS } from './yaml-schema.js';

/**
 * A document's `locate`: the field index is built on first use by parsing the document's text
 * again (most documents are never asked), then answers every pointer from a map.
 */
export function createLocator(text: string, start: number, end: number, lines: LineIndex): ManifestDocument['locate'] {
  let index: Map<string, FieldOffsets> | undefined;
  return (pointer: string, at: 'key' | 'value' = 'key'): Position => {
    if (!index) {
      const slice = text.slice(start, end);
      try {
        index = shift(indexOffsets(parseEvents(slice, { maxDepth: LIMITS.maxDepth }), slice), start);
      } catch {
        index = new Map();
      }
    }
    const tokens = splitPointer(pointer);
    for (let n = tokens.length; n >= 0; n--) {
      const p = tokens.slice(0, n).map(escapeToken).map((t) => '/' + t).join('');
      const rec = index.get(p);
      if (!rec) continue;
      // The field itself: its key or value as asked; a missing field: its parent's key.
      const offset = n === tokens.length && at === 'value' ? rec.value : (rec.key ?? rec.value);
      return lines.position(offset);
    }
    return lines.position(start);
  };
}

function shift(map: Map<string, FieldOffsets>, by: number): Map<string, FieldOffsets> {
  for (const rec of map.values()) {
    rec.value += by;
    if (rec.key !== undefined) rec.key += by;
  }
  return map;
}
