/**
 * What Istio's injector writes around the pod template. istioctl decodes each workload into its
 * Go struct and encodes it again, so fields without `omitempty` appear with their zero value
 * (a DaemonSet's status counters, a DeploymentConfig's `spec.test`) and `omitempty` fields at
 * their zero value disappear. kube-inject reproduces that for the objects it injects (and only
 * for those), so its output is what `istioctl kube-inject` writes; it changes nothing a cluster
 * reads: status is ignored on apply, and the fields carry their default values.
 */
import type { JsonMap } from '../model/values.js';

interface Shape {
  /** Status fields Go always writes (non-`omitempty` integers), as zero when absent. */
  readonly status?: readonly string[];
  /** Spec fields Go always writes (non-`omitempty`), with their zero value, when absent. */
  readonly specZero?: Readonly<Record<string, unknown>>;
  /** Spec fields Go drops when they hold their zero value (`omitempty`). */
  readonly specOmitEmpty?: readonly string[];
}

const SHAPES: Readonly<Record<string, Shape>> = {
  // k8s.io/api apps/v1 DaemonSetStatus
  DaemonSet: { status: ['currentNumberScheduled', 'numberMisscheduled', 'desiredNumberScheduled', 'numberReady'] },
  // apps/v1 ReplicaSetStatus, core/v1 ReplicationControllerStatus
  ReplicaSet: { status: ['replicas'] },
  ReplicationController: { status: ['replicas'] },
  // apps/v1 StatefulSetStatus
  StatefulSet: { status: ['replicas', 'availableReplicas'] },
  // github.com/openshift/api apps/v1 DeploymentConfigSpec / DeploymentConfigStatus
  DeploymentConfig: {
    status: ['latestVersion', 'observedGeneration', 'replicas', 'updatedReplicas', 'availableReplicas', 'unavailableReplicas'],
    specZero: { test: false },
    specOmitEmpty: ['minReadySeconds', 'paused'],
  },
};

const isZero = (v: unknown) => v === 0 || v === false || v === '' || v === null;

/** The workload object as Istio writes it after injection. Returns a new object; the input is kept. */
export function workloadAsWritten(kind: string, object: JsonMap): JsonMap {
  const shape = SHAPES[kind];
  if (!shape) return object;
  const out: JsonMap = { ...object };
  if (shape.specZero || shape.specOmitEmpty) {
    const spec: JsonMap = { ...((out.spec as JsonMap | undefined) ?? {}) };
    for (const key of shape.specOmitEmpty ?? []) if (key in spec && isZero(spec[key])) delete spec[key];
    for (const [key, zero] of Object.entries(shape.specZero ?? {})) if (!(key in spec)) spec[key] = zero;
    out.spec = spec;
  }
  if (shape.status) {
    const status: JsonMap = { ...((out.status as JsonMap | undefined) ?? {}) };
    for (const key of shape.status) if (!(key in status)) status[key] = 0;
    out.status = status;
  }
  return out;
}

/**
 * The inverse, for `uninject`: the zero-valued fields `workloadAsWritten` adds are removed (and
 * a status left empty). `omitted` names the `omitempty` spec fields injection would have dropped
 * had the manifest set them to their zero value: they cannot be told apart from absent ones.
 */
export function workloadAsFound(kind: string, object: JsonMap): { object: JsonMap; omitted: string[] } {
  const shape = SHAPES[kind];
  if (!shape) return { object, omitted: [] };
  const out: JsonMap = { ...object };
  const spec: JsonMap = { ...((out.spec as JsonMap | undefined) ?? {}) };
  for (const [key, zero] of Object.entries(shape.specZero ?? {})) if (spec[key] === zero) delete spec[key];
  if (out.spec !== undefined) out.spec = spec;
  if (shape.status && out.status !== null && typeof out.status === 'object') {
    const status: JsonMap = { ...(out.status as JsonMap) };
    for (const key of shape.status) if (status[key] === 0) delete status[key];
    if (Object.keys(status).length === 0) delete out.status;
    else out.status = status;
  }
  const omitted = (shape.specOmitEmpty ?? []).filter((key) => !(key in spec)).map((key) => `spec.${key}`);
  return { object: out, omitted };
}
