/**
 * The engine over a stream of documents: every workload's pod template (located by
 * `locate/`) goes through the injector and is put back; every other object is reported
 * unchanged. Pure: documents in, documents and outcomes out.
 */
import { positionIn, type ManifestDocument, type OutputDocument } from '../model/document.js';
import { KubeInjectError } from '../model/errors.js';
import { getAt, setAt } from '../model/pointer.js';
import { locateWorkloads, objectsOf } from '../locate/workloads.js';
import type { Injector } from './types.js';

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

export interface DocumentsInjected {
  readonly output: OutputDocument[];
  readonly outcomes: ResourceOutcome[];
  /** Every error of the run; when there is any, nothing may be written. */
  readonly errors: KubeInjectError[];
}

/** The injector as this walk uses it (`configWarnings` are the caller's to report). */
export type PodInjector = Pick<Injector, 'inject' | 'finishWorkload'>;

/** locate → inject, over every document, in order. */
export function injectDocuments(docs: readonly ManifestDocument[], injector: PodInjector): DocumentsInjected {
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
    const base = { doc, pointer: obj.pointer, kind: obj.kind, name: text(meta.name), namespace: text(meta.namespace) };
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

function text(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
