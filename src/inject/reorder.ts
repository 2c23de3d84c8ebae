/**
 * Container order after the merge (Istio's `reorderPod`): istio-proxy last among the containers
 * so `kubectl exec` and logs default to the app (first when the app must wait for the proxy);
 * as a native sidecar, iptables setup then the proxy come first among the init containers;
 * classic, the validation container comes first and istio-init last, so other init containers
 * are not cut off by the traffic capture.
 */
import { CORE_DUMP_CONTAINER, INIT_CONTAINER, PROXY_CONTAINER, VALIDATION_CONTAINER } from '../istio/sidecar.js';
import { containersOf, findContainer, moveContainer } from '../model/pod.js';
import type { PodSpec } from '../model/pod.js';

export function reorderPod(spec: PodSpec, holdApplication: boolean): void {
  if (Array.isArray(spec.containers)) {
    spec.containers = moveContainer(containersOf(spec.containers), PROXY_CONTAINER, holdApplication ? 'first' : 'last');
  }
  if (!Array.isArray(spec.initContainers)) return;
  let inits = containersOf(spec.initContainers);
  if (findContainer(PROXY_CONTAINER, inits)) {
    inits = moveContainer(inits, CORE_DUMP_CONTAINER, 'first');
    inits = moveContainer(inits, PROXY_CONTAINER, 'first');
    inits = moveContainer(inits, VALIDATION_CONTAINER, 'first');
    inits = moveContainer(inits, INIT_CONTAINER, 'first');
  } else {
    inits = moveContainer(inits, VALIDATION_CONTAINER, 'first');
    inits = moveContainer(inits, INIT_CONTAINER, 'last');
    inits = moveContainer(inits, CORE_DUMP_CONTAINER, 'last');
  }
  spec.initContainers = inits;
}
