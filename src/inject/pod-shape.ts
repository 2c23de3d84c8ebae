/**
 * The shape a pod template must have before anything is rendered from it: a value never gets to
 * change the shape of what the templates produce, and a wrong shape is reported at its field
 * (as the API server would reject it) instead of failing deep inside a template.
 */
import { KubeInjectError } from '../model/errors.js';
import { joinPointer } from '../model/pointer.js';
import { isMap } from '../model/values.js';

function fail(pointer: string, message: string, at: 'key' | 'value' = 'key'): never {
  throw new KubeInjectError('workload', message, { pointer, at });
}

function checkStringMap(v: unknown, pointer: string, what: string): void {
  if (v === undefined || v === null) return;
  if (!isMap(v)) fail(pointer, `${what} must be a mapping`);
  for (const [k, value] of Object.entries(v)) {
    if (typeof value !== 'string') {
      const shown = JSON.stringify(value) ?? String(value);
      fail(joinPointer(pointer, k), `${what} values must be strings: ${k} is ${shown === 'null' ? 'null' : `${typeof value} ${shown}`}; quote it (${k}: "${value ?? ''}")`, 'value');
    }
  }
}

function checkNamedList(v: unknown, pointer: string, what: string, required: boolean): void {
  if (v === undefined || v === null) {
    if (required) fail(pointer, `the pod has no ${what}`);
    return;
  }
  if (!Array.isArray(v)) fail(pointer, `${what} must be a list`);
  v.forEach((item, i) => {
    const at = joinPointer(pointer, i);
    if (!isMap(item)) fail(at, `each entry of ${what} must be a mapping`);
    if (typeof item.name !== 'string' || item.name === '') fail(at, `each entry of ${what} needs a name`);
  });
}

/** Throws a `workload` error, pointer relative to the pod template, when the shape is wrong. */
export function checkPodShape(podTemplate: { metadata?: unknown; spec?: unknown }): void {
  const meta = podTemplate.metadata;
  if (meta !== undefined && meta !== null) {
    if (!isMap(meta)) fail('/metadata', 'metadata must be a mapping');
    checkStringMap(meta.labels, '/metadata/labels', 'labels');
    checkStringMap(meta.annotations, '/metadata/annotations', 'annotation');
  }
  const spec = podTemplate.spec;
  if (!isMap(spec)) fail('/spec', 'the pod spec must be a mapping');
  checkNamedList(spec.containers, '/spec/containers', 'containers', true);
  checkNamedList(spec.initContainers, '/spec/initContainers', 'initContainers', false);
  checkNamedList(spec.volumes, '/spec/volumes', 'volumes', false);
}
