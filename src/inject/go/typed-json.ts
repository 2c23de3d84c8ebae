/**
 * What a pod looks like after Istio's round trip through Go's typed structs and
 * `encoding/json`: zero values of `omitempty` fields gone, quantities canonical (`goRoundTrip`);
 * and `json.Marshal` text of containers (`marshalContainerLists`, the `proxy.istio.io/overrides`
 * annotation): Go field order, unknown fields dropped, map keys sorted, `<`, `>`, `&` escaped.
 *
 * The facts about the Go types (field order, `omitempty`/`omitzero`, pointers, quantities, scalar
 * kinds) are those of `k8s-field-order.json`, generated from k8s.io/api (`GO_STRUCTS`).
 */
import { deepFreeze, FrozenMemo, isFrozenObject } from '../../model/frozen.js';
import { setOwn } from '../../model/values.js';
import { GO_STRUCTS, type GoField } from './structs.js';
import { canonicalQuantity } from './quantity-format.js';

/** A struct's fields by JSON name, made when the struct is first met. */
const fieldIndexes = new Map<string, ReadonlyMap<string, GoField> | null>();
function fieldIndex(type: string): ReadonlyMap<string, GoField> | undefined {
  let index = fieldIndexes.get(type);
  if (index === undefined) {
    const fields = GO_STRUCTS.get(type);
    fieldIndexes.set(type, (index = fields ? new Map(fields.map((f) => [f.name, f])) : null));
  }
  return index ?? undefined;
}

/** A Go struct value — of the table, a quantity, or another self-marshalling one (`$`). */
function isStructType(type: string): boolean {
  return type === 'q' || type === '$' || GO_STRUCTS.has(type);
}

/** Empty for `omitempty`: false, 0, "", an empty list or map, or nothing (nil, or null decoded). */
function isEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  return typeof v === 'object' && Object.keys(v).length === 0;
}

/**
 * Zero for `omitzero`: what decodes to the type's zero value. `null` always; false, 0 and "" for
 * scalars; `{}` for a struct of the table. An empty list or map is not nil, so not zero.
 */
function isGoZero(type: string, v: unknown): boolean {
  if (v === undefined || v === null) return true;
  if (type === '') return v === false || v === 0 || v === '';
  if (GO_STRUCTS.has(type)) return typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;
  return false;
}

/**
 * Left out of Go's JSON: unset `omitempty`/`omitzero` pointers; zero `omitzero` values; empty
 * `omitempty` values that are not structs (omitempty never leaves out a struct: metav1.Time,
 * resource.Quantity, `resources` are written even when zero).
 */
function omitted(f: GoField, v: unknown): boolean {
  if (v === undefined) return true;
  if (f.pointer) return (f.omitempty || f.omitzero) && v === null;
  if (f.omitzero && isGoZero(f.type, v)) return true;
  return f.omitempty && !isStructType(f.type) && isEmpty(v);
}

function quantity(v: unknown): unknown {
  return typeof v === 'string' || typeof v === 'number' ? (canonicalQuantity(v) ?? v) : v;
}

/**
 * `value` as Go would write it back after decoding it as `type` (a name in `GO_STRUCTS`, or a
 * field type of it). Keys keep their order; fields Go does not know are kept (Istio would drop
 * them). Returns a new value where something changed, else `value` itself.
 */
export function goRoundTrip(value: unknown, type: string): unknown {
  if (value === null || typeof value !== 'object') return type === 'q' ? quantity(value) : value;
  // A frozen value (a template's output shared between pods) is taken through once.
  if (isFrozenObject(value)) return roundTrips.get(value, type) ?? roundTrips.set(value, type, deepFreeze(roundTrip(value, type)));
  return roundTrip(value, type);
}

const roundTrips = new FrozenMemo<unknown>();

function roundTrip(value: object, type: string): unknown {
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
  const goMap = type.startsWith('{');
  const index = goMap ? undefined : fieldIndex(type);
  if (!index && !goMap) return value;
  // The copy is made only once a field changes (most objects come back as they are).
  let out: Record<string, unknown> | undefined;
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = obj[k];
    const f = index?.get(k);
    if (f && omitted(f, v)) {
      out ??= copyOfFirst(obj, keys, i);
      continue;
    }
    const t = index ? (f?.type ?? '') : type.slice(1, -1);
    const nv = t === '' ? v : goRoundTrip(v, t);
    if (out !== undefined) setOwn(out, k, nv);
    else if (nv !== v) setOwn((out = copyOfFirst(obj, keys, i)), k, nv);
  }
  return out ?? value;
}

/** A new object with the first `n` of `keys` of `obj`. */
function copyOfFirst(obj: Record<string, unknown>, keys: readonly string[], n: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) setOwn(out, keys[i]!, obj[keys[i]!]);
  return out;
}

/** Go's JSON text of a scalar kind's zero value. */
const SCALAR_ZERO: Record<NonNullable<GoField['scalar']>, string> = { string: '""', number: '0', bool: 'false' };

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
  const fields = GO_STRUCTS.get(type);
  if (!fields || typeof v !== 'object' || Array.isArray(v)) return goString(v);
  const obj = v as Record<string, unknown>;
  const parts: string[] = [];
  for (const f of fields) {
    // An unset (or null) field is Go's zero value: nil for a pointer, `{}` for a struct, "0" for a
    // quantity, "", 0 or false for a string, number or bool (and 0 for an IntOrString), nil
    // (`null`) for a list or map.
    const x = obj[f.name] ?? null;
    if (omitted(f, x)) continue;
    let text: string;
    if (x !== null || f.pointer) text = encode(x, f.type);
    else text = GO_STRUCTS.has(f.type) ? '{}' : f.type === 'q' ? '"0"' : f.scalar !== undefined ? SCALAR_ZERO[f.scalar] : 'null';
    parts.push(`${goString(f.name)}:${text}`);
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
