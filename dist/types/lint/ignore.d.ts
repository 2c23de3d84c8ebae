/**
 * Per-resource suppression: the annotation `kube-inject.io/ignore: <rule>[,<rule>…][=<reason>]`
 * on the object a finding is about (for a workload, on its own metadata or on its pod template).
 * An entry is a rule id, an Istio code (`IST0118`) or `*`; everything after the first `=` is the
 * reason, reported with the suppressed finding.
 */
export declare const IGNORE_ANNOTATION = "kube-inject.io/ignore";
export interface IgnoreDirective {
    readonly entries: readonly string[];
    readonly reason?: string;
}
export declare function parseIgnore(value: string): IgnoreDirective;
/** Entries that name no rule and no Istio code of a rule. */
export declare function unknownIgnoreEntries(d: IgnoreDirective, ruleIds: ReadonlySet<string>, codes: ReadonlySet<string>): string[];
/**
 * The suppression that applies to a finding of `ruleId`/`istioCode`, given the annotation maps
 * to look in (the object's, then its pod template's); undefined when none does.
 */
export declare function findSuppression(annotationMaps: ReadonlyArray<Readonly<Record<string, unknown>>>, ruleId: string, istioCode: string | undefined): {
    reason?: string;
} | undefined;
