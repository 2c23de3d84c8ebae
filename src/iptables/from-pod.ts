/**
 * The istio-iptables command of an injected pod: the arguments and environment of its
 * `istio-init` container (or `istio-validation`, when the Istio CNI plugin applies the same
 * rules and the container only checks them).
 */
import { INIT_CONTAINER, VALIDATION_CONTAINER } from '../istio/sidecar.js';
import { containersOf, findContainer } from '../model/pod.js';
import { asMap, isMap } from '../model/values.js';

export interface CaptureCommand {
  /** `istio-init`, or `istio-validation` (CNI). */
  readonly container: string;
  /** The arguments after `istio-iptables`. */
  readonly args: string[];
  /** The container's environment (plain values only). */
  readonly env: Record<string, string>;
}

/** The pod template's capture command; undefined when it has neither container (no capture). */
export function captureCommand(podTemplate: unknown): CaptureCommand | undefined {
  const init = containersOf(asMap(asMap(podTemplate).spec).initContainers);
  for (const name of [INIT_CONTAINER, VALIDATION_CONTAINER]) {
    const c = findContainer(name, init);
    if (!c) continue;
    const argv = [...(Array.isArray(c.command) ? c.command : []), ...(Array.isArray(c.args) ? c.args : [])].map(String);
    const at = argv.indexOf('istio-iptables');
    const env: Record<string, string> = {};
    for (const e of Array.isArray(c.env) ? c.env : []) if (isMap(e) && typeof e.name === 'string' && typeof e.value === 'string') env[e.name] = e.value;
    return { container: name, args: at >= 0 ? argv.slice(at + 1) : argv, env };
  }
  return undefined;
}
