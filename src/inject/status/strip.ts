/**
 * Undoing an earlier injection. `stripForRender` is Istio's `stripPod`: before the templates
 * see a re-injected pod, the containers its status annotation lists are removed (so
 * `.Spec.Containers` holds only the app). `stripInjection` backs `uninject`: it removes
 * everything the status annotation records, and restores what Istio moved into the proxy's
 * environment (rewritten probes, Prometheus scrape annotations; Istio's own scrape annotations
 * pointing at the agent are removed when the app had none).
 */
import { OVERRIDES_ANNOTATION, STATUS_ANNOTATION } from '../../istio/keys.js';
import { findSidecar, PROXY_CONTAINER, PROXY_ENV } from '../../istio/sidecar.js';
import type { Container, Pod, PodSpec } from '../../model/pod.js';
import { jsonDepthError } from '../../model/limits.js';
import { asMap, isMap, type JsonMap } from '../../model/values.js';
import { AUTO_IMAGE, parseOverrides } from '../overrides.js';
import { restoreAppProbes } from '../probes/restore.js';
import { clearPrometheusAnnotations, prometheusPort } from '../prometheus/merge.js';
import { restoreScrapeAnnotations } from '../prometheus/restore.js';
import { parseStatus, type InjectionStatus } from './record.js';

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

function envValue(proxy: Container | undefined, name: string): string | undefined {
  const env = Array.isArray(proxy?.env) ? (proxy.env as JsonMap[]) : [];
  const e = env.find((x) => isMap(x) && x.name === name);
  return typeof e?.value === 'string' ? e.value : undefined;
}

function parseJson(text: string | undefined): JsonMap | undefined {
  // Nested deeper than a document may be: unreadable, as text that is not JSON is.
  if (text === undefined || jsonDepthError(text)) return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return isMap(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The pod template without what the `sidecar.istio.io/status` annotation records (containers,
 * init containers, volumes, image pull secrets, the annotation itself), with probes and
 * Prometheus annotations restored from the proxy's environment and the pod's own custom
 * containers restored from `proxy.istio.io/overrides` (appended to their list). Returns the
 * input unchanged when there is no (readable) status annotation. Other keys of the object (a bare Pod's
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
  const scrape = parseJson(envValue(proxy, PROXY_ENV.prometheusAnnotations));

  const out: PodSpec = { ...spec };
  const drop = (key: 'containers' | 'initContainers' | 'volumes' | 'imagePullSecrets', names: string[] | null) => {
    const kept = without<JsonMap>(spec[key], names);
    if (kept === undefined) return;
    if (kept.length === 0 && key !== 'containers') delete out[key];
    else out[key] = key === 'containers' || key === 'initContainers' ? kept.map((c) => restoreAppProbes(c, probers)) : kept;
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
    // Istio records a container of `image: auto` ("keep the injected image") without its image.
    const missing = restore[key].filter((c) => !list.some((x) => x.name === c.name)).map((c) => (c.image === undefined ? { ...c, image: AUTO_IMAGE } : c));
    if (missing.length > 0) out[key] = [...list, ...missing];
  }

  let annos: Record<string, string> = { ...annotations };
  delete annos[STATUS_ANNOTATION];
  delete annos[OVERRIDES_ANNOTATION];
  annos = restoreScrapeAnnotations(annos, scrape);
  return { ...podTemplate, metadata: { ...metadata, annotations: annos }, spec: out };
}


/**
 * The annotations `stripInjection` takes from the proxy's environment (the app's Prometheus
 * scrape settings): the record of what the pod had, so nothing else may decide about them.
 */
export function annotationsFromProxyEnv(podTemplate: { spec: object }): string[] {
  const scrape = parseJson(envValue(findSidecar(asMap(podTemplate.spec) as PodSpec), PROXY_ENV.prometheusAnnotations));
  return scrape ? Object.keys(restoreScrapeAnnotations({}, scrape)) : [];
}
