/**
 * Field access on plain JS data (parsed JSON/YAML), which cannot tell Go structs from maps.
 *
 * `.Name` on an object looks up the own key `Name` first; if there is none and the caller gave a
 * `FieldResolver`, the resolver is asked. A missing field yields `undefined` (Go's "no value")
 * instead of Go's error for a missing struct field, since the data may stand for either.
 */

/**
 * Resolves a field or niladic method name that is not an own key of the receiver. Called for
 * objects lacking the key and for non-object receivers (null, undefined, strings, numbers,
 * booleans, arrays). Return `undefined` for "no such field". A returned function is called as a
 * method with the action's arguments (function values stored in the data itself are plain values,
 * as func-typed map entries are in Go; use `call` to invoke them).
 */
export type FieldResolver = (receiver: unknown, name: string) => unknown;

const hasOwn = Object.prototype.hasOwnProperty;

/** True for a plain map-like object (not null, not an array). */
export function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function ownField(obj: Record<string, unknown>, name: string): unknown {
  return hasOwn.call(obj, name) ? obj[name] : undefined;
}

const jsonNameCache = new Map<string, string>();

/**
 * The conventional JSON name of an exported Go field: the leading run of capitals is lowered,
 * keeping the last capital of a run that starts a new word (`DNSPolicy` → `dnsPolicy`,
 * `HTTPGet` → `httpGet`, `GRPC` → `grpc`, `RunAsUser` → `runAsUser`).
 */
export function goFieldToJsonName(name: string): string {
  let j = jsonNameCache.get(name);
  if (j !== undefined) return j;
  let n = 0;
  while (n < name.length && name[n]! >= 'A' && name[n]! <= 'Z') n++;
  if (n === 0) j = name;
  else if (n === name.length) j = name.toLowerCase();
  else if (n === 1) j = name[0]!.toLowerCase() + name.slice(1);
  else {
    // "HTTPGet": the last capital starts the next word unless a digit/underscore follows the run.
    const next = name[n]!;
    const keep = next >= 'a' && next <= 'z' ? n - 1 : n;
    j = name.slice(0, keep).toLowerCase() + name.slice(keep);
  }
  if (jsonNameCache.size < 10000) jsonNameCache.set(name, j);
  return j;
}

/**
 * Generic resolver for data that is the JSON form of Go values (including protobuf messages in
 * their JSON form). It knows nothing about particular types:
 * - `.FieldName` on an object → the key `goFieldToJsonName(FieldName)`, else the key with only
 *   the first letter lowered;
 * - `.GetFieldName` (the getter Go generates for protobuf fields) on an object → that field, or
 *   nil when absent; on nil → nil (getters are nil-safe in Go);
 * - `.GetValue` on a scalar → the scalar (wrapper messages are their value in JSON);
 * - `.String` on a string → the string (an enum is its name in JSON).
 */
export const goJsonFieldResolver: FieldResolver = (receiver, name) => {
  if (isMap(receiver)) {
    const j = goFieldToJsonName(name);
    if (hasOwn.call(receiver, j)) return receiver[j];
    const simple = name[0]!.toLowerCase() + name.slice(1);
    if (simple !== j && hasOwn.call(receiver, simple)) return receiver[simple];
    if (name.length > 3 && name.startsWith('Get') && name[3]! >= 'A' && name[3]! <= 'Z') {
      const f = goJsonFieldResolver(receiver, name.slice(3));
      return f === undefined ? null : f;
    }
    return undefined;
  }
  if (receiver === null || receiver === undefined) {
    return name.startsWith('Get') ? null : undefined;
  }
  if (name === 'GetValue' && typeof receiver !== 'object') return receiver;
  if (name === 'String' && typeof receiver === 'string') return receiver;
  return undefined;
};

/** A resolver that asks each given resolver in turn until one returns something. */
export function chainResolvers(...resolvers: FieldResolver[]): FieldResolver {
  return (receiver, name) => {
    for (const r of resolvers) {
      const v = r(receiver, name);
      if (v !== undefined) return v;
    }
    return undefined;
  };
}
