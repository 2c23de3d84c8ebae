/**
 * Istio's app-probe rewriting (`pkg/kube/inject/app_probe.go`, `applyRewrite` in webhook.go),
 * run on the pod after the template merge. With rewriting on (values
 * `sidecarInjectorWebhook.rewriteAppHTTPProbe`, overridden by a parseable
 * `sidecar.istio.io/rewriteAppHTTPProbers`) and an istio-proxy container present:
 * 1. every non-proxy container's readiness/liveness/startup probe (HTTP, TCP, gRPC) and
 *    preStop/postStart hook (HTTP, TCP) becomes an entry of `ISTIO_KUBE_APP_PROBERS`, keyed by
 *    `/app-health/<c>/readyz|livez|startupz` and `/app-lifecycle/<c>/prestopz|poststartz`;
 * 2. on a pod injected before, entries already in the proxy's env win over new ones;
 * 3. those probes and hooks are rewritten to `GET <key>` on the status port.
 * Facts kept from Istio: the "already rewritten" check and the JSON use the mesh
 * `defaultConfig.statusPort`, the rewrite uses `status.sidecar.istio.io/port` when present (an
 * unparseable value gives port 0); a status port of 0 is not special-cased.
 */
import { jsonDepthError } from '../../model/limits.js';
import { isMap, type JsonMap } from '../../model/values.js';
import { REWRITE_PROBERS_ANNOTATION, STATUS_ANNOTATION, STATUS_PORT_ANNOTATION } from '../../istio/keys.js';
import { DEFAULT_STATUS_PORT } from '../../istio/ports.js';
import { PROXY_CONTAINER, PROXY_ENV } from '../../istio/sidecar.js';
import { containersOf, findContainer, type Container, type PodSpec } from '../../model/pod.js';
import { proberOf, rewriteHandler } from './convert.js';
import { copyForProbeRewrite } from './rewrite-copy.js';
import { proberUrls, type AppProbeOptions, type AppProber, type AppProbers } from './types.js';
import { goParseBool } from '../../istio/annotations/go-parse.js';

export type { AppProbeOptions, AppProber, AppProbers } from './types.js';

/** Istio's `ShouldRewriteAppHTTPProbers`: a Go-parseable annotation wins over the values setting. */
export function shouldRewriteAppProbers(annotations: Readonly<Record<string, string>> | undefined, specSetting = true): boolean {
  const v = annotations?.[REWRITE_PROBERS_ANNOTATION];
  const parsed = v === undefined ? null : goParseBool(v);
  return parsed ?? specSetting;
}

/** The port probes are rewritten to: `status.sidecar.istio.io/port` (Go `Atoi`; invalid → 0), else the mesh's. */
export function probeStatusPort(annotations: Readonly<Record<string, string>> | undefined, meshStatusPort = DEFAULT_STATUS_PORT): number {
  const v = annotations?.[STATUS_PORT_ANNOTATION];
  if (v === undefined) return meshStatusPort;
  return /^[+-]?[0-9]+$/.test(v) && Number.isSafeInteger(Number(v)) ? Number(v) : 0;
}

/** Istio's `DumpAppProbers`: the new prober entries of a pod, keys sorted; null when there are none. */
export function dumpAppProbers(spec: Readonly<PodSpec>, targetPort = DEFAULT_STATUS_PORT): AppProbers | null {
  const out: AppProbers = {};
  for (const c of [...containersOf(spec.initContainers), ...containersOf(spec.containers)]) {
    // Most pods' second container has no probe or hook: nothing to dump, so its URLs and port
    // names need not be worked out.
    if (c.name === PROXY_CONTAINER || !hasHandler(c)) continue;
    const lifecycle = isMap(c.lifecycle) ? c.lifecycle : {};
    const urls = proberUrls(String(c.name ?? ''));
    const ports = new Map<string, number>();
    for (const p of Array.isArray(c.ports) ? c.ports : []) {
      if (isMap(p) && typeof p.name === 'string' && p.name !== '') ports.set(p.name, Number(p.containerPort ?? 0));
    }
    const found: [string, AppProber | undefined][] = [
      [urls.readyz, proberOf(c.readinessProbe, false, ports, targetPort)],
      [urls.livez, proberOf(c.livenessProbe, false, ports, targetPort)],
      [urls.startupz, proberOf(c.startupProbe, false, ports, targetPort)],
      [urls.prestopz, proberOf(lifecycle.preStop, true, ports, targetPort)],
      [urls.poststartz, proberOf(lifecycle.postStart, true, ports, targetPort)],
    ];
    for (const [url, p] of found) if (p) out[url] = p;
  }
  return Object.keys(out).length ? sortKeys(out) : null;
}

/**
 * Istio's `mergeOrAppendProbers` for a pod injected before: existing entries win. Returns null
 * when the existing value is not a JSON object of probers (Istio then leaves the env as it is),
 * or nests deeper than a document may (unreadable to kube-inject: it would exhaust the stack).
 */
export function mergeAppProbers(existing: string, fresh: AppProbers): AppProbers | null {
  if (jsonDepthError(existing)) return null;
  let old: unknown;
  try {
    old = JSON.parse(existing);
  } catch {
    return null;
  }
  if (old === null) return fresh;
  if (!isMap(old) || !Object.values(old).every((p) => p === null || isMap(p))) return null;
  return sortKeys({ ...fresh, ...(old as AppProbers) });
}

/**
 * The value `ISTIO_KUBE_APP_PROBERS` gets on the proxy of this (merged) pod spec, as parsed JSON;
 * null when the env is left alone: rewriting off, no istio-proxy, no probes, or an unreadable
 * existing value on a re-injected pod.
 */
export function computeAppProbers(spec: Readonly<PodSpec>, options: AppProbeOptions = {}): AppProbers | null {
  const proxy = findProxy(spec);
  if (!proxy || !shouldRewriteAppProbers(options.annotations, options.rewriteAppHTTPProbe ?? true)) return null;
  const fresh = dumpAppProbers(spec, options.meshStatusPort ?? DEFAULT_STATUS_PORT);
  if (!fresh) return null;
  const existing = reinjected(options) ? envOf(proxy).find((e) => e.name === PROXY_ENV.appProbers) : undefined;
  if (!existing) return fresh;
  return mergeAppProbers(typeof existing.value === 'string' ? existing.value : '', fresh);
}

/**
 * Istio's `patchRewriteProbe`: a new spec whose non-proxy containers' probes and hooks are GETs on
 * `statusPort` (pass `probeStatusPort(annotations, meshStatusPort)` for Istio's choice). Returns
 * an unchanged copy when rewriting is off or there is no istio-proxy container.
 */
export function rewriteAppProbes<T extends PodSpec>(spec: Readonly<T>, statusPort: number, options: AppProbeOptions = {}, copy: (spec: Readonly<T>) => T = structuredClone): T {
  const out = copy(spec);
  if (!findProxy(out) || !shouldRewriteAppProbers(options.annotations, options.rewriteAppHTTPProbe ?? true)) return out;
  for (const c of [...containersOf(out.containers), ...containersOf(out.initContainers)]) {
    // Nothing to rewrite without a probe or hook (the URLs are not worked out for nothing).
    if (c.name === PROXY_CONTAINER || !hasHandler(c)) continue;
    const urls = proberUrls(String(c.name ?? ''));
    replace(c, 'readinessProbe', rewriteHandler(c.readinessProbe, urls.readyz, statusPort, true));
    replace(c, 'livenessProbe', rewriteHandler(c.livenessProbe, urls.livez, statusPort, true));
    replace(c, 'startupProbe', rewriteHandler(c.startupProbe, urls.startupz, statusPort, true));
    if (isMap(c.lifecycle)) {
      replace(c.lifecycle, 'preStop', rewriteHandler(c.lifecycle.preStop, urls.prestopz, statusPort, false));
      replace(c.lifecycle, 'postStart', rewriteHandler(c.lifecycle.postStart, urls.poststartz, statusPort, false));
    }
  }
  return out;
}

/** Istio's whole `applyRewrite` step: sets `ISTIO_KUBE_APP_PROBERS` on the proxy, then rewrites probes. */
export function applyAppProbeRewrite<T extends PodSpec>(spec: Readonly<T>, options: AppProbeOptions = {}): T {
  const probers = computeAppProbers(spec, options);
  // Only the containers are written to here: a copy of them is enough (rewrite-copy.ts).
  const out = rewriteAppProbes(spec, probeStatusPort(options.annotations, options.meshStatusPort), options, copyForProbeRewrite);
  if (!probers) return out;
  const proxy = findProxy(out)!;
  const env = envOf(proxy);
  const value = appProbersJson(probers);
  const at = reinjected(options) ? env.findIndex((e) => e.name === PROXY_ENV.appProbers) : -1;
  if (at >= 0) env[at] = { name: PROXY_ENV.appProbers, value };
  else env.push({ name: PROXY_ENV.appProbers, value });
  proxy.env = env;
  return out;
}

/** Serialises probers as Go's `json.Marshal` would: compact, map keys sorted, `<>&` escaped. */
export function appProbersJson(probers: AppProbers): string {
  return JSON.stringify(sortKeys(probers)).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** istio-proxy among the containers, then the init containers (entries that are not mappings skipped). */
function findProxy(spec: Readonly<PodSpec>): Container | undefined {
  return findContainer(PROXY_CONTAINER, containersOf(spec.containers)) ?? findContainer(PROXY_CONTAINER, containersOf(spec.initContainers));
}

function envOf(c: Container): JsonMap[] {
  return Array.isArray(c.env) ? (c.env as JsonMap[]) : [];
}

function reinjected(options: AppProbeOptions): boolean {
  return options.annotations !== undefined && Object.hasOwn(options.annotations, STATUS_ANNOTATION);
}

/**
 * Whether a container has a probe or hook that `proberOf` and `rewriteHandler` would take (they
 * take only a mapping, and leave a container without one as it is).
 */
function hasHandler(c: Readonly<Record<string, unknown>>): boolean {
  const lifecycle = isMap(c.lifecycle) ? c.lifecycle : {};
  return isMap(c.readinessProbe) || isMap(c.livenessProbe) || isMap(c.startupProbe) || isMap(lifecycle.preStop) || isMap(lifecycle.postStart);
}

function replace(target: JsonMap, key: string, value: JsonMap | undefined): void {
  if (value !== undefined) target[key] = value;
}

function sortKeys<V>(o: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
