/**
 * Undoing an earlier injection. `stripForRender` is Istio's `stripPod`: before the templates
 * see a re-injected pod, the containers its status annotation lists are removed (so
 * `.Spec.Containers` holds only the app). `stripInjection` backs `uninject`: it removes
 * everything the status annotation records, and restores what Istio moved into the proxy's
 * environment (rewritten probes, Prometheus scrape annotations; Istio's own scrape annotations
 * pointing at the agent are removed when the app had none).
 */
import { asMap, isMap, type JsonMap } from '../model/values.js';
import { findSidecar } from '../istio/sidecar.js';
import type { Container, Pod, PodSpec } from '../model/pod.js';
import { OVERRIDES_ANNOTATION, SCRAPE_TARGETS_ANNOTATION, STATUS_ANNOTATION } from '../istio/keys.js';
import { PROXY_CONTAINER, PROXY_ENV } from '../istio/sidecar.js';
import { clearPrometheusAnnotations, prometheusPort } from './prometheus.js';
import { parseOverrides } from './overrides.js';
import { parseStatus } from './status.js';
import type { InjectionStatus } from './status.js';

function without<T extends JsonMap>(list: unknown, drop: readonly string[] | null): T[] | undefined {
  if (!Array.isArray(list)) return undefined;
  const items = list.filter(isMap) as T[];
  return drop ? items.filter((x) => typeof x.name !== 'string' || !drop.includes(x.name)) : items;
}

/** Istio's `stripPod`, for the template data; returns `pod` itself when it was never injected. */
export function stripForRender(pod: Pod, status: InjectionStatus | undefined, statusPort: number): Pod {
  if (!status) return pod;
  const spec: PodSpec = { ...pod.spec };
  if (status.containers) spec.containers = without<Container>(spec.containers, status.containers) ?? [];
  if (status.initContainers) spec.initContainers = without<Container>(spec.initContainers, status.initContainers) ?? [];
  let annotations = { ...(pod.metadata.annotations ?? {}) };
  if (prometheusPort(annotations) === String(statusPort)) annotations = clearPrometheusAnnotations(annotations);
  delete annotations[STATUS_ANNOTATION];
  return { metadata: { ...pod.metadata, annotations }, spec };
}

const PROBES: ReadonlyArray<[string, string]> = [
  ['readinessProbe', 'readyz'],
  ['livenessProbe', 'livez'],
  ['startupProbe', 'startupz'],
];

function envValue(proxy: Container | undefined, name: string): string | undefined {
  const env = Array.isArray(proxy?.env) ? (proxy.env as JsonMap[]) : [];
  const e = env.find((x) => isMap(x) && x.name === name);
  return typeof e?.value === 'string' ? e.value : undefined;
}

function parseJson(text: string | undefined): JsonMap | undefined {
  if (text === undefined) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return isMap(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The probe as the app had it, if `probe` is the rewritten one for `url`. */
function restoreProbe(probe: unknown, url: string, prober: unknown): unknown {
  if (!isMap(probe) || !isMap(prober) || asMap(probe.httpGet).path !== url) return probe;
  const { httpGet: _h, tcpSocket: _t, grpc: _g, ...rest } = probe;
  const { timeoutSeconds, ...handler } = prober;
  return { ...rest, ...handler, ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}) };
}

function restoreLifecycle(lifecycle: unknown, name: string, probers: JsonMap): unknown {
  if (!isMap(lifecycle)) return lifecycle;
  const out: JsonMap = { ...lifecycle };
  for (const [field, kind] of [['preStop', 'prestopz'], ['postStart', 'poststartz']] as const) {
    const url = `/app-lifecycle/${name}/${kind}`;
    const h = out[field];
    if (isMap(h) && isMap(probers[url]) && asMap(h.httpGet).path === url) {
      const { httpGet: _h, tcpSocket: _t, ...rest } = h;
      out[field] = { ...rest, ...probers[url] };
    }
  }
  return out;
}

function restoreContainer(c: Container, probers: JsonMap): Container {
  const name = c.name ?? '';
  const out: Container = { ...c };
  for (const [field, kind] of PROBES) {
    const url = `/app-health/${name}/${kind}`;
    if (out[field] !== undefined) out[field] = restoreProbe(out[field], url, probers[url]);
  }
  if (out.lifecycle !== undefined) out.lifecycle = restoreLifecycle(out.lifecycle, name, probers);
  return out;
}

/**
 * The pod template without what the `sidecar.istio.io/status` annotation records (containers,
 * init containers, volumes, image pull secrets, the annotation itself), with probes and
 * Prometheus annotations restored from the proxy's environment and the pod's own custom
 * containers restored from `proxy.istio.io/overrides` (appended to their list). Returns the input unchanged
 * when there is no (readable) status annotation. Other keys of the object (a bare Pod's
 * apiVersion, kind) are kept. The input is not modified.
 */
export function stripInjection(podTemplate: { metadata?: object; spec: object }): { metadata: object; spec: object } {
  const metadata = asMap(podTemplate.metadata);
  const spec = asMap(podTemplate.spec) as PodSpec;
  const annotations = asMap(metadata.annotations) as Record<string, string>;
  const status = parseStatus(annotations);
  if (!status) return { ...podTemplate, metadata, spec };
  const proxy = findSidecar(spec);
  const probers = parseJson(envValue(proxy, PROXY_ENV.appProbers)) ?? {};
  let scrape = parseJson(envValue(proxy, PROXY_ENV.prometheusAnnotations));

  const out: PodSpec = { ...spec };
  const drop = (key: 'containers' | 'initContainers' | 'volumes' | 'imagePullSecrets', names: string[] | null) => {
    const kept = without<JsonMap>(spec[key], names);
    if (kept === undefined) return;
    if (kept.length === 0 && key !== 'containers') delete out[key];
    else out[key] = key === 'containers' || key === 'initContainers' ? kept.map((c) => restoreContainer(c, probers)) : kept;
  };
  drop('containers', status.containers);
  drop('initContainers', status.initContainers);
  drop('volumes', status.volumes);
  drop('imagePullSecrets', status.imagePullSecrets);
  // The pod's own istio-proxy/istio-init customisations, which Istio recorded before merging them.
  // An istio-proxy recorded as an init override without `restartPolicy: Always` was the pod's
  // regular container (native injection merged it into the init container of the template).
  const custom = parseOverrides(annotations);
  const regular = (c: Container) => c.name === PROXY_CONTAINER && c.restartPolicy !== 'Always';
  const restore = {
    containers: [...custom.containers, ...custom.initContainers.filter(regular)],
    initContainers: custom.initContainers.filter((c) => !regular(c)),
  };
  for (const key of ['containers', 'initContainers'] as const) {
    const list = Array.isArray(out[key]) ? (out[key] as Container[]) : [];
    const missing = restore[key].filter((c) => !list.some((x) => x.name === c.name));
    if (missing.length > 0) out[key] = [...list, ...missing];
  }

  let annos: Record<string, string> = { ...annotations };
  delete annos[STATUS_ANNOTATION];
  delete annos[OVERRIDES_ANNOTATION];
  const agentPointed = annos['prometheus.io/path'] === '/stats/prometheus' && annos['prometheus.io/scrape'] === 'true' && annos['prometheus.io/port'] !== undefined;
  if (scrape || agentPointed) {
    annos = clearPrometheusAnnotations(annos);
    scrape ??= {};
    const targets = Array.isArray(scrape.targets) ? scrape.targets.filter(isMap) : [];
    if (targets.length > 0) annos[SCRAPE_TARGETS_ANNOTATION] = targets.map((t) => `${t.port}:${t.path}`).join(',');
    for (const k of targets.length > 0 ? (['scrape'] as const) : (['scrape', 'path', 'port'] as const)) {
      if (typeof scrape[k] === 'string' && scrape[k] !== '') annos[`prometheus.io/${k}`] = scrape[k];
    }
  }
  return { ...podTemplate, metadata: { ...metadata, annotations: annos }, spec: out };
}

