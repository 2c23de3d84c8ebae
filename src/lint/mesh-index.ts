/**
 * What rules look up across the whole input, built once per run: every object (List items
 * expanded), every workload with its pod template, every Service with its compiled selector and
 * resolved ports, and which Services select which workload (namespaces respected; an object with
 * no namespace is in the default namespace).
 */
import { positionIn, type ManifestDocument } from '../model/document.js';
import { KubeInjectError } from '../model/errors.js';
import { getAt, joinPointer } from '../model/pointer.js';
import { isMap, str } from '../model/values.js';
import { locateWorkloads, objectsOf, type LocatedObject, type Workload } from '../locate/workloads.js';
import { resolvePortProtocol, type ResolvedProtocol } from './protocol.js';
import { compileSelector, labelMap, type Selector } from './selector.js';
import { ServiceLookup, type LookupCounters } from './service-lookup.js';

export const DEFAULT_NAMESPACE = 'default';

export interface IndexedObject {
  readonly doc: ManifestDocument;
  readonly located: LocatedObject;
  readonly kind: string;
  readonly name: string;
  /** The namespace the object lands in: as written, or `default`. */
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, unknown>>;
}

export interface ServicePort {
  /** Pointer of the port entry inside the document. */
  readonly pointer: string;
  readonly name: string | undefined;
  readonly port: number | undefined;
  /** As Istio compares them: the targetPort as written, or the port when there is none. */
  readonly targetPort: string;
  readonly appProtocol: string | undefined;
  /** The Kubernetes `protocol` field as written (`TCP` when unset). */
  readonly k8sProtocol: string;
  readonly protocol: ResolvedProtocol;
}

export interface IndexedService extends IndexedObject {
  readonly selector: Selector | null;
  readonly type: string;
  readonly ports: readonly ServicePort[];
}

export interface IndexedWorkload extends IndexedObject {
  readonly workload: Workload;
  /** Pointer of the pod template (or of the Pod) inside the document. */
  readonly templatePointer: string;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly podAnnotations: Readonly<Record<string, unknown>>;
  readonly podSpec: Readonly<Record<string, unknown>>;
  /** The Services of the input that select the pods, in input order. */
  readonly services: readonly IndexedService[];
}

export interface LintIndex {
  readonly objects: readonly IndexedObject[];
  readonly services: readonly IndexedService[];
  readonly workloads: readonly IndexedWorkload[];
  /** The Namespace objects of the input (and context), by name; the first of a name wins. */
  readonly namespaces: ReadonlyMap<string, IndexedObject>;
  /** Documents whose workloads could not be read (a pod template that is not a mapping …). */
  readonly errors: readonly KubeInjectError[];
}

function indexObject(doc: ManifestDocument, located: LocatedObject): IndexedObject {
  const meta = isMap(located.object.metadata) ? located.object.metadata : {};
  return {
    doc,
    located,
    kind: located.kind,
    name: str(meta.name),
    namespace: str(meta.namespace) || DEFAULT_NAMESPACE,
    labels: labelMap(meta.labels),
    annotations: isMap(meta.annotations) ? meta.annotations : {},
  };
}

function indexService(base: IndexedObject): IndexedService {
  const spec = isMap(base.located.object.spec) ? base.located.object.spec : {};
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  return {
    ...base,
    selector: compileSelector(spec.selector),
    type: str(spec.type),
    ports: ports.flatMap((p, i): ServicePort[] => {
      if (!isMap(p)) return [];
      const port = typeof p.port === 'number' ? p.port : undefined;
      const name = typeof p.name === 'string' && p.name !== '' ? p.name : undefined;
      const appProtocol = typeof p.appProtocol === 'string' && p.appProtocol !== '' ? p.appProtocol : undefined;
      const written = p.targetPort === undefined || p.targetPort === null || p.targetPort === 0 ? '' : String(p.targetPort);
      return [
        {
          pointer: joinPointer(base.located.pointer, 'spec', 'ports', i),
          name,
          port,
          targetPort: written || String(port ?? ''),
          appProtocol,
          k8sProtocol: str(p.protocol) || 'TCP',
          protocol: resolvePortProtocol({ name, port, appProtocol, protocol: str(p.protocol) || undefined }),
        },
      ];
    }),
  };
}

/**
 * The index of `docs`, with the `context` documents (`lint --context`) in it too: indexed first,
 * so that what a rule reports "after" another object is in the input whenever one of the two is;
 * a context document that cannot be read is left out without an error.
 * @param counters counts the selector tests (tests use it to see the Service lookup is indexed).
 */
export function buildIndex(docs: readonly ManifestDocument[], context: readonly ManifestDocument[] = [], counters?: LookupCounters): LintIndex {
  const objects: IndexedObject[] = [];
  const services: IndexedService[] = [];
  const pending: Array<{ base: IndexedObject; workload: Workload }> = [];
  const errors: KubeInjectError[] = [];
  const namespaces = new Map<string, IndexedObject>();
  const isContext = new Set(context);
  for (const doc of [...context, ...docs]) {
    let workloads: Workload[] = [];
    try {
      // Partly written workloads are indexed (the `incomplete-workload` rule reports them).
      workloads = locateWorkloads(doc.value, { partial: true });
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      if (!isContext.has(doc)) errors.push(positionIn(doc, e, ''));
    }
    const byPointer = new Map(workloads.map((w) => [w.pointer, w]));
    let objectsHere: LocatedObject[];
    try {
      objectsHere = objectsOf(doc.value);
    } catch {
      continue; // a List without a list of items: locateWorkloads reported it above
    }
    for (const located of objectsHere) {
      const base = indexObject(doc, located);
      objects.push(base);
      if (located.kind === 'Service') services.push(indexService(base));
      if (located.kind === 'Namespace' && base.name !== '' && !namespaces.has(base.name)) namespaces.set(base.name, base);
      const w = byPointer.get(located.pointer);
      if (w) pending.push({ base, workload: w });
    }
  }
  const lookup = new ServiceLookup(services, counters);
  const workloads = pending.map(({ base, workload }): IndexedWorkload => {
    const found = getAt(base.doc.value, workload.podTemplatePointer);
    const template = isMap(found) ? found : {};
    const meta = isMap(template.metadata) ? template.metadata : {};
    const podLabels = labelMap(meta.labels);
    return {
      ...base,
      workload,
      templatePointer: workload.podTemplatePointer,
      podLabels,
      podAnnotations: isMap(meta.annotations) ? meta.annotations : {},
      podSpec: isMap(template.spec) ? template.spec : {},
      services: lookup.selecting(base.namespace, podLabels),
    };
  });
  return { objects, services, workloads, namespaces, errors };
}
