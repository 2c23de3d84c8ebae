import { KubeInjectError } from '../model/errors.js';
import { describeObject } from '../model/document.js';
import { getAt, joinPointer } from '../model/pointer.js';
import { isMap, str } from '../model/values.js';

/** Where each workload kind keeps its pod template (`''` is the object itself). */
export const POD_TEMPLATE_PATHS: Readonly<Record<string, string>> = {
  Pod: '',
  Deployment: '/spec/template',
  StatefulSet: '/spec/template',
  DaemonSet: '/spec/template',
  ReplicaSet: '/spec/template',
  ReplicationController: '/spec/template',
  Job: '/spec/template',
  CronJob: '/spec/jobTemplate/spec/template',
  // OpenShift's DeploymentConfig, which Istio's injector also handles.
  DeploymentConfig: '/spec/template',
};

/** One object of a document that carries a pod template. */
export interface Workload {
  /** Pointer of the object inside its document: `''`, or `/items/3` inside a List. */
  readonly pointer: string;
  readonly kind: string;
  readonly apiVersion: string;
  readonly name: string;
  /** As written; `''` when the manifest leaves it to the cluster. */
  readonly namespace: string;
  /** Pointer of the pod template (metadata + spec) inside the document. */
  readonly podTemplatePointer: string;
  /** The object itself. */
  readonly object: Record<string, unknown>;
  /** `Deployment "ns/name"`. */
  readonly label: string;
  /**
   * Only from `locateWorkloads(value, { partial: true })`: the pod template or its spec is
   * missing or not a mapping (the message and where, as the error would say).
   */
  readonly incomplete?: { readonly pointer: string; readonly message: string };
}

/** An object of a document (a workload or not), List items expanded. */
export interface LocatedObject {
  readonly pointer: string;
  readonly object: Record<string, unknown>;
  readonly kind: string;
}

/** Every object of a document: the document itself, or each item of a `List` in turn. */
export function objectsOf(value: unknown): LocatedObject[] {
  if (!isMap(value)) return [];
  const kind = str(value.kind);
  // `List`, and typed lists such as `DeploymentList` that `kubectl get -o yaml` writes.
  if (kind === 'List' || (kind.endsWith('List') && Array.isArray(value.items))) {
    // kubectl refuses a List whose items are not a list; so do we (it would pass through unseen).
    if (value.items !== undefined && value.items !== null && !Array.isArray(value.items)) {
      throw new KubeInjectError('workload', `${kind}: items must be a list of objects`, { pointer: '/items', at: 'value' });
    }
    const items = Array.isArray(value.items) ? value.items : [];
    return items.flatMap((item, i) => objectsOf(item).map((o) => ({ ...o, pointer: joinPointer('', 'items', i) + o.pointer })));
  }
  return [{ pointer: '', object: value, kind }];
}

/** The workloads of a document, each with the pointer of its pod template. */
export function locateWorkloads(value: unknown, o: { partial?: boolean } = {}): Workload[] {
  const out: Workload[] = [];
  for (const { pointer, object, kind } of objectsOf(value)) {
    // Own keys only: a kind named `constructor` or `toString` is no workload.
    if (!Object.hasOwn(POD_TEMPLATE_PATHS, kind)) continue;
    const path = POD_TEMPLATE_PATHS[kind]!;
    const meta = isMap(object.metadata) ? object.metadata : {};
    const label = describeObject(kind, str(meta.namespace), str(meta.name));
    const template = path === '' ? object : getAt(object, path);
    const specPath = `${path}/spec`;
    const problem = !isMap(template) ? [path, template] : !isMap(template.spec) ? [specPath, template.spec] : null;
    let incomplete: Workload['incomplete'];
    if (problem) {
      const [at, found] = problem as [string, unknown];
      const what = found === undefined || found === null ? 'is missing' : 'is not a mapping';
      const field = at.slice(1).replace(/\//g, '.');
      const message = `its pod ${at === path && path !== '' ? 'template' : 'spec'} (${field}) ${what}`;
      // A missing field is located at its nearest existing parent.
      if (!o.partial) throw new KubeInjectError('workload', `${label}: ${message}`, { pointer: pointer + at, resource: label });
      incomplete = { pointer: pointer + at, message };
    }
    out.push({
      pointer,
      kind,
      apiVersion: str(object.apiVersion),
      name: str(meta.name),
      namespace: str(meta.namespace),
      podTemplatePointer: pointer + path,
      object,
      label,
      ...(incomplete ? { incomplete } : {}),
    });
  }
  return out;
}
