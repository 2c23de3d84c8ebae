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
/** True for a plain map-like object (not null, not an array). */
export declare function isMap(v: unknown): v is Record<string, unknown>;
export declare function ownField(obj: Record<string, unknown>, name: string): unknown;
/**
 * The conventional JSON name of an exported Go field: the leading run of capitals is lowered,
 * keeping the last capital of a run that starts a new word (`DNSPolicy` → `dnsPolicy`,
 * `HTTPGet` → `httpGet`, `GRPC` → `grpc`, `RunAsUser` → `runAsUser`).
 */
export declare function goFieldToJsonName(name: string): string;
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
export declare const goJsonFieldResolver: FieldResolver;
/** A resolver that asks each given resolver in turn until one returns something. */
export declare function chainResolvers(...resolvers: FieldResolver[]): FieldResolver;
