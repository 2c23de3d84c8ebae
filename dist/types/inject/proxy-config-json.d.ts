import type { JsonObject } from './pod.js';
/** protojson's Duration text: seconds with 0, 3, 6 or 9 fractional digits. */
export declare function protoDuration(v: unknown): unknown;
/**
 * The fields of a proxy config in protobuf JSON order, each with whether Istio's `protoToJSON`
 * writes it (false: equal to Istio's default, or a zero value protobuf JSON leaves out).
 * Unknown fields come last, written as given.
 */
export declare function protoJsonFields(pc: JsonObject): Array<[string, unknown, boolean]>;
export declare function proxyConfigToJSON(v: unknown): string;
