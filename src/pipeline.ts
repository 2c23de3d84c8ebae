import { fieldPosition, type ManifestDocument } from './model/document.js';
import { KubeInjectError } from './model/errors.js';
import { getAt, setAt } from './model/pointer.js';
import { locateWorkloads, objectsOf } from './locate/workloads.js';
import type { OutputDocument } from './emit/manifests.js';

/** What the pipeline needs of an injector: one pod template in, a result out (pure). */
export interface PodInjector {
  inject(req: {
    kind: string;
    apiVersion: string;
    name: string;
    namespace: string;
    podTemplate: { metadata?: object; spec: object };
  }): { outcome: 'injected'; podTemplate: object; warnings: string[] } | { outcome: 'skipped'; reason: string };
  /** The injected workload object, its pod template already replaced, as the injector writes it. */
  finishWorkload(kind: string, object: Record<string, unknown>): Record<string, unknown>;
}

/** One line of the per-resource report. */
export interface ResourceOutcome {
  readonly doc: ManifestDocument;
  readonly pointer: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly outcome: 'injected' | 'unchanged' | 'skipped';
  readonly reason?: string;
  readonly warnings: readonly string[];
}

export interface InjectRun {
  readonly output: OutputDocument[];
  readonly outcomes: ResourceOutcome[];
  /** Every error of the run; when there is any, nothing may be written. */
  readonly errors: KubeInjectError[];
}

/** locate → inject → (emit by the caller), over every document of every source, in order. */
export function injectDocuments(docs: readonly ManifestDocument[], injector: PodInjector): InjectRun {
  const output: OutputDocument[] = [];
  const outcomes: ResourceOutcome[] = [];
  const errors: KubeInjectError[] = [];
  for (const doc of docs) {
    try {
      output.push(injectDocument(doc, injector, outcomes));
    } catch (e) {
      // An error that names its own file (a template or configuration file) is not about this
      // document: it would recur for every workload, so the run stops with it, once.
      if (!(e instanceof KubeInjectError) || e.position.file !== undefined) throw e;
      errors.push(positionIn(doc, e, ''));
      output.push({ doc });
    }
  }
  return { output, outcomes, errors };
}

function injectDocument(doc: ManifestDocument, injector: PodInjector, outcomes: ResourceOutcome[]): OutputDocument {
  const workloads = locateWorkloads(doc.value);
  const byPointer = new Map(workloads.map((w) => [w.pointer, w]));
  let value = doc.value;
  let changed = false;
  for (const obj of objectsOf(doc.value)) {
    const meta = (obj.object.metadata ?? {}) as Record<string, unknown>;
    const base = { doc, pointer: obj.pointer, kind: obj.kind, name: str(meta.name), namespace: str(meta.namespace) };
    const w = byPointer.get(obj.pointer);
    if (!w) {
      if (obj.kind) outcomes.push({ ...base, outcome: 'unchanged', warnings: [] });
      continue;
    }
    const podTemplate = getAt(value, w.podTemplatePointer) as { metadata?: object; spec: object };
    let result;
    try {
      result = injector.inject({ kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate });
    } catch (e) {
      if (e instanceof KubeInjectError && e.position.file === undefined) throw positionIn(doc, e, w.podTemplatePointer, w.label);
      throw e;
    }
    if (result.outcome === 'skipped') {
      outcomes.push({ ...base, outcome: 'skipped', reason: result.reason, warnings: [] });
      continue;
    }
    value = setAt(value, w.podTemplatePointer, result.podTemplate);
    value = setAt(value, w.pointer, injector.finishWorkload(w.kind, getAt(value, w.pointer) as Record<string, unknown>));
    changed = true;
    outcomes.push({ ...base, outcome: 'injected', warnings: result.warnings });
  }
  return changed ? { doc, value } : { doc };
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/** Gives an error raised inside a document its file, line and column. */
export function positionIn(doc: ManifestDocument, e: KubeInjectError, base: string, resource?: string): KubeInjectError {
  const pointer = base + (e.position.pointer ?? '');
  const at = e.position.line === undefined ? fieldPosition(doc, pointer, e.position.at) : {};
  e.position = { ...e.position, file: doc.source.name, document: doc.index, pointer, resource: e.position.resource ?? resource, ...at };
  return e;
}
