import { describe, expect, it } from 'vitest';
import { checkPodShape } from '../../src/inject/pod-shape.js';
import { KubeInjectError } from '../../src/model/errors.js';

function problem(pod: { metadata?: unknown; spec?: unknown }): { pointer?: string; message: string } {
  try {
    checkPodShape(pod);
  } catch (e) {
    if (e instanceof KubeInjectError) return { pointer: e.position.pointer, message: e.message };
    throw e;
  }
  throw new Error('expected a problem');
}

describe('checkPodShape', () => {
  it('accepts a usual pod template', () => {
    expect(() =>
      checkPodShape({
        metadata: { labels: { app: 'a' }, annotations: { 'sidecar.istio.io/inject': 'true' } },
        spec: { containers: [{ name: 'a', image: 'i' }], volumes: [{ name: 'v', emptyDir: {} }] },
      }),
    ).not.toThrow();
  });

  it.each([
    [{ spec: { containers: 'x' } }, '/spec/containers', /containers must be a list/],
    [{ spec: {} }, '/spec/containers', /no containers/],
    [{ spec: { containers: [{ image: 'i' }] } }, '/spec/containers/0', /needs a name/],
    [{ spec: { containers: [{ name: 'a' }], initContainers: ['x'] } }, '/spec/initContainers/0', /must be a mapping/],
    [{ metadata: { annotations: { 'sidecar.istio.io/inject': false } }, spec: { containers: [{ name: 'a' }] } }, '/metadata/annotations/sidecar.istio.io~1inject', /must be strings.*quote it/],
    [{ metadata: { labels: { version: 2 } }, spec: { containers: [{ name: 'a' }] } }, '/metadata/labels/version', /number 2/],
  ])('rejects %j at its field', (pod, pointer, message) => {
    const p = problem(pod);
    expect(p.pointer).toBe(pointer);
    expect(p.message).toMatch(message);
  });
});
