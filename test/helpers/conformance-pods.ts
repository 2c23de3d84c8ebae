/**
 * The Pods of the conformance suite as the API server would hand them to the webhook: every bare
 * Pod of an input as written, and every workload's pod template as its controller creates the
 * Pod (`generateName` and a controller owner reference: a Deployment's ReplicaSet with its
 * pod-template-hash, a CronJob's Job with its schedule suffix, a DeploymentConfig's
 * ReplicationController), so the owner the injector derives is exercised too. Written here, not
 * taken from src/locate, so the judge does not share the code it judges.
 */
import { readFileSync } from 'node:fs';
import { dump } from 'js-yaml';
import { join } from 'node:path';
import { contentDocuments, parseManifests } from './normalize.js';
import type { GoldenCase, InjectCase } from '../conformance/cases.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface ConformancePod {
  /** Readable: `<case id> #<n> <kind> <name>`. */
  readonly id: string;
  readonly pod: Obj;
  /** The namespace of the request: the workload's, else `default`. */
  readonly namespace: string;
}

const HASH = '5d8f7c9b4';

function controllerOf(kind: string, apiVersion: string, name: string): { ref: Obj; labels: Obj } {
  const ref = (k: string, v: string, n: string) => ({ apiVersion: v, kind: k, name: n, uid: '7f0c1d2e-0000-4000-8000-000000000001', controller: true, blockOwnerDeletion: true });
  switch (kind) {
    case 'Deployment':
      return { ref: ref('ReplicaSet', 'apps/v1', `${name}-${HASH}`), labels: { 'pod-template-hash': HASH } };
    case 'CronJob':
      return { ref: ref('Job', 'batch/v1', `${name}-28391040`), labels: {} };
    case 'DeploymentConfig':
      return { ref: ref('ReplicationController', 'v1', `${name}-1`), labels: { deploymentconfig: name } };
    default:
      return { ref: ref(kind, apiVersion, name), labels: {} };
  }
}

function templateOf(obj: Obj): Obj | undefined {
  const spec = isObj(obj.spec) ? obj.spec : undefined;
  if (!spec) return undefined;
  if (obj.kind === 'CronJob') {
    const job = isObj(spec.jobTemplate) && isObj(spec.jobTemplate.spec) ? spec.jobTemplate.spec : undefined;
    return job && isObj(job.template) ? job.template : undefined;
  }
  return isObj(spec.template) ? spec.template : undefined;
}

function podsOf(obj: Obj): Array<{ kind: string; name: string; pod: Obj }> {
  if (typeof obj.kind === 'string' && obj.kind.endsWith('List') && Array.isArray(obj.items)) return obj.items.filter(isObj).flatMap(podsOf);
  const meta = isObj(obj.metadata) ? obj.metadata : {};
  const name = String(meta.name ?? '');
  if (obj.kind === 'Pod') return [{ kind: 'Pod', name, pod: obj }];
  const template = templateOf(obj);
  if (!template || !isObj(template.spec)) return [];
  const tmeta = isObj(template.metadata) ? template.metadata : {};
  const owner = controllerOf(String(obj.kind), String(obj.apiVersion ?? ''), name);
  const metadata: Obj = { ...tmeta, generateName: `${owner.ref.name as string}-`, labels: { ...(isObj(tmeta.labels) ? tmeta.labels : {}), ...owner.labels }, ownerReferences: [owner.ref] };
  if (typeof meta.namespace === 'string') metadata.namespace = meta.namespace;
  return [{ kind: String(obj.kind), name, pod: { apiVersion: 'v1', kind: 'Pod', metadata, spec: template.spec } }];
}

export function conformancePods(injectDir: string, c: InjectCase): ConformancePod[] {
  const path = join(injectDir, c.input);
  const docs = contentDocuments(parseManifests(readFileSync(path, 'utf8'), path)).filter(isObj);
  return docs.flatMap(podsOf).map((p, i) => {
    const meta = p.pod.metadata as Obj;
    return { id: `${c.id} #${i} ${p.kind} ${p.name}`, pod: JSON.parse(JSON.stringify(p.pod)) as Obj, namespace: typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : 'default' };
  });
}

/** The pod as a manifest file for `kube-inject -f`, with the namespace the API server gives it. */
export function podManifest(p: ConformancePod): string {
  const metadata = { ...(p.pod.metadata as Obj), namespace: p.namespace };
  return dump({ ...p.pod, metadata }, { noRefs: true, lineWidth: -1 });
}

export type { GoldenCase };
