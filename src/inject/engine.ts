/**
 * The injection of one pod template (istioctl kube-inject's `IntoObject` → `injectPod`): policy,
 * annotation checks, proxy config, template data, templates merged onto the pod, custom
 * containers re-applied, post-processing.
 */
import { asMap, stringMap, type JsonMap } from '../model/values.js';
import { load } from 'js-yaml';
import { KubeInjectError } from '../model/errors.js';
import { joinPointer } from '../model/pointer.js';
import { KUBE_SCHEMA, LIMITS } from '../read/yaml-schema.js';
import { nestingProblems, validatePodAnnotations } from '../istio/annotations/index.js';
import { INJECT_KEY, NETWORK_LABEL, PROXY_CONFIG_ANNOTATION } from '../istio/keys.js';
import { skipReason } from '../istio/policy.js';
import { PROXY_ENV, PROXY_GID, PROXY_UID } from '../istio/sidecar.js';
import { OPENSHIFT_PLATFORM, dropProxyUserMatchingApp, proxyIdsFromNamespace } from '../istio/openshift.js';
import { describeObject } from '../model/document.js';
import { deployMetaFromPod } from './deploy-meta.js';
import { orderLikeGo } from './go/field-order.js';
import { goRoundTrip } from './go/typed-json.js';
import { mergeProxyConfig, statusPortOf } from './mesh-config.js';
import { reapplyOverrides, reinsertOverrides } from './overrides.js';
import type { Pod, PodMeta, PodSpec } from '../model/pod.js';
import { postProcess } from './post-process.js';
import type { Prepared } from './prepare.js';
import { proxyImage, proxyInitImage } from './image.js';
import { renderAndMerge } from './apply-templates.js';
import { parseStatus } from './status/record.js';
import { stripForRender } from './status/strip.js';
import { meshConfigView, podView, proxyConfigView, type TemplateData } from '../render/index.js';
import type { PodInjectionRequest, PodInjectionResult } from './types.js';

function annotationError(name: string, message: string, cause?: unknown): KubeInjectError {
  return new KubeInjectError('annotation', message, { pointer: joinPointer('/metadata/annotations', name), at: 'value' }, { cause });
}

interface ProxySettings {
  proxyConfig: JsonMap;
  view: JsonMap;
  meshView: JsonMap;
}

/** The proxy config with the pod's `proxy.istio.io/config` applied (cached per annotation text). */
function proxySettings(p: Prepared, annotations: Record<string, string>): ProxySettings {
  const text = annotations[PROXY_CONFIG_ANNOTATION];
  if (text === undefined) return p.defaultProxy;
  const cached = p.proxyCache.get(text);
  if (cached) return cached;
  let overlay: unknown;
  try {
    overlay = load(text, { schema: KUBE_SCHEMA, maxDepth: LIMITS.maxDepth });
  } catch (e) {
    throw annotationError(PROXY_CONFIG_ANNOTATION, `could not parse proxy config: ${(e as Error).message}`, e);
  }
  if (overlay !== null && overlay !== undefined && (typeof overlay !== 'object' || Array.isArray(overlay))) {
    throw annotationError(PROXY_CONFIG_ANNOTATION, 'could not parse proxy config: not a mapping');
  }
  const proxyConfig = mergeProxyConfig(p.baseProxyConfig, overlay);
  const settings = {
    proxyConfig,
    view: proxyConfigView(proxyConfig),
    meshView: meshConfigView({ ...p.mesh, defaultConfig: proxyConfig }),
  };
  if (p.proxyCache.size < 256) p.proxyCache.set(text, settings);
  return settings;
}

/** Istio logs these and injects anyway. */
function preconditionWarnings(spec: PodSpec, labels: Record<string, string>, annotations: Record<string, string>): string[] {
  const out: string[] = [];
  const dns = spec.dnsPolicy;
  if (typeof dns === 'string' && dns !== '' && dns !== 'ClusterFirst') {
    out.push(`dnsPolicy is ${JSON.stringify(dns)}, not "ClusterFirst": the Envoy sidecar may not be able to connect to istiod`);
  }
  const inject = Object.hasOwn(labels, INJECT_KEY) ? labels[INJECT_KEY] : annotations[INJECT_KEY];
  if (inject !== undefined && inject !== '' && inject !== 'true' && inject !== 'false') {
    out.push(`invalid ${INJECT_KEY} value ${JSON.stringify(inject)} (only "true" and "false" are accepted); the injection policy decides`);
  }
  return out;
}

/**
 * The pod as the templates see it, with each container port as Go's typed `ContainerPort`: its
 * fields in Go order, empty `omitempty` fields gone. So `structToJSON` of a port (Istio's
 * ISTIO_META_POD_PORTS) gives Go's text, whatever order the manifest wrote the keys in.
 */
function typedPorts(pod: Pod): Pod {
  let spec: PodSpec | undefined;
  for (const key of ['containers', 'initContainers'] as const) {
    const list = pod.spec[key];
    if (!Array.isArray(list)) continue;
    let changed = false;
    const out = list.map((c) => {
      if (!Array.isArray(c?.ports)) return c;
      const ports = (c.ports as unknown[]).map((port) => orderLikeGo(undefined, goRoundTrip(port, 'ContainerPort'), 'ContainerPort'));
      if (ports.every((p, i) => p === (c.ports as unknown[])[i])) return c;
      changed = true;
      return { ...c, ports };
    });
    if (changed) (spec ??= { ...pod.spec })[key] = out;
  }
  return spec ? { ...pod, spec } : pod;
}

export function injectPod(p: Prepared, req: PodInjectionRequest): PodInjectionResult {
  const r = injectPodUnfinished(p, req);
  if (r.outcome === 'skipped') return r;
  return { outcome: 'injected', podTemplate: finishPodTemplate(req.podTemplate, r.podTemplate), warnings: r.warnings };
}

/**
 * The last step of `injectPod`: the injected pod template as Go writes it back (its round trip
 * through the Kubernetes types) in Go's field order after the user's. A pure function of the
 * request's pod template and what `injectPodUnfinished` made of it, so that another thread may
 * take it (src/parallel/: the main thread, while the worker goes on to the next pod).
 */
export function finishPodTemplate(original: object, unfinished: { metadata: object; spec: object }): { metadata: object; spec: object } {
  const metadata = goRoundTrip(unfinished.metadata, 'ObjectMeta');
  const spec = goRoundTrip(unfinished.spec, 'PodSpec');
  // Other keys of the given object (a bare Pod's apiVersion, kind, status) are kept. The user's
  // keys keep their order; added ones follow in Go struct order, whichever template wrote them.
  return orderLikeGo(original, { ...unfinished, metadata, spec }) as { metadata: object; spec: object };
}

/** `injectPod` without `finishPodTemplate`. */
export function injectPodUnfinished(p: Prepared, req: PodInjectionRequest): PodInjectionResult {
  const metadata = asMap(req.podTemplate.metadata) as PodMeta;
  let spec = asMap(req.podTemplate.spec) as PodSpec;
  const labels = stringMap(metadata.labels);
  const annotations = stringMap(metadata.annotations);
  const namespace = (typeof metadata.namespace === 'string' && metadata.namespace) || req.namespace || 'default';

  const reason = skipReason(p.policy, { hostNetwork: spec.hostNetwork === true, namespace, labels, annotations });
  if (reason !== undefined) return { outcome: 'skipped', reason };

  // JSON nested deeper than a YAML document may be is refused before anything parses it.
  const tooDeep = nestingProblems(annotations)[0];
  if (tooDeep) throw annotationError(tooDeep.annotation, tooDeep.message);

  const problems = validatePodAnnotations(annotations);
  if (problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more: ${problems.slice(1).map((x) => x.annotation).join(', ')})` : '';
    throw annotationError(first.annotation, first.message + more);
  }

  const warnings = preconditionWarnings(spec, labels, annotations);
  const proxy = proxySettings(p, annotations);
  const statusPort = statusPortOf(proxy.proxyConfig);
  const deploy =
    req.kind === 'Pod' || req.kind === ''
      ? deployMetaFromPod(metadata)
      : { name: req.name, namespace: req.namespace, kind: req.kind, apiVersion: req.apiVersion };

  // On OpenShift the proxy's IDs come from the Namespace, and an override of its user that only
  // repeats the application's (which OpenShift sets on every container) is dropped.
  let ids = { uid: PROXY_UID, gid: PROXY_GID };
  if (p.config.platform === OPENSHIFT_PLATFORM) {
    const ns = req.namespaceObject?.(namespace);
    if (ns) ids = proxyIdsFromNamespace(ns.annotations);
    else {
      const who = describeObject(req.kind || 'Pod', req.namespace || namespace, req.name || metadata.name);
      warnings.push(
        `${who}: Namespace "${namespace}" is not in the input (add it, or give it with --namespace-file): on OpenShift the proxy's UID and GID come from its openshift.io/sa.scc.* annotations; ${PROXY_UID} is used`,
      );
    }
    spec = dropProxyUserMatchingApp(spec);
  }

  const proxyEnvs: Record<string, string> = {};
  if (p.cluster !== '') proxyEnvs[PROXY_ENV.clusterId] = p.cluster;
  const network = Object.hasOwn(labels, NETWORK_LABEL) ? labels[NETWORK_LABEL]! : p.network;
  if (network !== '') proxyEnvs[PROXY_ENV.network] = network;

  const pod: Pod = { metadata: { ...metadata, annotations, labels }, spec };
  const original: Pod = { metadata, spec };
  const status = parseStatus(annotations);
  const stripped = reinsertOverrides(stripForRender(pod, status, statusPort));
  const data: TemplateData = {
    TypeMeta: { Kind: deploy.kind, APIVersion: deploy.apiVersion },
    DeploymentMeta: { Name: deploy.name, Namespace: deploy.namespace },
    ...podView(typedPorts(stripped)),
    ProxyConfig: proxy.view,
    MeshConfig: proxy.meshView,
    Values: p.values,
    Revision: p.config.revision,
    NativeSidecars: p.config.nativeSidecars,
    ProxyImage: proxyImage(p.values, proxy.proxyConfig, stripped.metadata.annotations ?? {}),
    ProxyInitImage: proxyInitImage(p.values, stripped.metadata.annotations ?? {}),
    ProxyUID: BigInt(ids.uid),
    ProxyGID: BigInt(ids.gid),
    InboundTrafficPolicyMode: p.inboundTrafficPolicyMode,
    CompliancePolicy: p.config.compliancePolicy ?? '',
  };

  const rendered = renderAndMerge(p.templateSet, original, data, p.config.nativeSidecars);
  const tproxy = proxy.proxyConfig.interceptionMode === 'TPROXY';
  const merged = reapplyOverrides(rendered.merged, original, rendered.templateSpec, status, tproxy);
  postProcess(merged, rendered.templateSpec, {
    proxyEnvs,
    enablePrometheusMerge: p.enablePrometheusMerge,
    statusPort,
    rewriteAppHTTPProbe: p.rewriteAppHTTPProbe,
    holdApplication: proxy.proxyConfig.holdApplicationUntilProxyStarts === true || p.holdInValues,
    revision: p.config.revision,
    injectedAnnotations: p.config.injectedAnnotations,
  });
  return { outcome: 'injected', podTemplate: { ...req.podTemplate, metadata: merged.metadata, spec: merged.spec }, warnings };
}
