/**
 * What Istio does to the merged pod after the templates (`postProcessPod`): cluster/network
 * env, Prometheus merge, app probe rewriting, the status annotation, container order. Works in
 * place on the engine's own copy of the pod. Go's round trip and field order follow, apart
 * (`finishPodTemplate` in engine.ts).
 */
import { isMap, type JsonMap } from '../model/values.js';
import { NETWORK_LABEL, SECURE_PORT_ANNOTATION, STATUS_ANNOTATION } from '../istio/keys.js';
import { PROXY_ENV } from '../istio/sidecar.js';
import { applyAppProbeRewrite } from './probes/app-probers.js';
import { findSidecar } from '../istio/sidecar.js';
import type { Container, Pod } from '../model/pod.js';
import { prometheusMerge, securePortAnnotation } from './prometheus/merge.js';
import { reorderPod } from './reorder.js';
import { statusFor } from './status/record.js';
import type { PodSpec } from '../model/pod.js';

interface PostProcessContext {
  /** ISTIO_META_CLUSTER_ID / ISTIO_META_NETWORK when known (they replace the template's). */
  proxyEnvs: Readonly<Record<string, string>>;
  enablePrometheusMerge: boolean | undefined;
  /** mesh `defaultConfig.statusPort` (after the pod's `proxy.istio.io/config`). */
  statusPort: number;
  rewriteAppHTTPProbe: boolean;
  holdApplication: boolean;
  revision: string;
  injectedAnnotations: Readonly<Record<string, string>>;
}

function envOf(c: Container): JsonMap[] {
  return Array.isArray(c.env) ? (c.env.filter(isMap) as JsonMap[]) : [];
}

export function postProcess(pod: Pod, templateSpec: PodSpec, ctx: PostProcessContext): void {
  let annotations: Record<string, string> = { ...(pod.metadata.annotations ?? {}) };
  const labels: Record<string, string> = { ...(pod.metadata.labels ?? {}) };

  const envNames = Object.keys(ctx.proxyEnvs).sort();
  const proxy = findSidecar(pod.spec);
  if (proxy && envNames.length > 0) {
    proxy.env = [
      ...envOf(proxy).filter((e) => !Object.hasOwn(ctx.proxyEnvs, String(e.name))),
      ...envNames.map((name) => ({ name, value: ctx.proxyEnvs[name] })),
    ];
  }

  const merged = prometheusMerge(annotations, ctx.enablePrometheusMerge, ctx.statusPort);
  if (merged) {
    annotations = merged.annotations;
    if (proxy && merged.env !== undefined) proxy.env = [...envOf(proxy), { name: PROXY_ENV.prometheusAnnotations, value: merged.env }];
  }
  const secure = proxy ? securePortAnnotation(annotations, proxy.env) : undefined;
  if (secure !== undefined) annotations[SECURE_PORT_ANNOTATION] = secure;

  if (proxy) {
    pod.spec = applyAppProbeRewrite(pod.spec, {
      annotations,
      rewriteAppHTTPProbe: ctx.rewriteAppHTTPProbe,
      meshStatusPort: ctx.statusPort,
    });
  }

  const network = ctx.proxyEnvs[PROXY_ENV.network];
  if (network !== undefined) labels[NETWORK_LABEL] = network;
  annotations[STATUS_ANNOTATION] = statusFor(templateSpec, ctx.revision);
  Object.assign(annotations, ctx.injectedAnnotations);

  reorderPod(pod.spec, ctx.holdApplication);
  pod.metadata = { ...pod.metadata, annotations, labels };
}

