/**
 * Whether a pod gets a sidecar at all (Istio's `injectRequired`). Returns undefined when it
 * does, or the reason it is skipped.
 */
import { describeObject } from '../model/document.js';
import { compileSelector, selectorMatches } from '../model/label-selector.js';
import type { CompiledSelector, LabelSelector } from '../model/label-selector.js';
import { INJECT_KEY } from './keys.js';

/** System namespaces Istio never injects into. */
export const IGNORED_NAMESPACES: ReadonlySet<string> = new Set([
  'kube-system',
  'kube-public',
  'kube-node-lease',
  'local-path-storage',
]);

export interface InjectionPolicy {
  policy: string;
  never: readonly CompiledSelector[];
  always: readonly CompiledSelector[];
}

export function compilePolicy(
  policy: string,
  never: readonly LabelSelector[],
  always: readonly LabelSelector[],
): { compiled: InjectionPolicy; warnings: string[] } {
  const warnings: string[] = [];
  const compile = (list: readonly LabelSelector[], what: string) =>
    list.map((s, i) => {
      const c = compileSelector(s);
      if (c.error) warnings.push(`invalid ${what}[${i}], ignored: ${c.error}`);
      return c;
    });
  return {
    compiled: { policy, never: compile(never, 'neverInjectSelector'), always: compile(always, 'alwaysInjectSelector') },
    warnings,
  };
}

interface PolicyInput {
  hostNetwork: boolean;
  namespace: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export function skipReason(p: InjectionPolicy, pod: PolicyInput): string | undefined {
  if (pod.hostNetwork) return 'host networking';
  if (IGNORED_NAMESPACES.has(pod.namespace)) return `${describeObject('Namespace', undefined, pod.namespace)} is excluded`;

  // The label is the newer API and wins over the annotation when both are present.
  const fromLabel = Object.hasOwn(pod.labels, INJECT_KEY);
  const selector = fromLabel ? pod.labels[INJECT_KEY]! : (pod.annotations[INJECT_KEY] ?? '');
  let useDefault = selector !== 'true' && selector !== 'false';
  let inject = selector === 'true';
  let why = `${INJECT_KEY} is ${JSON.stringify(selector)}`;

  if (useDefault && p.never.some((s) => selectorMatches(s, pod.labels))) {
    useDefault = false;
    inject = false;
    why = 'pod labels match a neverInjectSelector';
  }
  if (useDefault && p.always.some((s) => selectorMatches(s, pod.labels))) {
    useDefault = false;
    inject = true;
  }

  switch (p.policy) {
    case 'enabled':
      return useDefault || inject ? undefined : why;
    case 'disabled':
      if (useDefault) return 'injection policy is disabled';
      return inject ? undefined : why;
    default:
      return `invalid injection policy ${JSON.stringify(p.policy)}`;
  }
}
