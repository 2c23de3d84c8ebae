/**
 * Per-probe steps of Istio's app-probe rewriting (`pkg/kube/inject/app_probe.go`):
 * - `proberOf`: the `ISTIO_KUBE_APP_PROBERS` entry of a probe or lifecycle handler, with named
 *   ports resolved from the container's ports (unresolvable → no entry) and probes already
 *   aimed at the status port skipped (already rewritten);
 * - `rewriteHandler`: the probe or handler turned into an HTTP GET on the status port.
 * Fields are copied as Go's typed structs would keep them (omitempty where Go has it).
 */
import { type JsonMap } from '../../model/values.js';
import type { AppProber } from './types.js';
/**
 * The prober entry for a probe (`lifecycle: false`: httpGet, tcpSocket or grpc, plus
 * timeoutSeconds) or a lifecycle handler (`lifecycle: true`: httpGet or tcpSocket only).
 */
export declare function proberOf(handler: unknown, lifecycle: boolean, portMap: ReadonlyMap<string, number>, targetPort: number): AppProber | undefined;
/**
 * The handler rewritten to `GET <url>` on `statusPort`, or undefined when it has nothing to
 * rewrite (exec, sleep, absent). HTTPS becomes HTTP (pilot-agent speaks HTTPS to the app);
 * host and headers stay. TCP and gRPC handlers become HTTP GETs.
 */
export declare function rewriteHandler(handler: unknown, url: string, statusPort: number, allowGrpc: boolean): JsonMap | undefined;
