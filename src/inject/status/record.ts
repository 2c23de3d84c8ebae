/**
 * The `sidecar.istio.io/status` annotation: what an injection added (container, init
 * container, volume and image pull secret names, and the revision).
 */
import { STATUS_ANNOTATION } from '../../istio/keys.js';
import { isMap } from '../../model/values.js';
import { containersOf, names } from '../../model/pod.js';
import type { PodSpec } from '../../model/pod.js';

export interface InjectionStatus {
  initContainers: string[] | null;
  containers: string[] | null;
  volumes: string[] | null;
  imagePullSecrets: string[] | null;
  revision: string;
}

function list(v: unknown): string[] | null {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null;
}

/** The recorded status, or undefined when absent or not JSON (Istio then treats the pod as fresh). */
export function parseStatus(annotations: Readonly<Record<string, string>> | undefined): InjectionStatus | undefined {
  const raw = annotations?.[STATUS_ANNOTATION];
  if (raw === undefined) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isMap(v)) return undefined;
  return {
    initContainers: list(v.initContainers),
    containers: list(v.containers),
    volumes: list(v.volumes),
    imagePullSecrets: list(v.imagePullSecrets),
    revision: typeof v.revision === 'string' ? v.revision : '',
  };
}

/** Istio's `getInjectionStatus`: names of everything in the rendered template pod. */
export function statusFor(templateSpec: Readonly<PodSpec>, revision: string): string {
  const orNull = (xs: string[]) => (xs.length === 0 ? null : xs);
  const namesOf = (v: unknown) => orNull(containersOf(v).map((x) => (typeof x.name === 'string' ? x.name : '')));
  const status: InjectionStatus = {
    initContainers: orNull(names(templateSpec.initContainers)),
    containers: orNull(names(templateSpec.containers)),
    volumes: namesOf(templateSpec.volumes),
    imagePullSecrets: namesOf(templateSpec.imagePullSecrets),
    revision: revision === '' ? 'default' : revision,
  };
  return JSON.stringify(status);
}
