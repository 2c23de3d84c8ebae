/**
 * Runs the rules over the documents: builds the shared index once, gives each enabled rule a
 * context to report through, and turns reports into findings (file, line, column, resource,
 * severity from the config), split into active and suppressed.
 */
import { describeObject, fieldPosition, type ManifestDocument } from '../model/document.js';
import type { KubeInjectError } from '../model/errors.js';
import type { LintConfig } from './config.js';
import { DEFAULT_CONFIG } from './config-defaults.js';
import { findSuppression } from './ignore.js';
import { istioAnalyzeDefaults } from './istio-defaults.js';
import { DEFAULT_MESH_FACTS, meshFacts } from './mesh-facts.js';
import { buildIndex, type IndexedWorkload } from './mesh-index.js';
import { isMap } from '../model/values.js';
import { RULES } from './registry.js';
import type { Finding, LintSettings, Report, Rule, RuleMeta } from './types.js';

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
  readonly stats: { readonly documents: number; readonly objects: number; readonly workloads: number };
}

const ALL_META = RULES.map((r) => r.meta);

export function lintDocuments(docs: readonly ManifestDocument[], config: LintConfig = DEFAULT_CONFIG, options: LintOptions = {}): LintResult {
  const inputs = new Set(docs);
  const given = (options.context ?? []).filter((d) => !inputs.has(d));
  const mesh = options.meshConfig ? meshFacts(options.meshConfig) : DEFAULT_MESH_FACTS;
  const defaults = options.istioDefaults === false || mesh.ingressService === null ? [] : istioAnalyzeDefaults([...docs, ...given], mesh.ingressService);
  const context = new Set([...defaults, ...given]);
  const index = buildIndex(docs, [...context]);
  const settings: LintSettings = { expectInjected: options.expectInjected ?? false, nativeSidecars: options.nativeSidecars ?? false, mesh };
  const workloadAt = new Map<ManifestDocument, Map<string, IndexedWorkload>>();
  for (const w of index.workloads) {
    let m = workloadAt.get(w.doc);
    if (!m) workloadAt.set(w.doc, (m = new Map()));
    m.set(w.located.pointer, w);
  }
  const all: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    const setting = config.rules[rule.meta.id];
    if (setting?.severity === 'off') continue;
    const override = setting?.severity;
    rule.check({
      documents: docs,
      index,
      options: setting?.options ?? {},
      settings,
      allRules: ALL_META,
      report: (r) => {
        if (context.has(r.doc)) return;
        const finding = toFinding(rule.meta, r, override);
        const meta = isMap(r.object.object.metadata) ? r.object.object.metadata : {};
        const maps = [isMap(meta.annotations) ? meta.annotations : {}];
        const w = workloadAt.get(r.doc)?.get(r.object.pointer);
        if (w && w.templatePointer !== w.located.pointer) maps.push(w.podAnnotations);
        const suppressed = findSuppression(maps, finding.ruleId, finding.istioCode);
        all.push(suppressed ? { ...finding, suppressed } : finding);
      },
    });
  }
  const fileOrder = new Map<string, number>();
  for (const d of docs) if (!fileOrder.has(d.source.name)) fileOrder.set(d.source.name, fileOrder.size);
  all.sort(
    (a, b) =>
      fileOrder.get(a.document.file)! - fileOrder.get(b.document.file)! ||
      a.line - b.line ||
      a.column - b.column ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.message, b.message),
  );
  return {
    findings: all.filter((f) => !f.suppressed),
    suppressed: all.filter((f) => f.suppressed),
    errors: [...index.errors],
    stats: {
      documents: docs.length,
      objects: index.objects.filter((o) => !context.has(o.doc)).length,
      workloads: index.workloads.filter((w) => !context.has(w.doc)).length,
    },
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toFinding(meta: RuleMeta, r: Report, override: RuleMeta['severity'] | undefined): Finding {
  const o = r.object.object;
  const m = isMap(o.metadata) ? o.metadata : {};
  const resource = {
    apiVersion: typeof o.apiVersion === 'string' ? o.apiVersion : '',
    kind: r.object.kind,
    namespace: typeof m.namespace === 'string' ? m.namespace : '',
    name: typeof m.name === 'string' ? m.name : '',
  };
  const pos = fieldPosition(r.doc, r.pointer, r.at);
  const istioCode = r.istioCode === null ? undefined : (r.istioCode ?? meta.istioCode);
  return {
    ruleId: meta.id,
    severity: override ?? r.severity ?? meta.severity,
    ...(istioCode ? { istioCode } : {}),
    message: r.message,
    document: { file: r.doc.source.name, index: r.doc.index, startLine: r.doc.startLine },
    pointer: r.pointer,
    line: pos.line,
    column: pos.column,
    resource,
    resourceLabel: describeObject(resource.kind, resource.namespace, resource.name),
  };
}
