/**
 * The lint pass's vocabulary: rules (metadata + a check), the context a rule reports through,
 * and the findings the runner builds from those reports. Rules produce messages; the runner adds
 * file, line, column, resource and severity; reporters (in `src/emit/findings/`) format them.
 */
import type { ManifestDocument } from '../model/document.js';
import type { LocatedObject } from '../locate/workloads.js';
import type { LintIndex } from './mesh-index.js';
import type { MeshFacts } from './mesh-facts.js';
export type Severity = 'error' | 'warning' | 'info';
export declare const SEVERITIES: readonly Severity[];
/** Higher is more severe. */
export declare const SEVERITY_RANK: Readonly<Record<Severity, number>>;
export interface RuleMeta {
    /** Kebab-case, stable: config keys, ignore annotations and reports use it. */
    readonly id: string;
    readonly severity: Severity;
    /** The Istio analyzer message code this rule matches (`IST0118`), when there is one. */
    readonly istioCode?: string;
    /** For a rule whose checks match several Istio codes (each finding carries its own). */
    readonly istioCodes?: readonly string[];
    /** One line: what the rule checks. */
    readonly description: string;
    /** What to do about a finding (a few sentences, plain text). */
    readonly help: string;
    /** Further reading. */
    readonly docs?: string;
    /** JSON Schema of the rule's options (an object schema; `severity` is added by the config). */
    readonly optionsSchema?: {
        readonly type: 'object';
        readonly properties: Readonly<Record<string, object>>;
    };
}
/** How the pass is run (from the command line, not the config file). */
export interface LintSettings {
    /** The manifests are already injected (`lint --expect-injected`). */
    readonly expectInjected: boolean;
    /** Injection uses native sidecars by default (`--native-sidecars`). */
    readonly nativeSidecars: boolean;
    /** What Istio's analyzers read from the mesh config (`--mesh-config`; Istio's defaults otherwise). */
    readonly mesh: MeshFacts;
}
export interface Report {
    readonly doc: ManifestDocument;
    /** The object (resource) the finding is about and located in. */
    readonly object: LocatedObject;
    /** Pointer of the field inside the document (not the object). */
    readonly pointer: string;
    /** Point at the field's key (default) or its value. */
    readonly at?: 'key' | 'value';
    readonly message: string;
    /** For rules with checks of different weight; the rule's severity otherwise. */
    readonly severity?: Severity;
    /**
     * For rules whose checks match different Istio codes; the rule's code otherwise. `null`: this
     * finding carries no Istio code (Istio would not make it: a pod template, a kind it does not read).
     */
    readonly istioCode?: string | null;
}
export interface RuleContext {
    readonly documents: readonly ManifestDocument[];
    /** Objects, workloads and Services of the whole input, built once per run. */
    readonly index: LintIndex;
    /** The rule's options from the config (defaults are the rule's business). */
    readonly options: Readonly<Record<string, unknown>>;
    readonly settings: LintSettings;
    /** Every rule kube-inject has (for checking `kube-inject.io/ignore` values). */
    readonly allRules: readonly RuleMeta[];
    report(report: Report): void;
}
export interface Rule {
    readonly meta: RuleMeta;
    check(ctx: RuleContext): void;
}
export interface FindingResource {
    readonly apiVersion: string;
    readonly kind: string;
    /** As written; `''` when the manifest leaves it to the cluster. */
    readonly namespace: string;
    readonly name: string;
}
export interface Finding {
    readonly ruleId: string;
    readonly severity: Severity;
    readonly istioCode?: string;
    readonly message: string;
    /** The document the finding is in. */
    readonly document: {
        readonly file: string;
        readonly index: number;
        readonly startLine: number;
    };
    /** Pointer of the field inside the document. */
    readonly pointer: string;
    /** 1-based. */
    readonly line: number;
    /** 1-based, in UTF-16 code units. */
    readonly column: number;
    readonly resource: FindingResource;
    /** `Deployment shop/web` (no namespace: `Deployment web`). */
    readonly resourceLabel: string;
    /** Set when a `kube-inject.io/ignore` annotation suppresses the finding. */
    readonly suppressed?: {
        readonly reason?: string;
    };
}
