/**
 * Label selectors as Services and workloads use them: a Service's `spec.selector` is a plain
 * label map (matchLabels semantics); a `metav1.LabelSelector` adds `matchExpressions` (In, NotIn,
 * Exists, DoesNotExist). All requirements are ANDed. An empty or unusable selector selects nothing
 * (a Service without a selector has its endpoints managed by hand).
 */
import { compileSelector as compileLabelSelector, selectorMatches, type CompiledSelector } from '../model/label-selector.js';
import { isMap } from '../model/values.js';

export type Selector = CompiledSelector;

/** A label value as Kubernetes would read it (YAML may give numbers or booleans). */
export function labelValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** A label map from an object's `labels` (non-scalar values dropped). */
export function labelMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isMap(v)) return out;
  for (const [k, raw] of Object.entries(v)) {
    const s = labelValue(raw);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

/**
 * Compiles a Service selector (a label map) or a LabelSelector (`matchLabels` and/or
 * `matchExpressions`) with the same matcher the injector uses. Returns null when it selects
 * nothing (empty, or not a valid selector).
 */
export function compileSelector(raw: unknown): Selector | null {
  if (!isMap(raw)) return null;
  const structured = isMap(raw.matchLabels) || Array.isArray(raw.matchExpressions);
  const labels = structured ? raw.matchLabels : raw;
  const matchLabels: Record<string, string> = {};
  if (isMap(labels)) {
    for (const [key, v] of Object.entries(labels)) {
      const value = labelValue(v);
      if (value === undefined) return null;
      matchLabels[key] = value;
    }
  }
  const expressions = structured && Array.isArray(raw.matchExpressions) ? raw.matchExpressions : [];
  if (expressions.some((e) => !isMap(e) || (Array.isArray(e.values) && e.values.some((v) => labelValue(v) === undefined)))) return null;
  const matchExpressions = expressions.map((e: Record<string, unknown>) => ({
    key: String(e.key ?? ''),
    operator: String(e.operator ?? ''),
    values: Array.isArray(e.values) ? e.values.map((v) => labelValue(v)!) : [],
  }));
  const compiled = compileLabelSelector({ matchLabels, matchExpressions });
  return compiled.requirements === null ? null : compiled;
}

export function selects(selector: Selector | null, labels: Readonly<Record<string, string>>): boolean {
  return selector !== null && selectorMatches(selector, labels);
}
