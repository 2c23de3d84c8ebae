/**
 * Undoing app-probe rewriting (for `uninject`): a probe or lifecycle hook that points at its
 * status-port URL gets back the handler recorded for that URL in `ISTIO_KUBE_APP_PROBERS`.
 */
import type { Container } from '../../model/pod.js';
import { asMap, isMap, type JsonMap } from '../../model/values.js';
import { proberUrls } from './types.js';

/** The probe as the app had it, if `probe` is the rewritten one for `url`. */
function restoreProbe(probe: unknown, url: string, prober: unknown): unknown {
  if (!isMap(probe) || !isMap(prober) || asMap(probe.httpGet).path !== url) return probe;
  const { httpGet: _h, tcpSocket: _t, grpc: _g, ...rest } = probe;
  const { timeoutSeconds, ...handler } = prober;
  return { ...rest, ...withoutNulls(handler), ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}) };
}

/** Go writes an unset pointer as null (a gRPC probe's `service`); the manifest had no key. */
function withoutNulls(handler: JsonMap): JsonMap {
  const out: JsonMap = {};
  for (const [k, v] of Object.entries(handler)) out[k] = isMap(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null)) : v;
  return out;
}

function restoreLifecycle(lifecycle: unknown, urls: ReturnType<typeof proberUrls>, probers: JsonMap): unknown {
  if (!isMap(lifecycle)) return lifecycle;
  const out: JsonMap = { ...lifecycle };
  for (const [field, url] of [['preStop', urls.prestopz], ['postStart', urls.poststartz]] as const) {
    const h = out[field];
    if (isMap(h) && isMap(probers[url]) && asMap(h.httpGet).path === url) {
      const { httpGet: _h, tcpSocket: _t, ...rest } = h;
      out[field] = { ...rest, ...probers[url] };
    }
  }
  return out;
}

/** `c` with its rewritten probes and hooks restored from `probers` (the parsed env value). */
export function restoreAppProbes(c: Container, probers: JsonMap): Container {
  const urls = proberUrls(c.name ?? '');
  const out: Container = { ...c };
  for (const [field, url] of [['readinessProbe', urls.readyz], ['livenessProbe', urls.livez], ['startupProbe', urls.startupz]] as const) {
    if (out[field] !== undefined) out[field] = restoreProbe(out[field], url, probers[url]);
  }
  if (out.lifecycle !== undefined) out.lifecycle = restoreLifecycle(out.lifecycle, urls, probers);
  return out;
}
