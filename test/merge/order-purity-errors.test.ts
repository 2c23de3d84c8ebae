import { describe, it, expect } from 'vitest';
import { MergeError, strategicMerge } from '../../src/merge/index.js';
import { KubeInjectError } from '../../src/model/errors.js';

const names = (list: unknown): unknown[] => (list as { name?: unknown }[]).map((x) => x.name);
const spec = (v: unknown): Record<string, unknown> => (v as { spec: Record<string, unknown> }).spec;

describe('strategicMerge: list order (k8s normalizeElementOrder)', () => {
  it('puts a new patch element before the original-only ones: [app] + [istio-proxy]', () => {
    const out = strategicMerge({ spec: { containers: [{ name: 'app' }] } }, { spec: { containers: [{ name: 'istio-proxy' }] } });
    expect(names(spec(out)['containers'])).toEqual(['istio-proxy', 'app']);
  });

  it("matches Istio's statefulset golden: template volumes first, the user's volume last", () => {
    // test/data/istio/inject/statefulset.yaml(.injected): the user's volume "data" ends up last.
    const tmpl = ['workload-socket', 'credential-socket', 'workload-certs', 'istio-envoy', 'istio-data', 'istio-podinfo', 'istio-token', 'istiod-ca-cert', 'istio-ca-crl'];
    const out = strategicMerge({ spec: { volumes: [{ name: 'data' }] } }, { spec: { volumes: tmpl.map((name) => ({ name })) } });
    expect(names(spec(out)['volumes'])).toEqual([...tmpl, 'data']);
  });

  it('keeps an original element that precedes a patched one in front of it', () => {
    const out = strategicMerge(
      { spec: { containers: [{ name: 'hello' }, { name: 'istio-proxy', image: 'auto' }] } },
      { spec: { containers: [{ name: 'istio-proxy', image: 'proxyv2' }] } },
    );
    expect(spec(out)['containers']).toEqual([{ name: 'hello' }, { name: 'istio-proxy', image: 'proxyv2' }]);
  });

  it('interleaves: [a,b,c] + [b,x] → [a,b,x,c]', () => {
    const l = (...n: string[]) => ({ spec: { volumes: n.map((name) => ({ name })) } });
    expect(names(spec(strategicMerge(l('a', 'b', 'c'), l('b', 'x')))['volumes'])).toEqual(['a', 'b', 'x', 'c']);
    expect(names(spec(strategicMerge(l('a', 'b', 'c'), l('c', 'a')))['volumes'])).toEqual(['b', 'c', 'a']);
  });

  it('$setElementOrder sets the order', () => {
    const out = strategicMerge(
      { spec: { volumes: [{ name: 'a' }, { name: 'b' }] } },
      { spec: { '$setElementOrder/volumes': [{ name: 'b' }, { name: 'a' }] } },
    );
    expect(names(spec(out)['volumes'])).toEqual(['b', 'a']);
  });
});

describe('strategicMerge: purity', () => {
  it('does not mutate inputs and shares no objects with them', () => {
    const orig = { spec: { containers: [{ name: 'app', env: [{ name: 'A' }] }], volumes: [{ name: 'v', emptyDir: {} }] } };
    const patch = { spec: { containers: [{ name: 'app', env: [{ name: 'B' }] }, { name: 'p', ports: [{ containerPort: 1 }] }] } };
    const [o0, p0] = [structuredClone(orig), structuredClone(patch)];
    const out = spec(strategicMerge(orig, patch));
    expect(orig).toEqual(o0);
    expect(patch).toEqual(p0);
    const vols = out['volumes'] as Record<string, unknown>[];
    expect(vols[0]).not.toBe(orig.spec.volumes[0]);
    expect(vols[0]?.['emptyDir']).not.toBe(orig.spec.volumes[0]?.emptyDir);
    const cs = out['containers'] as Record<string, unknown>[];
    expect(cs.find((c) => c['name'] === 'p')?.['ports']).not.toBe(patch.spec.containers[1]?.ports);
  });

  it('treats a "__proto__" key as data', () => {
    const out = strategicMerge(JSON.parse('{"a":{"__proto__":{"x":1}}}'), JSON.parse('{"a":{"__proto__":{"y":2}}}')) as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(out['a'])).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out['a'], '__proto__')?.value).toEqual({ x: 1, y: 2 });
  });
});

describe('strategicMerge: errors', () => {
  const pointerOf = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(KubeInjectError);
      expect((e as KubeInjectError).code).toBe('merge');
      return (e as KubeInjectError).position.pointer;
    }
    throw new Error('did not throw');
  };

  it.each([
    ['a list where a map is expected', { spec: { securityContext: { runAsUser: 1 } } }, { spec: { securityContext: [1] } }, '/spec/securityContext'],
    ['a map where a list is expected', { spec: { containers: [{ name: 'a' }] } }, { spec: { containers: { name: 'a' } } }, '/spec/containers'],
    ['an element without its merge key', { spec: { containers: [{ name: 'a' }] } }, { spec: { containers: [{ name: 'a' }, { image: 'x' }] } }, '/spec/containers/1'],
    ['a nested element without its merge key', { spec: { containers: [{ name: 'a', env: [] }] } }, { spec: { containers: [{ name: 'a', env: [{ value: '1' }] }] } }, '/spec/containers/0/env/0'],
    ['a scalar in a keyed list', { spec: { volumes: [{ name: 'a' }] } }, { spec: { volumes: ['a'] } }, '/spec/volumes/0'],
    ['an unknown $patch', { a: { b: 1 } }, { a: { $patch: 'nope' } }, '/a/$patch'],
    ['a delete without merge key', { spec: { volumes: [{ name: 'a' }] } }, { spec: { volumes: [{ $patch: 'delete' }] } }, '/spec/volumes/0'],
    ['a field missing from $retainKeys', { a: {} }, { a: { $retainKeys: ['b'], c: 1 } }, '/a/c'],
    ['$setElementOrder on a list that does not merge', { spec: { tolerations: [] } }, { spec: { '$setElementOrder/tolerations': [] } }, '/spec/$setElementOrder~1tolerations'],
    ['a patch that is not a map', {}, [1], ''],
  ])('throws on %s', (_what, orig, patch, pointer) => {
    expect(pointerOf(() => strategicMerge(orig, patch))).toBe(pointer);
  });

  it('points into the original for an original element without its merge key', () => {
    expect(pointerOf(() => strategicMerge({ spec: { volumes: [{ name: 'a' }, {}] } }, { spec: { volumes: [{ name: 'b' }] } }))).toBe('/spec/volumes/1');
  });

  it('says by its type which input a pointer is in: the patch, or the original', () => {
    const inputOf = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(MergeError);
        return (e as MergeError).input;
      }
      throw new Error('did not throw');
    };
    expect(inputOf(() => strategicMerge({ spec: { volumes: [{ name: 'a' }, {}] } }, { spec: { volumes: [{ name: 'b' }] } }))).toBe('original');
    expect(inputOf(() => strategicMerge({ metadata: { finalizers: [{}] } }, { metadata: { finalizers: ['x'] } }))).toBe('original');
    expect(inputOf(() => strategicMerge({ spec: { containers: [{ name: 'a' }] } }, { spec: { containers: [{ image: 'x' }] } }))).toBe('patch');
  });
});
