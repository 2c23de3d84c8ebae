/**
 * The metadata the annotation rules look at, with where it is: Namespaces, Services, the
 * workloads' own metadata and their pod templates (a Pod is its own pod template). Other kinds
 * are left alone, as Istio's annotation analyzer does.
 */
import { getAt, joinPointer } from '../model/pointer.js';
import type { AnnotationInfo, AnnotationScope } from '../istio/annotations/index.js';
import { isMap } from '../model/values.js';
import type { IndexedObject, LintIndex } from './mesh-index.js';
import { isAnalyzedByIstio } from './istio-scope.js';

export interface MetadataSite {
  readonly obj: IndexedObject;
  /** Where kube-inject's registry says an annotation may be: `pod`, `workload`, `service`, `namespace`. */
  readonly scope: AnnotationScope;
  /** Pointer of the metadata mapping inside the document. */
  readonly metadataPointer: string;
  readonly annotations: Readonly<Record<string, unknown>>;
  readonly labels: Readonly<Record<string, unknown>>;
}

function site(obj: IndexedObject, scope: AnnotationScope, metadataPointer: string, metadata: unknown): MetadataSite {
  const m = isMap(metadata) ? metadata : {};
  return {
    obj,
    scope,
    metadataPointer,
    annotations: isMap(m.annotations) ? m.annotations : {},
    labels: isMap(m.labels) ? m.labels : {},
  };
}

const cache = new WeakMap<LintIndex, MetadataSite[]>();

/** The sites of a run (computed once per index; the four annotation rules share them). */
export function metadataSites(index: LintIndex): readonly MetadataSite[] {
  let sites = cache.get(index);
  if (!sites) cache.set(index, (sites = collectSites(index)));
  return sites;
}

function collectSites(index: LintIndex): MetadataSite[] {
  const out: MetadataSite[] = [];
  const workloads = new Map(index.workloads.map((w) => [w.located, w]));
  for (const obj of index.objects) {
    const own = joinPointer(obj.located.pointer, 'metadata');
    const w = workloads.get(obj.located);
    if (w) {
      if (w.templatePointer === w.located.pointer) {
        out.push(site(obj, 'pod', own, obj.located.object.metadata));
      } else {
        out.push(site(obj, 'workload', own, obj.located.object.metadata));
        const meta = joinPointer(w.templatePointer, 'metadata');
        out.push(site(obj, 'pod', meta, getAt(obj.doc.value, meta)));
      }
    } else if (obj.kind === 'Service') {
      out.push(site(obj, 'service', own, obj.located.object.metadata));
    } else if (obj.kind === 'Namespace') {
      out.push(site(obj, 'namespace', own, obj.located.object.metadata));
    }
  }
  return out;
}

/** Pointer of one annotation (or label) of a site. */
export function keyPointer(s: MetadataSite, field: 'annotations' | 'labels', key: string): string {
  return joinPointer(s.metadataPointer, field, key);
}

/** How Istio names the kind of a site in its messages. */
export function siteKindName(s: MetadataSite): string {
  return s.scope === 'pod' && s.obj.kind !== 'Pod' ? `${s.obj.kind} pod template` : s.obj.kind;
}

/** True when the registry allows the key where it is. */
export function placedRight(entry: AnnotationInfo, scope: AnnotationScope): boolean {
  return entry.scopes.includes('any') || entry.scopes.includes(scope);
}

/** The kinds whose own metadata Istio's annotation analyzer reads. */
const ISTIO_ANNOTATION_KINDS: ReadonlySet<string> = new Set(['Namespace', 'Service', 'Pod', 'Deployment']);

/**
 * `undefined` (the rule's Istio code applies) where `istioctl analyze` reads the annotations too:
 * the own metadata of a Namespace, Service, Pod or Deployment outside the namespaces Istio drops.
 * `null` elsewhere (a pod template, a StatefulSet …): the finding is kube-inject's own, so it never
 * doubles one Istio makes on the same resource, nor claims a code Istio would not report.
 */
export function istioCodeAt(s: MetadataSite): null | undefined {
  const podTemplate = s.scope === 'pod' && s.obj.kind !== 'Pod';
  return !podTemplate && ISTIO_ANNOTATION_KINDS.has(s.obj.kind) && isAnalyzedByIstio(s.obj) ? undefined : null;
}
