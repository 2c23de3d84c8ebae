/**
 * The engine over a stream of documents: every workload's pod template (located by
 * `locate/`) goes through the injector and is put back; every other object is reported
 * unchanged. Pure: documents in, documents and outcomes out.
 */
import { positionIn, type ManifestDocument, type OutputDocument } from '../model/document.js';
import { KubeInjectError } from '../model/errors.js';
import { getAt, setAt } from '../model/pointer.js';
import { str } from '../model/values.js';
import { locateWorkloads, objectsOf } from '../locate/workloads.js';
import type { Injector, NamespaceInfo } from './types.js';

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

/** What the walk passes to each injection besides the workload. */
export interface InjectionContext {
  /** Namespace objects by name (those of the input, and of `--namespace-file`). */
  readonly namespaces?: ReadonlyMap<string, NamespaceInfo>;
}

/** The Namespace objects among `docs` (List items included), by name; a later one wins. */
export function namespacesIn(docs: readonly ManifestDocument[]): Map<string, NamespaceInfo> {
  const out = new Map<string, NamespaceInfo>();
  for (const doc of docs) {
    let objects;
    try {
      objects = objectsOf(doc.value);
    } catch {
      continue; // a malformed document: the injection walk reports it, at its place
    }
    for (const obj of objects) {
      if (obj.kind !== 'Namespace') continue;
      const meta = (obj.object.metadata ?? {}) as Record<string, unknown>;
      if (typeof meta.name !== 'string') continue;
      const ann = meta.annotations !== null && typeof meta.annotations === 'object' ? (meta.annotations as Record<string, unknown>) : {};
      const annotations: Record<string, string> = {};
      for (const [k, v] of Object.entries(ann)) if (typeof v === 'string') annotations[k] = v;
      out.set(meta.name, { annotations });
    }
  }
  return out;
}

/** An injection error about one workload, placed in its document (the walk reports it and goes on). */
class WorkloadError extends Error {
  constructor(readonly error: KubeInjectError) {
    super(error.message);
  }
}

/**
 * Whether injecting `doc` can do more than report its objects unchanged: it holds a workload, or
 * looking for one fails (which the walk reports). A document that does not is walked without the
 * injector (`injectDocument` calls it only for a workload).
 */
export function holdsWorkloads(doc: ManifestDocument): boolean {
  try {
    return locateWorkloads(doc.value).length > 0;
  } catch {
    return true;
  }
}

/** locate → inject, over every document, in order. */
export function injectDocuments(docs: readonly ManifestDocument[], injector: PodInjector, context: InjectionContext = {}): DocumentsInjected {
  const output: OutputDocument[] = [];
  const outcomes: ResourceOutcome[] = [];
  const errors: KubeInjectError[] = [];
  for (const doc of docs) {
    try {
      output.push(injectDocument(doc, injector, outcomes, context));
    } catch (e) {
      // An error about a workload is reported and the walk goes on, so one run lists them all.
      // An error that names its own file (a template or configuration file) is not about this
      // document: it would recur for every workload, so the run stops with it, once.
      if (e instanceof WorkloadError) errors.push(e.error);
      else if (!(e instanceof KubeInjectError) || e.position.file !== undefined) throw e;
      else errors.push(positionIn(doc, e, ''));
      output.push({ doc });
    }
  }
  return { output, outcomes, errors };
}

function injectDocument(doc: ManifestDocument, injector: PodInjector, outcomes: ResourceOutcome[], context: InjectionContext): OutputDocument {
  const namespaces = context.namespaces;
  const namespaceObject = namespaces ? (name: string) => namespaces.get(name) : undefined;
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
      result = injector.inject({ kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate, ...(namespaceObject ? { namespaceObject } : {}) });
    } catch (e) {
      if (e instanceof KubeInjectError && e.position.file === undefined) throw new WorkloadError(positionIn(doc, e, w.podTemplatePointer, w.label));
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

