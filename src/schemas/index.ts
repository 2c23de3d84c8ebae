// Schema checks for every input file kube-inject reads. The validators are compiled at build time
// (scripts/build-schemas.mjs -> generated/validators.js); nothing is compiled at run time.
import {
  propertyIndex,
  validateInjectorConfig,
  validateIstioOperator,
  validateMeshConfig,
  validateValues,
} from '../../generated/validators.js';
import type { PropertyNode, ValidationError, Validator } from '../../generated/validators.js';

/** The kinds of input file that have a schema. */
export type SchemaKind = 'mesh-config' | 'values' | 'injector-config' | 'istio-operator';

/** One problem found in an input document. */
export interface SchemaProblem {
  /** JSON pointer (RFC 6901) of the offending key; "" is the document itself. */
  pointer: string;
  /** Human-readable description, e.g. `must be a boolean, got string "yes please"`. */
  message: string;
}

const VALIDATORS: Record<SchemaKind, { validate: Validator; root: number }> = {
  'mesh-config': { validate: validateMeshConfig, root: propertyIndex.roots.validateMeshConfig },
  values: { validate: validateValues, root: propertyIndex.roots.validateValues },
  'injector-config': { validate: validateInjectorConfig, root: propertyIndex.roots.validateInjectorConfig },
  'istio-operator': { validate: validateIstioOperator, root: propertyIndex.roots.validateIstioOperator },
};

/** Checks `data` (a parsed YAML/JSON document) against the schema for `kind`; [] when it is valid. */
export function validateInput(kind: SchemaKind, data: unknown): SchemaProblem[] {
  const entry = VALIDATORS[kind];
  if (entry.validate(data)) return [];
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const err of entry.validate.errors ?? []) {
    const problem = describeError(err, data, entry.root);
    if (!problem) continue;
    const key = `${problem.pointer}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

/** Formats problems one per line, e.g. for `error: mesh.yaml: ...`. */
export function formatProblems(file: string, problems: readonly SchemaProblem[]): string {
  return problems.map((p) => `${file}: ${p.pointer === '' ? '(document)' : p.pointer}: ${p.message}`).join('\n');
}

// ---------- error -> problem ----------

// Patterns used by the schemas, with what they mean to a person.
const PATTERN_MEANINGS: Record<string, string> = {
  '^-?[0-9]+$': 'an integer',
  '^[0-9]+$': 'a non-negative integer',
  '^-?([0-9]+(\\.[0-9]{0,9})?|\\.[0-9]{1,9})s$': 'a duration in seconds like "10s" or "1.5s"',
  '^(-?[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?|-?\\.[0-9]+([eE][-+]?[0-9]+)?|NaN|-?Infinity)$': 'a number',
  '^[A-Za-z0-9+/_-]*={0,2}$': 'base64-encoded bytes',
  '^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+|[numkMGTPE]|[KMGTPE]i)?$': 'a Kubernetes quantity like "100m" or "128Mi"',
  '^install\\.istio\\.io/': 'an install.istio.io API version',
};

function describeError(err: ValidationError, data: unknown, root: number): SchemaProblem | undefined {
  const pointer = err.instancePath;
  const value = valueAt(data, pointer);
  const params = err.params;
  switch (err.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = knownProperties(root, pointer);
      const hint = suggest(name, known);
      return {
        pointer: `${pointer}/${escapePointer(name)}`,
        message: `unknown field ${JSON.stringify(name)}${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}`,
      };
    }
    case 'required':
      return { pointer, message: `missing required field ${JSON.stringify(String(params.missingProperty))}` };
    case 'type':
      return { pointer, message: `must be ${describeTypes(String(params.type))}, got ${describeValue(value)}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).filter((v) => v !== null);
      const names = allowed.filter((v) => typeof v === 'string');
      const shown = (names.length > 0 ? names : allowed).map((v) => (typeof v === 'string' ? (v === '' ? '""' : v) : JSON.stringify(v)));
      return { pointer, message: `must be one of ${shown.join(', ')}` };
    }
    case 'const':
      return { pointer, message: `must be ${JSON.stringify(params.allowedValue)}, got ${describeValue(value)}` };
    case 'pattern': {
      const meaning = PATTERN_MEANINGS[String(params.pattern)];
      return {
        pointer,
        message: meaning
          ? `must be ${meaning}, got ${describeValue(value)}`
          : `must match ${String(params.pattern)}, got ${describeValue(value)}`,
      };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { pointer, message: `must be ${String(params.comparison)} ${String(params.limit)}, got ${describeValue(value)}` };
    case 'allOf':
    case 'anyOf':
    case 'if':
      return undefined; // the errors of the branches say what is wrong
    default:
      return { pointer, message: err.message ?? `is invalid (${err.keyword})` };
  }
}

function describeTypes(types: string): string {
  const set = new Set(types.split(','));
  set.delete('null');
  // Numeric strings are accepted for integers/numbers (proto3 JSON), but a person thinks "an integer".
  if (set.has('integer')) set.delete('string');
  const words: Record<string, string> = {
    string: 'a string',
    boolean: 'a boolean',
    integer: 'an integer',
    number: 'a number',
    object: 'an object (mapping)',
    array: 'a list',
  };
  const list = [...set].map((t) => words[t] ?? t);
  if (list.length === 0) return 'null';
  return list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]!}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `string ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)}`;
    case 'number':
      return Number.isInteger(value) ? `integer ${value}` : `number ${value}`;
    case 'boolean':
      return `boolean ${value}`;
    case 'object':
      return 'an object (mapping)';
    default:
      return typeof value;
  }
}

// ---------- JSON pointers ----------

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur = data;
  for (const seg of pointerSegments(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

// ---------- "did you mean" ----------

function knownProperties(root: number, pointer: string): string[] {
  const nodes: readonly PropertyNode[] = propertyIndex.nodes;
  let node: PropertyNode | undefined = nodes[root];
  for (const seg of pointerSegments(pointer)) {
    if (!node) return [];
    let next: number | undefined;
    if (node.p && Object.prototype.hasOwnProperty.call(node.p, seg)) next = node.p[seg];
    else if (node.i !== undefined && /^[0-9]+$/.test(seg)) next = node.i;
    else if (node.a !== undefined) next = node.a;
    node = next !== undefined && next >= 0 ? nodes[next] : undefined;
  }
  return node?.p ? Object.keys(node.p) : [];
}

function suggest(name: string, known: readonly string[]): string | undefined {
  const norm = (s: string) => s.replace(/[_-]/g, '').toLowerCase();
  const n = norm(name);
  let best: string | undefined;
  let bestDist = Infinity;
  for (const k of known) {
    if (norm(k) === n) return preferCamel(k, known);
    const d = editDistance(n, norm(k));
    if (d < bestDist) {
      bestDist = d;
      best = k;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(n.length / 4)));
  return best !== undefined && bestDist <= limit ? preferCamel(best, known) : undefined;
}

/** Suggest the JSON (camelCase) spelling when a field is known under both names. */
function preferCamel(name: string, known: readonly string[]): string {
  if (!name.includes('_')) return name;
  const camel = name.replace(/_([a-zA-Z0-9])/g, (_m, c: string) => c.toUpperCase());
  return known.includes(camel) ? camel : name;
}

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}
