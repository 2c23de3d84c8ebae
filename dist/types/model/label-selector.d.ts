/**
 * Kubernetes label selectors (`metav1.LabelSelector`), one matcher for the injector's
 * never/always selectors and the linter's Service selectors: `matchLabels` and `matchExpressions` (In, NotIn, Exists, DoesNotExist), all ANDed.
 * A selector that cannot be turned into requirements is reported and then never matches; an
 * empty selector never matches either (Istio skips `selector.Empty()`).
 */
export interface LabelSelectorRequirement {
    key: string;
    operator: string;
    values?: string[];
}
export interface LabelSelector {
    matchLabels?: Record<string, string>;
    matchExpressions?: LabelSelectorRequirement[];
}
interface Requirement {
    key: string;
    op: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
    values: string[];
}
export interface CompiledSelector {
    /** Null when the selector is invalid or empty: it matches nothing. */
    readonly requirements: readonly Requirement[] | null;
    readonly error?: string;
}
export declare function compileSelector(selector: LabelSelector): CompiledSelector;
export declare function selectorMatches(selector: CompiledSelector, labels: Readonly<Record<string, string>>): boolean;
export {};
