/**
 * Uninjection over a stream of documents, as `injectDocuments` walks it: every workload's pod
 * template (located by `locate/`) is uninjected and put back; a document none of whose pods
 * carries `sidecar.istio.io/status` is passed on untouched (written byte for byte).
 */
import { describeObject, positionIn, type ManifestDocument, type OutputDocument } from '../../model/document.js';
import { KubeInjectError } from '../../model/errors.js';
import { getAt, setAt } from '../../model/pointer.js';
import { asMap, str, stringMap } from '../../model/values.js';
import { parseStatus } from '../status/record.js';
import { locateWorkloads, objectsOf } from '../../locate/workloads.js';
import { workloadAsFound } from '../workload-shape.js';
import { uninjectPod, type InjectFn, type UninjectChanges, type UninjectNote } from './pod.js';

export interface UninjectOutcome extends UninjectChanges {
  readonly doc: ManifestDocument;
  readonly pointer: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly outcome: 'uninjected' | 'unchanged';
}

export interface DocumentsUninjected {
  readonly output: OutputDocument[];
  readonly outcomes: UninjectOutcome[];
  readonly errors: KubeInjectError[];
}

/**
 * The engine for the revision a pod was injected for (`sidecar.istio.io/status` records it;
 * `''` for the default revision).
 */
export type InjectForRevision = (revision: string) => InjectFn;

/** The revisions the pods of `docs` were injected for (`''` for the default one). */
export function injectedRevisions(docs: readonly ManifestDocument[]): Set<string> {
  const out = new Set<string>();
  for (const doc of docs) {
    let workloads;
    try {
      workloads = locateWorkloads(doc.value);
    } catch {
      continue; // reported by the walk
    }
    for (const w of workloads) {
      const status = parseStatus(stringMap(asMap(asMap(getAt(doc.value, w.podTemplatePointer)).metadata).annotations));
      if (status) out.add(revisionOf(status.revision));
    }
  }
  return out;
}

const revisionOf = (recorded: string) => (recorded === 'default' ? '' : recorded);

/** locate → uninject, over every document, in order. */
export function uninjectDocuments(docs: readonly ManifestDocument[], inject: InjectForRevision): DocumentsUninjected {
  const output: OutputDocument[] = [];
  const outcomes: UninjectOutcome[] = [];
  const errors: KubeInjectError[] = [];
  for (const doc of docs) {
    try {
      output.push(uninjectDocument(doc, inject, outcomes));
    } catch (e) {
      if (!(e instanceof KubeInjectError) || e.position.file !== undefined) throw e;
      errors.push(positionIn(doc, e, ''));
      output.push({ doc });
    }
  }
  return { output, outcomes, errors };
}

function uninjectDocument(doc: ManifestDocument, inject: InjectForRevision, outcomes: UninjectOutcome[]): OutputDocument {
  const byPointer = new Map(locateWorkloads(doc.value).map((w) => [w.pointer, w]));
  let value = doc.value;
  let changed = false;
  for (const obj of objectsOf(doc.value)) {
    const meta = (obj.object.metadata ?? {}) as Record<string, unknown>;
    const base = { doc, pointer: obj.pointer, kind: obj.kind, name: str(meta.name), namespace: str(meta.namespace) };
    const none: UninjectChanges = { removedLabels: [], removedAnnotations: [], removedSpec: [], restoredLabels: [], restoredAnnotations: [], notes: [] };
    const w = byPointer.get(obj.pointer);
    if (!w) {
      if (obj.kind) outcomes.push({ ...base, outcome: 'unchanged', ...none });
      continue;
    }
    const podTemplate = getAt(value, w.podTemplatePointer) as { metadata?: object; spec: object };
    let result;
    try {
      const status = parseStatus(stringMap(asMap(asMap(podTemplate).metadata).annotations));
      result = uninjectPod(inject(revisionOf(status?.revision ?? '')), { kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate });
    } catch (e) {
      if (e instanceof KubeInjectError && e.position.file === undefined) throw positionIn(doc, e, w.podTemplatePointer, w.label);
      throw e;
    }
    if (result.outcome === 'unchanged') {
      outcomes.push({ ...base, outcome: 'unchanged', ...none });
      continue;
    }
    value = setAt(value, w.podTemplatePointer, result.podTemplate);
    const shaped = workloadAsFound(w.kind, getAt(value, w.pointer) as Record<string, unknown>);
    value = setAt(value, w.pointer, shaped.object);
    changed = true;
    const { removedLabels, removedAnnotations, removedSpec, restoredLabels, restoredAnnotations } = result;
    const notes = [...result.notes, ...zeroFieldNotes(shaped.omitted)];
    outcomes.push({ ...base, outcome: 'uninjected', removedLabels, removedAnnotations, removedSpec, restoredLabels, restoredAnnotations, notes });
  }
  return changed ? { doc, value } : { doc };
}

/** The report's name for an outcome's object: `Deployment "ns/web"`. */
export function outcomeName(o: Pick<UninjectOutcome, 'kind' | 'namespace' | 'name'>): string {
  return describeObject(o.kind, o.namespace, o.name);
}

function zeroFieldNotes(omitted: readonly string[]): UninjectNote[] {
  if (omitted.length === 0) return [];
  const fields = omitted.join(' and ');
  return [
    {
      code: 'zero-fields-dropped',
      subject: fields,
      message: `${fields}: injection drops them at their zero value (Go omits empty fields), so if the manifest set them to 0 or false they are not restored (the defaults are the same)`,
    },
  ];
}
