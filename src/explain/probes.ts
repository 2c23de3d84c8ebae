/** The probes injection rewrote: what the kubelet calls now, and what pilot-agent calls for it. */
import { findSidecar, PROXY_CONTAINER, PROXY_ENV } from '../istio/sidecar.js';
import { containersOf, type PodSpec } from '../model/pod.js';
import { asMap, isMap, type JsonMap } from '../model/values.js';
import type { ProbeRewrite } from './types.js';

const FIELDS = [
  ['readinessProbe', 'readyz'],
  ['livenessProbe', 'livez'],
  ['startupProbe', 'startupz'],
] as const;

function probers(spec: PodSpec): JsonMap {
  const env = asMap(findSidecar(spec)).env;
  const e = (Array.isArray(env) ? env : []).find((x) => isMap(x) && x.name === PROXY_ENV.appProbers);
  if (!isMap(e) || typeof e.value !== 'string') return {};
  try {
    return asMap(JSON.parse(e.value));
  } catch {
    return {};
  }
}

function describeHandler(h: JsonMap): string {
  if (isMap(h.httpGet)) {
    const g = h.httpGet;
    return `${String(g.scheme ?? 'HTTP')} GET ${g.host ? String(g.host) : ''}:${String(g.port)}${String(g.path ?? '/')}`;
  }
  if (isMap(h.tcpSocket)) return `TCP connect :${String(h.tcpSocket.port)}`;
  if (isMap(h.grpc)) return `gRPC health check :${String(h.grpc.port)}${h.grpc.service ? ` (${String(h.grpc.service)})` : ''}`;
  return 'unknown handler';
}

export function probeRewrites(podSpec: unknown): ProbeRewrite[] {
  const spec = asMap(podSpec) as PodSpec;
  const table = probers(spec);
  const out: ProbeRewrite[] = [];
  for (const c of [...containersOf(spec.initContainers), ...containersOf(spec.containers)]) {
    if (c.name === PROXY_CONTAINER) continue;
    for (const [field] of FIELDS) {
      const g = asMap(asMap(c[field]).httpGet);
      const path = typeof g.path === 'string' ? g.path : '';
      const entry = table[path];
      if (!isMap(entry)) continue;
      out.push({ container: String(c.name), probe: field, now: `GET :${String(g.port)}${path}`, forwardsTo: describeHandler(entry) });
    }
  }
  return out;
}
