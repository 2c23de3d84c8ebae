import type { AnnotationInfo, AnnotationScope } from '../istio/annotations/index.js';
import type { IndexedObject, LintIndex } from './mesh-index.js';
export interface MetadataSite {
    readonly obj: IndexedObject;
    /** Where kube-inject's registry says an annotation may be: `pod`, `workload`, `service`, `namespace`. */
    readonly scope: AnnotationScope;
    /** Pointer of the metadata mapping inside the document. */
    readonly metadataPointer: string;
    readonly annotations: Readonly<Record<string, unknown>>;
    readonly labels: Readonly<Record<string, unknown>>;
}
/** The sites of a run (computed once per index; the four annotation rules share them). */
export declare function metadataSites(index: LintIndex): readonly MetadataSite[];
/** Pointer of one annotation (or label) of a site. */
export declare function keyPointer(s: MetadataSite, field: 'annotations' | 'labels', key: string): string;
/** How Istio names the kind of a site in its messages. */
export declare function siteKindName(s: MetadataSite): string;
/** True when the registry allows the key where it is. */
export declare function placedRight(entry: AnnotationInfo, scope: AnnotationScope): boolean;
/**
 * `undefined` (the rule's Istio code applies) where `istioctl analyze` reads the annotations too:
 * the own metadata of a Namespace, Service, Pod or Deployment outside the namespaces Istio drops.
 * `null` elsewhere (a pod template, a StatefulSet …): the finding is kube-inject's own, so it never
 * doubles one Istio makes on the same resource, nor claims a code Istio would not report.
 */
export declare function istioCodeAt(s: MetadataSite): null | undefined;
