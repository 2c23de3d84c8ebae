/**
 * `.DeploymentMeta` and `.TypeMeta` of the templates: the workload the pod belongs to. For a
 * workload object they are its own name, namespace, kind and apiVersion; for a bare Pod they are
 * guessed from its controller owner reference (Istio's `GetDeployMetaFromPod`): a ReplicaSet
 * with the pod-template-hash suffix is a Deployment, a Job with a timestamp suffix a CronJob …
 */
import { isMap, str, stringMap } from '../model/values.js';
import type { PodMeta } from '../model/pod.js';

interface DeployMeta {
  name: string;
  namespace: string;
  kind: string;
  apiVersion: string;
}

const CRONJOB_NAME = /^(.+)-\d{8,10}$/;

export function deployMetaFromPod(meta: PodMeta): DeployMeta {
  const out: DeployMeta = { name: str(meta.name), namespace: str(meta.namespace), kind: 'Pod', apiVersion: 'v1' };
  if (str(meta.generateName) !== '') {
    const refs = Array.isArray(meta.ownerReferences) ? meta.ownerReferences.filter(isMap) : [];
    const ref = refs.find((r) => r.controller === true);
    if (ref) {
      const labels = stringMap(meta.labels);
      const refName = str(ref.name);
      out.apiVersion = str(ref.apiVersion);
      out.kind = str(ref.kind);
      out.name = refName;
      const hash = labels['pod-template-hash'] ?? '';
      const rolloutHash = labels['rollouts-pod-template-hash'] ?? '';
      if (out.kind === 'ReplicaSet' && hash !== '' && refName.endsWith(hash)) {
        out.name = trimSuffix(refName, '-' + hash);
        out.kind = 'Deployment';
      } else if (out.kind === 'ReplicaSet' && rolloutHash !== '' && refName.endsWith(rolloutHash)) {
        out.name = trimSuffix(refName, '-' + rolloutHash);
        out.kind = 'Rollout';
        out.apiVersion = 'v1alpha1';
      } else if (out.kind === 'ReplicationController' && (labels.deploymentconfig ?? '') !== '') {
        out.name = labels.deploymentconfig!;
        out.kind = 'DeploymentConfig';
      } else if (out.kind === 'Job') {
        const m = CRONJOB_NAME.exec(refName);
        if (m) {
          out.name = m[1]!;
          out.kind = 'CronJob';
          out.apiVersion = 'batch/v1';
        }
      }
    }
  }
  if (out.name === '') out.name = str(meta.name);
  return out;
}

function trimSuffix(s: string, suffix: string): string {
  return s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

