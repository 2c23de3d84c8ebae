/**
 * The loose JSON shapes the engine works on: a pod (template) as parsed from YAML, and small
 * helpers over its containers. Nothing here mutates its arguments.
 */
import { isMap, type JsonMap } from './values.js';

export interface Container extends JsonMap {
  name?: string;
}

export interface PodMeta extends JsonMap {
  name?: string;
  namespace?: string;
  generateName?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface PodSpec extends JsonMap {
  containers?: Container[];
  initContainers?: Container[];
  volumes?: JsonMap[];
  imagePullSecrets?: JsonMap[];
  hostNetwork?: boolean;
}

/** A pod or pod template: `metadata` and `spec` only. */
export interface Pod {
  metadata: PodMeta;
  spec: PodSpec;
}

export function containersOf(v: unknown): Container[] {
  return Array.isArray(v) ? (v.filter(isMap) as Container[]) : [];
}

export function findContainer(name: string, list: readonly Container[] | undefined): Container | undefined {
  return list?.find((c) => c.name === name);
}

/** First container with this name among the containers, then the init containers. */
export function findContainerInPod(name: string, spec: PodSpec): Container | undefined {
  return findContainer(name, spec.containers) ?? findContainer(name, spec.initContainers);
}

type ContainerMove = 'first' | 'last' | 'remove';

/** Move (or remove) every container with `name`; the last match is the one kept. */
export function moveContainer(list: readonly Container[], name: string, where: ContainerMove): Container[] {
  const rest: Container[] = [];
  let match: Container | undefined;
  for (const c of list) {
    if (c.name === name) match = c;
    else rest.push(c);
  }
  if (match === undefined || where === 'remove') return rest;
  return where === 'first' ? [match, ...rest] : [...rest, match];
}

/** Take the first container called `name` out of `from` and append it to `to`. */
export function transferContainer(
  from: readonly Container[],
  to: readonly Container[],
  name: string,
): [Container[], Container[]] {
  const i = from.findIndex((c) => c.name === name);
  if (i < 0) return [from.slice(), to.slice()];
  return [[...from.slice(0, i), ...from.slice(i + 1)], [...to, from[i]!]];
}

export function names(list: unknown): string[] {
  return containersOf(list).map((c) => (typeof c.name === 'string' ? c.name : ''));
}
