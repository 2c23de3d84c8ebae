import { Schema } from 'js-yaml';
/**
 * The schema Kubernetes reads manifests with. kubectl parses YAML 1.1 (go-yaml v2 under
 * sigs.k8s.io/yaml): `0755` is octal (493) — the usual `defaultMode` — and `on`/`yes` are
 * booleans, so a YAML 1.2 core schema would change what a changed document means. Merge keys
 * (`<<`) are honoured. Timestamps are left as strings, as the JSON conversion in kubectl does;
 * `!!binary` is read as kubectl reads it (above).
 */
export declare const KUBE_SCHEMA: Schema;
/** Limits against hostile input. */
export declare const LIMITS: {
    /** Nesting depth of collections (js-yaml `maxDepth`); JSON inside annotations has the same. */
    readonly maxDepth: 100;
    /** Alias nodes per document (js-yaml `maxAliases`). */
    readonly maxAliases: 1000;
    /** Nodes a document may have once every alias is expanded (a "billion laughs" guard). */
    readonly maxExpandedNodes: 1000000;
    /** Bytes of scalars a document may have once every alias is expanded (alias amplification). */
    readonly maxExpandedBytes: number;
};
