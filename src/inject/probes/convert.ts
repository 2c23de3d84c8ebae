/**
 * Per-probe steps of Istio's app-probe rewriting (`pkg/kube/inject/app_probe.go`):
 * - `proberOf`: the `ISTIO_KUBE_APP_PROBERS` entry of a probe or lifecycle handler, with named
 *   ports resolved from the container's ports (unresolvable → no entry) and probes already
 *   aimed at the status port skipped (already rewritten);
 * - `rewriteHandler`: the probe or handler turned into an HTTP GET on the status port.
 * Fields are copied as Go's typed structs would keep them (omitempty where Go has it).
 */
import { asMap, isMap, type JsonMap } from '../../model/values.js';
import type { AppProber } from './types.js';

/** Go's `HTTPGetAction` JSON: path?, port, host?, scheme?, httpHeaders?. */
function httpGetJson(a: JsonMap): JsonMap {
  const out: JsonMap = {};
  if (a.path) out.path = a.path;
  out.port = a.port ?? 0;
  if (a.host) out.host = a.host;
  if (a.scheme) out.scheme = a.scheme;
  if (Array.isArray(a.httpHeaders) && a.httpHeaders.length > 0) {
    out.httpHeaders = a.httpHeaders.map((h: unknown) => ({ name: asMap(h).name ?? '', value: asMap(h).value ?? '' }));
  }
  return out;
}

/** Go's `TCPSocketAction` JSON: port, host?. */
function tcpSocketJson(a: JsonMap): JsonMap {
  const out: JsonMap = { port: a.port ?? 0 };
  if (a.host) out.host = a.host;
  return out;
}

/** Go's `GRPCAction` JSON: port, service (null when unset; no omitempty). */
function grpcJson(a: JsonMap): JsonMap {
  return { port: a.port ?? 0, service: a.service ?? null };
}

/**
 * The prober entry for a probe (`lifecycle: false`: httpGet, tcpSocket or grpc, plus
 * timeoutSeconds) or a lifecycle handler (`lifecycle: true`: httpGet or tcpSocket only).
 */
export function proberOf(
  handler: unknown,
  lifecycle: boolean,
  portMap: ReadonlyMap<string, number>,
  targetPort: number,
): AppProber | undefined {
  if (!isMap(handler)) return undefined;
  let p: AppProber;
  if (isMap(handler.httpGet)) p = { httpGet: httpGetJson(handler.httpGet) };
  else if (isMap(handler.tcpSocket)) p = { tcpSocket: tcpSocketJson(handler.tcpSocket) };
  else if (!lifecycle && isMap(handler.grpc)) p = { grpc: grpcJson(handler.grpc) };
  else return undefined;
  if (!lifecycle && typeof handler.timeoutSeconds === 'number' && handler.timeoutSeconds !== 0) {
    p.timeoutSeconds = handler.timeoutSeconds;
  }
  if (p.grpc) return p; // gRPC ports are integers only; no named-port or rewritten check
  const action = (p.httpGet ?? p.tcpSocket)!;
  if (typeof action.port === 'string') {
    const resolved = portMap.get(action.port);
    if (resolved === undefined) return undefined;
    action.port = resolved;
  } else if (action.port === targetPort) {
    return undefined; // already rewritten
  }
  return p;
}

/**
 * The handler rewritten to `GET <url>` on `statusPort`, or undefined when it has nothing to
 * rewrite (exec, sleep, absent). HTTPS becomes HTTP (pilot-agent speaks HTTPS to the app);
 * host and headers stay. TCP and gRPC handlers become HTTP GETs.
 */
export function rewriteHandler(handler: unknown, url: string, statusPort: number, allowGrpc: boolean): JsonMap | undefined {
  if (!isMap(handler)) return undefined;
  // A new handler, never the given one changed: fresh where it differs (itself and its
  // httpGet), sharing the rest with the input, as the rewrite's copy of the pod does
  // (rewrite-copy.ts). Spreading defines keys, so a `__proto__` key stays a key.
  const copy: JsonMap = { ...handler };
  if (isMap(copy.httpGet)) {
    const a: JsonMap = { ...copy.httpGet };
    copy.httpGet = a;
    a.port = statusPort;
    a.path = url;
    if (a.scheme === 'HTTPS') a.scheme = 'HTTP';
    return copy;
  }
  if (isMap(copy.tcpSocket)) {
    copy.httpGet = { path: url, port: statusPort };
    delete copy.tcpSocket;
    return copy;
  }
  if (allowGrpc && isMap(copy.grpc)) {
    copy.httpGet = { path: url, port: statusPort };
    delete copy.grpc;
    return copy;
  }
  return undefined;
}
