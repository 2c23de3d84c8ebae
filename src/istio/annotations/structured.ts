/**
 * Annotations whose values are JSON that kube-inject or the injection templates parse. Their
 * nesting is limited as a YAML document's is (`MAX_NESTING_DEPTH`): parsed, then walked by the
 * merge, `toYaml` or the JSON writer, a value of thousands of levels overflowed the stack or
 * wrote megabytes (a few kilobytes in). `proxy.istio.io/config` is YAML, read with the same
 * `maxDepth` by js-yaml.
 */
import { MAX_NESTING_DEPTH, jsonDepthError } from '../../model/limits.js';
import { OVERRIDES_ANNOTATION, STATUS_ANNOTATION } from '../keys.js';
import type { AnnotationProblem } from './types.js';

/** Parsed as JSON: by the injector, by Istio's templates (`fromJSON`), or by `appendMultusNetwork`. */
export const JSON_ANNOTATIONS: readonly string[] = [
  OVERRIDES_ANNOTATION,
  STATUS_ANNOTATION,
  'sidecar.istio.io/userVolume',
  'sidecar.istio.io/userVolumeMount',
  'sidecar.istio.io/statsHistogramBuckets',
  'apm.datadoghq.com/env',
  'k8s.v1.cni.cncf.io/networks',
];

/** The reason a JSON annotation's value is refused (nested deeper than the limit), or null. */
export function structuredValueError(name: string, value: string): string | null {
  if (!JSON_ANNOTATIONS.includes(name)) return null;
  return jsonDepthError(value, MAX_NESTING_DEPTH);
}

/** The JSON annotations of a pod nested deeper than the limit; empty when none is. */
export function nestingProblems(annotations: Readonly<Record<string, string>>): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  for (const name of JSON_ANNOTATIONS) {
    if (!Object.hasOwn(annotations, name)) continue;
    const value = annotations[name]!;
    const reason = structuredValueError(name, value);
    if (reason) problems.push({ annotation: name, value, message: `annotation ${name}: ${reason}` });
  }
  return problems;
}
