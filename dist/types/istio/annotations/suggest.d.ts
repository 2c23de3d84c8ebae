/**
 * The closest known annotation name to `unknownName`, or undefined when nothing is close. Case
 * differences are cheap (so `sidecar.istio.io/proxycpu` finds `proxyCPU`); the allowed distance
 * grows with the length of the name, up to a third of it.
 */
export declare function suggestAnnotation(unknownName: string): string | undefined;
/** Levenshtein distance. */
export declare function editDistance(a: string, b: string): number;
