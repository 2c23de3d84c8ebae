/**
 * `protoToJSON .ProxyConfig` as Istio's templates write it into PROXY_CONFIG: fields equal to
 * Istio's defaults dropped first (`cleanProxyConfig`), then protobuf JSON: fields in the order
 * the proto declares them, zero scalars and empty maps/lists left out (oneof members and
 * wrapper values kept), map keys sorted, durations in protobuf's spelling (`1.500s`).
 * `proxyConfigView` (template-data.ts) hides the fields left out, so any JSON writer of the view
 * (the function table's `protoToJSON`) writes Istio's text.
 */
import { type JsonMap } from '../model/values.js';
/**
 * The fields of a proxy config in protobuf JSON order, each with whether Istio's `protoToJSON`
 * writes it (false: equal to Istio's default, or a zero value protobuf JSON leaves out).
 * Unknown fields come last, written as given.
 */
export declare function protoJsonFields(pc: JsonMap): Array<[string, unknown, boolean]>;
