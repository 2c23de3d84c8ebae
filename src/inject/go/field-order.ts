/**
 * Key order of an injected pod template. Keys the user's manifest already had keep the user's
 * order; keys that injection added follow, in the order Go's encoding/json writes the Kubernetes
 * struct they belong to (`name, image, command, args, …` — as `json.Marshal` and `kubectl -o json`
 * write it; istioctl's YAML output instead sorts every mapping by key). So the output no longer
 * depends on the order a rendering template happened to write its keys in: the built-in templates
 * and Istio's give the same bytes. The field order is that of `GO_STRUCTS` (`structs.ts`).
 */
import { deepFreeze, FrozenMemo, isFrozenObject } from '../../model/frozen.js';
import { isMap, type JsonMap } from '../../model/values.js';
import { GO_STRUCTS, structOf } from './structs.js';

interface FieldInfo {
  /** The struct the value (or each list element) is; undefined for scalars and free-form maps. */
  readonly typeName: string | undefined;
  /** Lists: the element key that identifies an element (`patchMergeKey`); else by index. */
  readonly mergeKey: string | undefined;
}

interface StructInfo {
  readonly name: string;
  /** JSON name → field, in Go order. */
  readonly fields: Map<string, FieldInfo>;
  /** JSON name → position in Go order. */
  readonly rank: Map<string, number>;
  /**
   * A list field → another list field of the same struct whose original elements may stand for
   * new elements of this one (injection moves a user's `istio-proxy` between `containers` and
   * `initContainers`).
   */
  readonly siblings?: Readonly<Record<string, string>>;
}

const SIBLING_LISTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  PodSpec: { containers: 'initContainers', initContainers: 'containers' },
};

/** Each struct's order, made when the struct is first met. */
const STRUCTS = new Map<string, StructInfo>();

function structInfo(name: string): StructInfo | undefined {
  let info = STRUCTS.get(name);
  if (info === undefined) {
    const fields = GO_STRUCTS.get(name);
    if (fields === undefined) return undefined;
    const siblings = SIBLING_LISTS[name];
    info = {
      name,
      fields: new Map(fields.map((f) => [f.name, { typeName: structOf(f.type), mergeKey: f.mergeKey }])),
      rank: new Map(fields.map((f, i) => [f.name, i])),
      ...(siblings ? { siblings } : {}),
    };
    STRUCTS.set(name, info);
  }
  return info;
}

const NO_FIELD: FieldInfo = { typeName: undefined, mergeKey: undefined };

/** `out[k] = v`, also for a key named `__proto__`. */
function put(out: JsonMap, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(out, k, { value: v, writable: true, enumerable: true, configurable: true });
  else out[k] = v;
}

/**
 * `result` with, at every map, first the keys that the corresponding map of `original` had (in
 * `original`'s order), then the other keys in the Go field order of `typeName` (keys Go does not
 * know last, in their current order). Free-form maps (labels, annotations, `nodeSelector`,
 * quantities: Go maps) keep their new keys in their current order. List elements correspond by
 * their merge key (`name` for containers, env and volumes, `containerPort` for ports, `mountPath`
 * for volume mounts), else by index; an element new in `result` gets Go order throughout.
 *
 * Pure: neither argument is modified; subtrees whose order does not change are returned as they
 * are (the result shares them with `result`), and a subtree of `result` that IS the original's
 * (same object) is not walked at all.
 */
export function orderLikeGo(original: unknown, result: unknown, typeName = 'PodTemplateSpec'): unknown {
  const type = structInfo(typeName);
  if (!type) throw new Error(`orderLikeGo: no field order for the type ${typeName}`);
  return orderValue(original, result, type, undefined, undefined);
}

function orderValue(o: unknown, r: unknown, type: StructInfo | null, mergeKey: string | undefined, alt: unknown): unknown {
  if (o === r || r === null || typeof r !== 'object') return r;
  // A frozen value new to the pod (a template's output shared between pods) is ordered once.
  if (o === undefined && alt === undefined && isFrozenObject(r)) {
    const variant = mergeKey === undefined ? type : `${type?.name ?? ''}\u0000${mergeKey}`;
    return ordered.get(r, variant) ?? ordered.set(r, variant, deepFreeze(orderFresh(o, r, type, mergeKey, alt)));
  }
  return orderFresh(o, r, type, mergeKey, alt);
}

const ordered = new FrozenMemo<unknown>();

function orderFresh(o: unknown, r: object, type: StructInfo | null, mergeKey: string | undefined, alt: unknown): unknown {
  if (Array.isArray(r)) return orderList(o, r, type, mergeKey, alt);
  const orig = isMap(o) ? o : undefined;
  return type ? orderStruct(orig, r as JsonMap, type) : orderFree(orig, r as JsonMap);
}

function orderStruct(o: JsonMap | undefined, r: JsonMap, type: StructInfo): JsonMap {
  const rKeys = Object.keys(r);
  let keys = rKeys;
  if (o) {
    // The original's keys (those still there) first, in its order; then the new ones.
    keys = [];
    for (const k in o) if (Object.hasOwn(o, k) && Object.hasOwn(r, k)) keys.push(k);
    const kept = keys.length;
    if (kept < rKeys.length) {
      for (const k of rKeys) if (!Object.hasOwn(o, k)) keys.push(k);
      sortByRank(keys, kept, type.rank);
    }
  } else {
    sortByRank((keys = rKeys.slice()), 0, type.rank);
  }
  let changed = false;
  const values = new Array<unknown>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const rv = r[k];
    let v = rv;
    if (rv !== null && typeof rv === 'object') {
      const f = type.fields.get(k) ?? NO_FIELD;
      const sibling = o && type.siblings?.[k];
      v = orderValue(o?.[k], rv, f.typeName === undefined ? null : structInfo(f.typeName)!, f.mergeKey, sibling ? o[sibling] : undefined);
    }
    values[i] = v;
    if (v !== rv || rKeys[i] !== k) changed = true;
  }
  return changed ? build(keys, values) : r;
}

/** Sorts `keys[from..]` in place by Go field rank (stable; keys Go does not know last). */
function sortByRank(keys: string[], from: number, rank: ReadonlyMap<string, number>): void {
  const last = rank.size;
  // Insertion sort: a handful of keys, usually in order already.
  for (let i = from + 1; i < keys.length; i++) {
    const k = keys[i]!;
    const rk = rank.get(k) ?? last;
    let j = i - 1;
    while (j >= from && (rank.get(keys[j]!) ?? last) > rk) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = k;
  }
}

function build(keys: readonly string[], values: readonly unknown[]): JsonMap {
  const out: JsonMap = {};
  for (let i = 0; i < keys.length; i++) put(out, keys[i]!, values[i]);
  return out;
}

/** A Go map (or a field Go does not know): keys of the original first, then the rest as they are. */
function orderFree(o: JsonMap | undefined, r: JsonMap): JsonMap {
  const rKeys = Object.keys(r);
  let keys = rKeys;
  if (o) {
    keys = [];
    for (const k in o) if (Object.hasOwn(o, k) && Object.hasOwn(r, k)) keys.push(k);
    if (keys.length < rKeys.length) for (const k of rKeys) if (!Object.hasOwn(o, k)) keys.push(k);
  }
  let changed = false;
  const values = new Array<unknown>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const rv = r[k];
    const v = rv !== null && typeof rv === 'object' ? orderValue(o?.[k], rv, null, undefined, undefined) : rv;
    values[i] = v;
    if (v !== rv || rKeys[i] !== k) changed = true;
  }
  return changed ? build(keys, values) : r;
}

function isKey(v: unknown): v is string | number {
  return typeof v === 'string' || typeof v === 'number';
}

function orderList(o: unknown, r: unknown[], type: StructInfo | null, mergeKey: string | undefined, alt: unknown): unknown[] {
  const orig = Array.isArray(o) ? o : undefined;
  const others = Array.isArray(alt) ? alt : undefined;
  let byKey: Map<unknown, unknown> | undefined;
  const lookup = (key: string | number): unknown => {
    if (!byKey) {
      byKey = new Map();
      // First occurrence wins; the original's own list before the sibling list.
      for (const list of [others, orig]) {
        for (let j = (list?.length ?? 0) - 1; j >= 0; j--) {
          const e = list![j];
          if (isMap(e) && isKey(e[mergeKey!])) byKey.set(e[mergeKey!], e);
        }
      }
    }
    return byKey.get(key);
  };
  let out: unknown[] | undefined;
  for (let i = 0; i < r.length; i++) {
    const e = r[i];
    let match: unknown;
    if (orig || others) {
      const key = mergeKey !== undefined && isMap(e) ? e[mergeKey] : undefined;
      if (isKey(key)) {
        const same = orig?.[i];
        match = isMap(same) && same[mergeKey!] === key ? same : lookup(key);
      } else {
        match = orig?.[i];
      }
    }
    const v = orderValue(match, e, type, undefined, undefined);
    if (v !== e) (out ??= r.slice())[i] = v;
  }
  return out ?? r;
}
