/**
 * Which Services select a pod, without testing every Service of the namespace against every
 * pod (which grows with the square of the input: a `helm template` stream puts thousands of
 * Services in one namespace).
 *
 * Every selector that selects anything has an `In` requirement (a Service's label map is all
 * `In` requirements), and a pod can only match it by carrying that key with one of its values. So
 * each Service is filed under one of its `In` requirements, the one whose key and values the
 * fewest Services share, and a pod looks up only the buckets of its own labels. The candidates
 * are then tested with the full selector, as before; Services whose selector has no `In`
 * requirement (possible only for a LabelSelector with expressions alone) are tested for every pod.
 */
import type { Selector } from './selector.js';
export interface SelectingObject {
    readonly namespace: string;
    readonly selector: Selector | null;
}
/** Counts of the work done, for tests (a regression shows as more selector tests than pods and matches). */
export interface LookupCounters {
    /** Selector evaluations. */
    selectorChecks: number;
}
export declare class ServiceLookup<S extends SelectingObject> {
    private readonly counters?;
    private readonly namespaces;
    constructor(services: readonly S[], counters?: LookupCounters | undefined);
    /** The Services of `namespace` that select a pod with these labels, in input order. */
    /**
     * The Services selecting pods with `labels` in `namespace`, in input order. Pods with the same
     * labels share one answer (the same array): 2,000 pods under 2,000 Services of one selector are
     * 2,000 lookups and one list, not four million entries.
     */
    selecting(namespace: string, labels: Readonly<Record<string, string>>): readonly S[];
    private readonly answers;
    private select;
}
