/**
 * A small RFC 6902 JSON Patch applier for the tests, written from the RFC and independent of
 * src/webhook/json-patch.ts (which only creates patches): the judge does not share the code it
 * judges. Returns a new document; throws on any operation the RFC says must fail.
 */
type Json = unknown;

function parsePointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new Error(`JSON Pointer ${JSON.stringify(path)} does not start with /`);
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

const clone = (v: Json): Json => (v === undefined ? v : structuredClone(v));

function parentOf(doc: Json, tokens: string[], path: string): { parent: Json; last: string } {
  let cur = doc;
  for (const t of tokens.slice(0, -1)) {
    if (Array.isArray(cur)) {
      if (!/^(0|[1-9][0-9]*)$/.test(t) || Number(t) >= cur.length) throw new Error(`${path}: no element ${t}`);
      cur = cur[Number(t)];
    } else if (cur !== null && typeof cur === 'object' && Object.hasOwn(cur, t)) {
      cur = (cur as Record<string, Json>)[t];
    } else {
      throw new Error(`${path}: no member ${JSON.stringify(t)} to descend into`);
    }
  }
  return { parent: cur, last: tokens[tokens.length - 1]! };
}

function get(doc: Json, path: string): Json {
  const tokens = parsePointer(path);
  if (tokens.length === 0) return doc;
  const { parent, last } = parentOf(doc, tokens, path);
  if (Array.isArray(parent)) {
    if (!/^(0|[1-9][0-9]*)$/.test(last) || Number(last) >= parent.length) throw new Error(`${path}: no element ${last}`);
    return parent[Number(last)];
  }
  if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, last)) throw new Error(`${path}: no member ${JSON.stringify(last)}`);
  return (parent as Record<string, Json>)[last];
}

function add(doc: Json, path: string, value: Json): Json {
  const tokens = parsePointer(path);
  if (tokens.length === 0) return value;
  const { parent, last } = parentOf(doc, tokens, path);
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : Number(last);
    if (!/^(0|[1-9][0-9]*|-)$/.test(last) || i > parent.length) throw new Error(`${path}: index ${last} out of bounds (length ${parent.length})`);
    parent.splice(i, 0, value);
  } else if (parent !== null && typeof parent === 'object') {
    Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  } else {
    throw new Error(`${path}: the parent is not a container`);
  }
  return doc;
}

function remove(doc: Json, path: string): Json {
  const tokens = parsePointer(path);
  if (tokens.length === 0) throw new Error('cannot remove the whole document');
  get(doc, path);
  const { parent, last } = parentOf(doc, tokens, path);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<string, Json>)[last];
  return doc;
}

export interface PatchOp {
  op: string;
  path: string;
  value?: Json;
  from?: string;
}

export function applyJsonPatch(document: Json, patch: readonly PatchOp[]): Json {
  if (!Array.isArray(patch)) throw new Error('a JSON Patch is an array of operations');
  let doc = clone(document);
  for (const [i, op] of patch.entries()) {
    if (typeof op?.path !== 'string') throw new Error(`operation ${i} has no path`);
    switch (op.op) {
      case 'add':
        if (!('value' in op)) throw new Error(`operation ${i} (add) has no value`);
        doc = add(doc, op.path, clone(op.value));
        break;
      case 'remove':
        doc = remove(doc, op.path);
        break;
      case 'replace':
        if (!('value' in op)) throw new Error(`operation ${i} (replace) has no value`);
        get(doc, op.path);
        doc = op.path === '' ? clone(op.value) : add(remove(doc, op.path), op.path, clone(op.value));
        break;
      case 'move': {
        const v = get(doc, op.from!);
        doc = add(remove(doc, op.from!), op.path, v);
        break;
      }
      case 'copy':
        doc = add(doc, op.path, clone(get(doc, op.from!)));
        break;
      case 'test':
        if (JSON.stringify(get(doc, op.path)) !== JSON.stringify(op.value)) throw new Error(`operation ${i} (test) failed at ${op.path}`);
        break;
      default:
        throw new Error(`operation ${i}: unknown op ${JSON.stringify(op.op)}`);
    }
  }
  return doc;
}
