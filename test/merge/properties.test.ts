import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { strategicMerge, podMergeSchema } from '../../src/merge/index.js';
import { isKubeInjectError } from '../../src/model/errors.js';

const key = fc.string({ maxLength: 6 }).filter((k) => !k.startsWith('$') && k !== '__proto__');
const scalar = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean());

/** JSON without null map values (a null in a patch means "delete"). */
const { json } = fc.letrec((tie) => ({
  json: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(fc.oneof(scalar, fc.constant(null), tie('json')), { maxLength: 3 }),
  map: fc.dictionary(key, tie('json'), { maxKeys: 4 }),
}));
const jsonMap = fc.dictionary(key, json, { maxKeys: 5 });

const uniqueBy = <T>(arb: fc.Arbitrary<T>, by: (t: T) => unknown) => fc.uniqueArray(arb, { selector: by, maxLength: 3 });
const container = fc.record({
  name: fc.string({ maxLength: 4 }),
  image: fc.string({ maxLength: 4 }),
  env: uniqueBy(fc.record({ name: fc.string({ maxLength: 3 }), value: fc.string({ maxLength: 3 }) }), (e) => e.name),
  ports: uniqueBy(fc.record({ containerPort: fc.integer({ min: 1, max: 9 }), name: fc.string({ maxLength: 3 }) }), (p) => p.containerPort),
  volumeMounts: uniqueBy(fc.record({ mountPath: fc.string({ maxLength: 3 }), name: fc.string({ maxLength: 3 }) }), (m) => m.mountPath),
  args: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
});
const pod = fc.record({
  metadata: fc.record({
    labels: fc.dictionary(key, fc.string({ maxLength: 3 }), { maxKeys: 3 }),
    finalizers: fc.uniqueArray(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  }),
  spec: fc.record(
    {
      containers: uniqueBy(container, (c) => c.name),
      initContainers: uniqueBy(container, (c) => c.name),
      volumes: uniqueBy(fc.record({ name: fc.string({ maxLength: 3 }), emptyDir: fc.constant({}) }), (v) => v.name),
      tolerations: fc.array(fc.record({ key: fc.string({ maxLength: 3 }) }), { maxLength: 2 }),
      hostNetwork: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
});

function objectsIn(v: unknown, into = new Set<object>()): Set<object> {
  if (v !== null && typeof v === 'object') {
    into.add(v);
    for (const x of Object.values(v)) objectsIn(x, into);
  }
  return into;
}
function sharesObjects(result: unknown, ...inputs: unknown[]): boolean {
  const seen = new Set<object>();
  for (const i of inputs) objectsIn(i, seen);
  return [...objectsIn(result)].some((o) => seen.has(o));
}

describe('strategicMerge properties', () => {
  it('x + {} = x and x + x = x, for any JSON map (no schema: lists replace)', () => {
    fc.assert(
      fc.property(jsonMap, (x) => {
        expect(strategicMerge(x, {}, {})).toEqual(x);
        expect(strategicMerge(x, x, {})).toEqual(x);
      }),
    );
  });

  it('pod + {} = pod and pod + pod = pod, with the pod schema', () => {
    fc.assert(
      fc.property(pod, (p) => {
        expect(strategicMerge(p, {})).toEqual(p);
        expect(strategicMerge(p, structuredClone(p))).toEqual(p);
      }),
    );
  });

  it('the result shares no object with its inputs', () => {
    fc.assert(
      fc.property(pod, pod, (a, b) => {
        // Two pods always have the same shape, so this merge cannot fail.
        const out = strategicMerge(a, b);
        expect(sharesObjects(out, a, b)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(jsonMap, jsonMap, (a, b) => {
        let out: unknown;
        try {
          out = strategicMerge(a, b, {});
        } catch (e) {
          if (isKubeInjectError(e)) return; // a patch of the wrong shape; covered below
          throw e;
        }
        expect(sharesObjects(out, a, b)).toBe(false);
      }),
    );
  });

  it('never mutates its inputs and fails only with a merge KubeInjectError', () => {
    fc.assert(
      fc.property(fc.oneof(pod, jsonMap), fc.oneof(pod, jsonMap), (a, b) => {
        const [a0, b0] = [structuredClone(a), structuredClone(b)];
        try {
          strategicMerge(a, b, podMergeSchema);
        } catch (e) {
          expect(isKubeInjectError(e) && e.code === 'merge').toBe(true);
        }
        expect(a).toEqual(a0);
        expect(b).toEqual(b0);
      }),
    );
  });
});
