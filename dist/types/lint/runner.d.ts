/**
 * Runs the rules over the documents: builds the shared index once, gives each enabled rule a
 * context to report through, and turns reports into findings (file, line, column, resource,
 * severity from the config), split into active and suppressed.
 */
import { type ManifestDocument } from '../model/document.js';
import type { KubeInjectError } from '../model/errors.js';
import type { LintConfig } from './config.js';
import type { Finding, LintSettings, Rule } from './types.js';
export interface LintOptions extends Partial<LintSettings> {
    /** The rules to run (all of them by default). */
    readonly rules?: readonly Rule[];
    /**
     * Context documents (`lint --context`): indexed, so cross-file checks see their Services and
     * workloads, but never reported on.
     */
    readonly context?: readonly ManifestDocument[];
    /**
     * Add the objects `istioctl analyze` assumes when it reads files (Istio's default ingress
     * gateway; see istio-defaults.ts) as context, unless the input has its own. Default true.
     */
    readonly istioDefaults?: boolean;
    /** A MeshConfig object (`lint --mesh-config`), read over Istio's defaults. */
    readonly meshConfig?: Readonly<Record<string, unknown>>;
}
export interface LintResult {
    /** Findings that count, sorted by file (input order), line, column, rule. */
    readonly findings: Finding[];
    /** Findings an ignore annotation suppressed, in the same order. */
    readonly suppressed: Finding[];
    /** Input the pass could not read (a workload without a pod spec …); the CLI exits 2. */
    readonly errors: KubeInjectError[];
    /** Counts for summaries (of the input; context documents are not counted). */
    readonly stats: {
        readonly documents: number;
        readonly objects: number;
        readonly workloads: number;
    };
}
export declare function lintDocuments(docs: readonly ManifestDocument[], config?: LintConfig, options?: LintOptions): LintResult;
