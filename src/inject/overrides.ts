/**
 * User customisations of injected containers: a pod may define its own `istio-proxy` (or
 * `istio-init` …) whose fields win over the template's. Istio re-applies such containers after
 * the template, remembers them in `proxy.istio.io/overrides` so that re-injection (after the
 * injected containers are stripped) sees them again, and adjusts the init container's uid to
 * a custom proxy `runAsUser`.
 */
import { asMap } from '../model/values.js';
import { KubeInjectError } from '../model/errors.js';
import { joinPointer } from '../model/pointer.js';
import { strategicMerge } from '../merge/index.js';
import { containersOf, findContainer, findContainerInPod } from '../model/pod.js';
import { findSidecar } from '../istio/sidecar.js';
import { INIT_CONTAINER, VALIDATION_CONTAINER } from '../istio/sidecar.js';
import { INTERCEPTION_MODE_ANNOTATION, OVERRIDES_ANNOTATION, STATUS_ANNOTATION } from '../istio/keys.js';
import type { Container, Pod, PodSpec } from '../model/pod.js';
import { marshalContainerLists } from './go/typed-json.js';
import type { InjectionStatus } from './status/record.js';

/** An `image: auto` in a custom container means "keep the injected image". */
export const AUTO_IMAGE = 'auto';

interface Overrides {
  containers: Container[];
  initContainers: Container[];
}

export function parseOverrides(annotations: Readonly<Record<string, string>>): Overrides {
  const raw = annotations[OVERRIDES_ANNOTATION];
  if (raw === undefined) return { containers: [], initContainers: [] };
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch (e) {
    throw new KubeInjectError('annotation', `invalid ${OVERRIDES_ANNOTATION} annotation: ${(e as Error).message}`, {
      pointer: joinPointer('/metadata/annotations', OVERRIDES_ANNOTATION),
      at: 'value',
    });
  }
  const o = asMap(v);
  return { containers: containersOf(o.containers), initContainers: containersOf(o.initContainers) };
}

/** Istio's `reinsertOverrides`: recorded custom containers the pod no longer has come back. */
export function reinsertOverrides(pod: Pod): Pod {
  const o = parseOverrides(pod.metadata.annotations ?? {});
  if (o.containers.length === 0 && o.initContainers.length === 0) return pod;
  const containers = containersOf(pod.spec.containers);
  const initContainers = containersOf(pod.spec.initContainers);
  const missing = (list: Container[], from: Container[]) => from.filter((c) => !findContainer(c.name ?? '', list));
  const spec: PodSpec = { ...pod.spec };
  const extra = missing(containers, o.containers);
  const extraInit = missing(initContainers, o.initContainers);
  if (extra.length > 0) spec.containers = [...containers, ...extra];
  if (extraInit.length > 0) spec.initContainers = [...initContainers, ...extraInit];
  return { metadata: pod.metadata, spec };
}

function overlayOf(c: Container): Container {
  if (c.image !== AUTO_IMAGE) return c;
  const { image: _image, ...rest } = c;
  return rest;
}

/**
 * Istio's `reapplyOverwrittenContainers`. `merged` may be modified in place (it is the
 * engine's own copy); the result is the pod to continue with.
 */
export function reapplyOverrides(
  merged: Pod,
  original: Pod,
  templateSpec: PodSpec,
  status: InjectionStatus | undefined,
  tproxyInMesh: boolean,
): Pod {
  const annotations = original.metadata.annotations ?? {};
  const existing = parseOverrides(annotations);
  const applied: Overrides = { containers: [], initContainers: [] };
  let pod = merged;
  for (const c of containersOf(templateSpec.containers)) {
    const name = c.name ?? '';
    if (status?.containers?.includes(name)) continue;
    const match = findContainer(name, existing.containers) ?? findContainer(name, original.spec.containers);
    if (!match) continue;
    const overlay = overlayOf(match);
    applied.containers.push(overlay);
    pod = strategicMerge(pod, { spec: { containers: [overlay] } }) as Pod;
  }
  for (const c of containersOf(templateSpec.initContainers)) {
    const name = c.name ?? '';
    if (status?.initContainers?.includes(name)) continue;
    const match = findContainer(name, existing.initContainers) ?? findContainerInPod(name, original.spec);
    if (!match) continue;
    const overlay = overlayOf(match);
    applied.initContainers.push(overlay);
    pod = strategicMerge(pod, { spec: { initContainers: [overlay] } }) as Pod;
  }
  const alreadyInjected = Object.hasOwn(annotations, STATUS_ANNOTATION);
  if (!alreadyInjected && (applied.containers.length > 0 || applied.initContainers.length > 0)) {
    const record = marshalContainerLists(applied);
    pod.metadata = { ...pod.metadata, annotations: { ...pod.metadata.annotations, [OVERRIDES_ANNOTATION]: record } };
  }
  adjustInitContainerUser(pod, original, tproxyInMesh);
  return pod;
}

/** Istio's `adjustInitContainerUser`: a custom proxy uid/gid carries over to the init container. */
function adjustInitContainerUser(pod: Pod, original: Pod, tproxyInMesh: boolean): void {
  const user = findSidecar(original.spec);
  const sc = asMap(user?.securityContext);
  const runAsUser = sc.runAsUser;
  const runAsGroup = sc.runAsGroup;
  if (runAsUser === undefined && runAsGroup === undefined) return;
  const inits = containersOf(pod.spec.initContainers);
  const init = findContainer(INIT_CONTAINER, inits) ?? findContainer(VALIDATION_CONTAINER, inits);
  if (!init) return;
  const tproxy = tproxyInMesh || pod.metadata.annotations?.[INTERCEPTION_MODE_ANNOTATION] === 'TPROXY';
  if (tproxy && runAsUser !== undefined) {
    const sidecar = findSidecar(pod.spec);
    if (!sidecar) return;
    sidecar.securityContext = { ...asMap(sidecar.securityContext), runAsUser: 0 };
  }
  if (!tproxy && init.name === VALIDATION_CONTAINER) {
    const isc = { ...asMap(init.securityContext) };
    if (runAsUser !== undefined) isc.runAsUser = runAsUser;
    if (runAsGroup !== undefined) isc.runAsGroup = runAsGroup;
    init.securityContext = isc;
  }
  if (runAsUser === undefined || runAsUser === 0 || !Array.isArray(init.args)) return;
  const args = [...(init.args as unknown[])];
  const i = args.indexOf('-u');
  if (i >= 0 && i + 1 < args.length) {
    args[i + 1] = String(runAsUser);
    init.args = args;
  }
}

