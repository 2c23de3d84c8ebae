import type { AnnotationProblem } from './types.js';
/** Parsed as JSON: by the injector, by Istio's templates (`fromJSON`), or by `appendMultusNetwork`. */
export declare const JSON_ANNOTATIONS: readonly string[];
/** The reason a JSON annotation's value is refused (nested deeper than the limit), or null. */
export declare function structuredValueError(name: string, value: string): string | null;
/** The JSON annotations of a pod nested deeper than the limit; empty when none is. */
export declare function nestingProblems(annotations: Readonly<Record<string, string>>): AnnotationProblem[];
