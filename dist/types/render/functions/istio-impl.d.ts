import { type JsonMap } from '../../model/values.js';
export declare function excludeInboundPort(port: unknown, excluded: unknown): string;
export declare function containerPorts(containers: unknown, include: (c: JsonMap) => boolean): string;
export declare function appendMultusNetwork(existing: unknown, network: unknown): string;
export declare function mergeMaps(...maps: unknown[]): Record<string, string> | null;
/** Recursively drop nils from maps and lists; a collection left empty becomes nil. */
export declare function omitNil(v: unknown): unknown;
/** Go's time.Duration.String() of a proto-JSON duration ("1.5s") or seconds number. */
export declare function formatDuration(d: unknown): string;
export declare function otelResourceAttributes(mc: unknown, annotations: unknown, labels: unknown, namespace: unknown, containers: unknown): string;
