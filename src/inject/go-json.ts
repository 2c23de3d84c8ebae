/**
 * What a pod looks like after Istio's round trip through Go's typed structs and
 * `encoding/json`: zero values of `omitempty` fields gone, quantities canonical (`goRoundTrip`);
 * and `json.Marshal` text of containers (`marshalContainerLists`, the `proxy.istio.io/overrides`
 * annotation): Go field order, unknown fields dropped, map keys sorted, `<`, `>`, `&` escaped.
 */
import { GO_FIELD_INDEX, GO_FIELDS } from './go-types.js';
import type { GoField } from './go-types.js';
import { canonicalQuantity } from './quantity-format.js';

function isZero(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v).length === 0;
}

/** Left out of Go's JSON: unset pointers, zero omitempty values (never a struct value). */
function omitted(f: GoField, v: unknown): boolean {
  if (v === undefined) return true;
  if (f.omit === 'nil') return v === null;
  if (f.omit === 'zero') return !GO_FIELDS.has(f.type) && isZero(v);
  return false;
}

function quantity(v: unknown): unknown {
  return typeof v === 'string' || typeof v === 'number' ? (canonicalQuantity(v) ?? v) : v;
}

/**
 * `value` as Go would write it back after decoding it as `type` (a name in `GO_TYPES`). Keys
 * keep their order; fields Go does not know are kept (Istio would drop them). Returns a new
 * value where something changed, else `value` itself.
 */
export function goRoundTrip(value: unknown, type: string): unknown {
  if (value === null || typeof value !== 'object') return type === 'q' ? quantity(value) : value;
  if (type.startsWith('[')) {
    if (!Array.isArray(value)) return value;
    const inner = type.slice(1, -1);
    let changed = false;
    const out = value.map((x) => {
      const y = goRoundTrip(x, inner);
      if (y !== x) changed = true;
      return y;
    });
    return changed ? out : value;
  }
  if (Array.isArray(value)) return value;
  const obj = value as Record<string, unknown>;
  const index = type.startsWith('{') ? undefined : GO_FIELD_INDEX.get(type);
  if (!index && !type.startsWith('{')) return value;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const f = index?.get(k);
    if (f && omitted(f, v)) {
      changed = true;
      continue;
    }
    const t = index ? (f?.type ?? 's') : type.slice(1, -1);
    const nv = t === 's' ? v : goRoundTrip(v, t);
    if (nv !== v) changed = true;
    out[k] = nv;
  }
  return changed ? out : value;
}

function encode(v: unknown, type: string): string {
  if (v === undefined || v === null) return 'null';
  if (type.startsWith('[')) {
    if (!Array.isArray(v)) return goString(v);
    return `[${v.map((x) => encode(x, type.slice(1, -1))).join(',')}]`;
  }
  if (type.startsWith('{')) {
    if (typeof v !== 'object' || Array.isArray(v)) return goString(v);
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${goString(k)}:${encode((v as Record<string, unknown>)[k], type.slice(1, -1))}`).join(',')}}`;
  }
  if (type === 'q') return goString(quantity(v));
  const fields = GO_FIELDS.get(type);
  if (!fields || typeof v !== 'object' || Array.isArray(v)) return goString(v);
  const obj = v as Record<string, unknown>;
  const parts: string[] = [];
  for (const f of fields) {
    const x = obj[f.name];
    const isStruct = GO_FIELDS.has(f.type);
    if (f.omit !== 'never' && (x === undefined || omitted(f, x)) && !(isStruct && f.omit === 'zero')) continue;
    parts.push(`${goString(f.name)}:${isStruct && (x === undefined || x === null) ? '{}' : encode(x, f.type)}`);
  }
  return `{${parts.join(',')}}`;
}

/** JSON text as Go's encoder writes it (HTML-safe escapes; object keys sorted for plain maps). */
function goString(v: unknown): string {
  const s = JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val) ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : val,
  );
  return (s ?? 'null').replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `json.Marshal` of a struct with `containers` and `initContainers` (both omitempty) lists. */
export function marshalContainerLists(lists: { containers?: unknown[]; initContainers?: unknown[] }): string {
  const parts: string[] = [];
  for (const key of ['containers', 'initContainers'] as const) {
    const list = lists[key];
    if (list && list.length > 0) parts.push(`"${key}":${encode(list, '[Container]')}`);
  }
  return `{${parts.join(',')}}`;
}
