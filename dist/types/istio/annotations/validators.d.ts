import type { Validator } from './types.js';
export declare const validateInterceptionMode: Validator;
/** `*` or a CIDR list (empty allowed: no outbound capture). */
export declare const validateIncludeIPRanges: Validator;
/** A CIDR list (empty allowed); `*` is not allowed. */
export declare const validateExcludeIPRanges: Validator;
export declare const validateIncludeInboundPorts: Validator;
export declare const validateExcludeInboundPorts: Validator;
export declare const validateExcludeOutboundPorts: Validator;
/** One port, 0..65535 (Istio parses it as uint16; 0 turns the status server off). */
export declare const validateStatusPort: Validator;
export declare const validateUInt32: Validator;
export declare const validateBool: Validator;
/** A Kubernetes resource quantity without control characters. */
export declare const validateResourceQuantity: Validator;
export declare const validateInterfaces: Validator;
export declare const validateIncludeOutboundPorts: Validator;
export declare const validateApplicationPorts: Validator;
/** Go `time.ParseDuration` syntax, e.g. `5s`, `1m30s`, `250ms`. */
export declare const validateDuration: Validator;
/** Exactly `true` or `false` (Istio compares the strings). */
export declare const validateTrueFalse: Validator;
/** Envoy's log level (`--proxyLogLevel`). */
export declare const validateEnvoyLogLevel: Validator;
/** `component:level[,component:level…]` (Envoy's `--proxyComponentLogLevel`). */
export declare const validateComponentLogLevel: Validator;
/** `level` or `scope:level[,scope:level…]` (pilot-agent's `--log_output_level`). */
export declare const validateAgentLogLevel: Validator;
/** JSON of name → object (or a list of objects), as `userVolume` / `userVolumeMount` take. */
export declare const validateJsonObjects: Validator;
/** JSON object of prefix → list of numbers (`statsHistogramBuckets`). */
export declare const validateHistogramBuckets: Validator;
/** Integer 0..100. */
export declare const validatePercent: Validator;
export declare const oneOf: (...allowed: string[]) => Validator;
/**
 * `kube-inject.io/ignore`: comma-separated rule ids (Istio codes or kube-inject rule names) or
 * `*`, optionally followed by `=<reason>` (the syntax `src/lint/ignore.ts` reads).
 */
export declare const validateIgnoreList: Validator;
/**
 * `prometheus.istio.io/scrape-targets`: `port[:path]` entries; Istio refuses the pod at metrics
 * merge when a port is not a number in 1..65535 (`applyPrometheusMerge`).
 */
export declare const validateScrapeTargets: Validator;
