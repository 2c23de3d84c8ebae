/**
 * The fields of Istio's `ProxyConfig` (istio/api `mesh/v1alpha1/proxy.proto`) with the JSON
 * shape jsonpb accepts for each. Keys are the JSON (lowerCamel) names; jsonpb accepts the
 * proto (snake_case) names too, see `PROXY_CONFIG_PROTO_NAMES`.
 */
export type FieldType = {
    t: 'string';
} | {
    t: 'int32';
} | {
    t: 'uint32';
} | {
    t: 'duration';
} | {
    t: 'bool-wrapper';
} | {
    t: 'int32-wrapper';
} | {
    t: 'enum';
    values: readonly string[];
} | {
    t: 'message';
} | {
    t: 'string-map';
} | {
    t: 'string-list';
};
/** Every ProxyConfig field, sorted by name. */
export declare const PROXY_CONFIG_FIELDS: Readonly<Record<string, FieldType>>;
/** The JSON name of a ProxyConfig field given either spelling, or undefined when unknown. */
export declare function proxyConfigFieldName(key: string): string | undefined;
