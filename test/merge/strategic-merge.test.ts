import { describe, it, expect } from 'vitest';
import { strategicMerge, podMergeSchema } from '../../src/merge/index.js';

const spec = (v: unknown): Record<string, unknown> => (v as { spec: Record<string, unknown> }).spec;

describe('strategicMerge: maps', () => {
  it('merges maps recursively, patch scalars win', () => {
    const out = strategicMerge(
      { metadata: { labels: { app: 'a', tier: 'x' } } },
      { metadata: { labels: { tier: 'y', team: 't' } } },
    );
    expect(out).toEqual({ metadata: { labels: { app: 'a', tier: 'y', team: 't' } } });
  });

  it("keeps the original's key order and appends new keys in patch order", () => {
    const out = strategicMerge({ b: 1, a: 2, c: 3 }, { z: 0, a: 9, y: 0 }) as object;
    expect(Object.keys(out)).toEqual(['b', 'a', 'c', 'z', 'y']);
  });

  it('null in the patch deletes the key; an unmatched null is ignored', () => {
    expect(strategicMerge({ a: 1, b: { c: 1, d: 2 } }, { a: null, b: { d: null }, e: null })).toEqual({ b: { c: 1 } });
  });

  it('drops nulls inside a value that has nothing to merge with', () => {
    expect(strategicMerge({}, { a: { b: null, c: 1 } })).toEqual({ a: { c: 1 } });
  });

  it('$patch: replace replaces the whole map', () => {
    const out = strategicMerge(
      { spec: { securityContext: { runAsUser: 1, fsGroup: 2 } } },
      { spec: { securityContext: { $patch: 'replace', runAsGroup: 3 } } },
    );
    expect(out).toEqual({ spec: { securityContext: { runAsGroup: 3 } } });
  });

  it('$patch: delete empties a map (k8s leaves {}), and drops a map the original lacks', () => {
    expect(strategicMerge({ a: { b: 1 }, c: 1 }, { a: { $patch: 'delete' }, d: { $patch: 'delete' } })).toEqual({
      a: {},
      c: 1,
    });
  });

  it('$retainKeys clears fields that are not listed', () => {
    const out = strategicMerge(
      { spec: { volumes: [{ name: 'v', hostPath: { path: '/x' } }] } },
      { spec: { volumes: [{ name: 'v', $retainKeys: ['name', 'emptyDir'], emptyDir: {} }] } },
    );
    expect(out).toEqual({ spec: { volumes: [{ name: 'v', emptyDir: {} }] } });
  });
});

describe('strategicMerge: lists by merge key', () => {
  const cases: { list: string; key: string; make: (id: unknown) => Record<string, unknown>; wrap: (l: unknown[]) => unknown; get: (o: unknown) => unknown }[] = [
    ...['containers', 'initContainers', 'ephemeralContainers', 'volumes', 'imagePullSecrets', 'schedulingGates', 'resourceClaims'].map((list) => ({
      list: `spec.${list}`,
      key: 'name',
      make: (id: unknown) => ({ name: id }),
      wrap: (l: unknown[]) => ({ spec: { [list]: l } }),
      get: (o: unknown) => spec(o)[list],
    })),
    { list: 'spec.hostAliases', key: 'ip', make: (id) => ({ ip: id }), wrap: (l) => ({ spec: { hostAliases: l } }), get: (o) => spec(o)['hostAliases'] },
    {
      list: 'spec.topologySpreadConstraints',
      key: 'topologyKey',
      make: (id) => ({ topologyKey: id }),
      wrap: (l) => ({ spec: { topologySpreadConstraints: l } }),
      get: (o) => spec(o)['topologySpreadConstraints'],
    },
    { list: 'metadata.ownerReferences', key: 'uid', make: (id) => ({ uid: id }), wrap: (l) => ({ metadata: { ownerReferences: l } }), get: (o) => (o as { metadata: Record<string, unknown> }).metadata['ownerReferences'] },
    ...[
      ['ports', 'containerPort', 80, 81],
      ['env', 'name', 'A', 'B'],
      ['volumeMounts', 'mountPath', '/a', '/b'],
      ['volumeDevices', 'devicePath', '/dev/a', '/dev/b'],
    ].map(([field, key]) => ({
      list: `spec.containers[].${String(field)}`,
      key: String(key),
      make: (id: unknown) => ({ [String(key)]: id }),
      wrap: (l: unknown[]) => ({ spec: { containers: [{ name: 'app', [String(field)]: l }] } }),
      get: (o: unknown) => (spec(o)['containers'] as Record<string, unknown>[])[0]?.[String(field)],
    })),
  ];

  it.each(cases)('$list merges by $key', ({ key, make, wrap, get }) => {
    const orig = wrap([{ ...make('one'), keep: 1, over: 1 }, make('two')]);
    const patch = wrap([{ ...make('one'), over: 2, add: 3 }]);
    expect(get(strategicMerge(orig, patch))).toEqual([{ [key]: 'one', keep: 1, over: 2, add: 3 }, make('two')]);
  });

  it.each(cases)('$list: $patch delete removes the element', ({ key, make, wrap, get }) => {
    const out = strategicMerge(wrap([make('one'), make('two')]), wrap([{ $patch: 'delete', [key]: 'one' }]));
    expect(get(out)).toEqual([make('two')]);
  });

  it('merges env inside a merged container, leaving other fields', () => {
    const orig = { spec: { containers: [{ name: 'app', image: 'i', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] }] } };
    const patch = { spec: { containers: [{ name: 'app', env: [{ name: 'B', value: 'x' }, { name: 'C', value: '3' }] }] } };
    expect(strategicMerge(orig, patch)).toEqual({
      spec: { containers: [{ name: 'app', image: 'i', env: [{ name: 'A', value: '1' }, { name: 'B', value: 'x' }, { name: 'C', value: '3' }] }] },
    });
  });

  it('$patch: replace as a list element replaces the whole list', () => {
    const out = strategicMerge(
      { spec: { containers: [{ name: 'a' }, { name: 'b' }] } },
      { spec: { containers: [{ $patch: 'replace' }, { name: 'c', image: 'x' }] } },
    );
    expect(out).toEqual({ spec: { containers: [{ name: 'c', image: 'x' }] } });
  });

  it('a new list (absent from the original) is taken from the patch without directives', () => {
    const out = strategicMerge({ spec: {} }, { spec: { volumes: [{ name: 'a' }, { name: 'b', $patch: 'delete' }] } });
    expect(out).toEqual({ spec: { volumes: [{ name: 'a' }] } });
  });
});

describe('strategicMerge: other lists', () => {
  it('replaces lists without a merge key (tolerations, args, readinessGates)', () => {
    const orig = { spec: { tolerations: [{ key: 'a' }], readinessGates: [{ conditionType: 'x' }], containers: [{ name: 'c', args: ['1', '2'] }] } };
    const patch = { spec: { tolerations: [{ key: 'b' }], readinessGates: [], containers: [{ name: 'c', args: ['3'] }] } };
    expect(strategicMerge(orig, patch)).toEqual({ spec: { tolerations: [{ key: 'b' }], readinessGates: [], containers: [{ name: 'c', args: ['3'] }] } });
  });

  it('merges finalizers as a set and honours $deleteFromPrimitiveList', () => {
    expect(strategicMerge({ metadata: { finalizers: ['a', 'b'] } }, { metadata: { finalizers: ['b', 'c'] } })).toEqual({
      metadata: { finalizers: ['a', 'b', 'c'] },
    });
    expect(strategicMerge({ metadata: { finalizers: ['a', 'b'] } }, { metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } })).toEqual({
      metadata: { finalizers: ['b'] },
    });
  });

  it('uses an explicit schema: with an empty one every list is replaced', () => {
    expect(strategicMerge({ spec: { containers: [{ name: 'a' }] } }, { spec: { containers: [{ name: 'b' }] } }, {})).toEqual({
      spec: { containers: [{ name: 'b' }] },
    });
    expect(podMergeSchema['spec.containers']?.mergeKey).toBe('name');
    expect(podMergeSchema['spec.tolerations']).toBeUndefined();
  });
});
