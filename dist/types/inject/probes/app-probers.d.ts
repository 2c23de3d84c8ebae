import { type PodSpec } from '../../model/pod.js';
import { type AppProbeOptions, type AppProbers } from './types.js';
export type { AppProbeOptions, AppProber, AppProbers } from './types.js';
/** Istio's `ShouldRewriteAppHTTPProbers`: a Go-parseable annotation wins over the values setting. */
export declare function shouldRewriteAppProbers(annotations: Readonly<Record<string, string>> | undefined, specSetting?: boolean): boolean;
/** The port probes are rewritten to: `status.sidecar.istio.io/port` (Go `Atoi`; invalid → 0), else the mesh's. */
export declare function probeStatusPort(annotations: Readonly<Record<string, string>> | undefined, meshStatusPort?: number): number;
/** Istio's `DumpAppProbers`: the new prober entries of a pod, keys sorted; null when there are none. */
export declare function dumpAppProbers(spec: Readonly<PodSpec>, targetPort?: number): AppProbers | null;
/**
 * Istio's `mergeOrAppendProbers` for a pod injected before: existing entries win. Returns null
 * when the existing value is not a JSON object of probers (Istio then leaves the env as it is),
 * or nests deeper than a document may (unreadable to kube-inject: it would exhaust the stack).
 */
export declare function mergeAppProbers(existing: string, fresh: AppProbers): AppProbers | null;
/**
 * The value `ISTIO_KUBE_APP_PROBERS` gets on the proxy of this (merged) pod spec, as parsed JSON;
 * null when the env is left alone: rewriting off, no istio-proxy, no probes, or an unreadable
 * existing value on a re-injected pod.
 */
export declare function computeAppProbers(spec: Readonly<PodSpec>, options?: AppProbeOptions): AppProbers | null;
/**
 * Istio's `patchRewriteProbe`: a new spec whose non-proxy containers' probes and hooks are GETs on
 * `statusPort` (pass `probeStatusPort(annotations, meshStatusPort)` for Istio's choice). Returns
 * an unchanged copy when rewriting is off or there is no istio-proxy container.
 */
export declare function rewriteAppProbes<T extends PodSpec>(spec: Readonly<T>, statusPort: number, options?: AppProbeOptions, copy?: (spec: Readonly<T>) => T): T;
/** Istio's whole `applyRewrite` step: sets `ISTIO_KUBE_APP_PROBERS` on the proxy, then rewrites probes. */
export declare function applyAppProbeRewrite<T extends PodSpec>(spec: Readonly<T>, options?: AppProbeOptions): T;
/** Serialises probers as Go's `json.Marshal` would: compact, map keys sorted, `<>&` escaped. */
export declare function appProbersJson(probers: AppProbers): string;
