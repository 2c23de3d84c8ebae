/**
 * Label selectors as Services and workloads use them: a Service's `spec.selector` is a plain
 * label map (matchLabels semantics); a `metav1.LabelSelector` adds `matchExpressions` (In, NotIn,
 * Exists, DoesNotExist). All requirements are ANDed. An empty or unusable selector selects nothing
 * (a Service without a selector has its endpoints managed by hand).
 */
import { type CompiledSelector } from '../model/label-selector.js';
export type Selector = CompiledSelector;
/** A label value as Kubernetes would read it (YAML may give numbers or booleans). */
export declare function labelValue(v: unknown): string | undefined;
/** A label map from an object's `labels` (non-scalar values dropped). */
export declare function labelMap(v: unknown): Record<string, string>;
/**
 * Compiles a Service selector (a label map) or a LabelSelector (`matchLabels` and/or
 * `matchExpressions`) with the same matcher the injector uses. Returns null when it selects
 * nothing (empty, or not a valid selector).
 */
export declare function compileSelector(raw: unknown): Selector | null;
export declare function selects(selector: Selector | null, labels: Readonly<Record<string, string>>): boolean;
