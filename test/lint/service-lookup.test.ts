/**
 * The Service lookup of the lint index: the same answers as testing every Service of the
 * namespace, with selector tests counted rather than timed (a lookup that scans again shows as
 * a count that grows with the square of the input).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildIndex } from '../../src/lint/mesh-index.js';
import { compileSelector, selects } from '../../src/lint/selector.js';
import { ServiceLookup, type LookupCounters } from '../../src/lint/service-lookup.js';
import { splitStream } from '../../src/read/split.js';

/** N applications in one namespace (none named): a Service and a Deployment each, plus a shared label. */
function stream(apps: number): string {
  const docs: string[] = [];
  for (let i = 0; i < apps; i++) {
    docs.push(`apiVersion: v1
kind: Service
metadata: {name: app-${i}}
spec:
  selector: {app: app-${i}, tier: web}
  ports: [{name: http, port: 80}]
`);
    docs.push(`apiVersion: apps/v1
kind: Deployment
metadata: {name: app-${i}}
spec:
  selector: {matchLabels: {app: app-${i}}}
  template:
    metadata: {labels: {app: app-${i}, tier: web, version: v1}}
    spec: {containers: [{name: c, image: x}]}
`);
  }
  return docs.join('---\n');
}

describe('the lint index finds the Services of a pod by label, not by scanning', () => {
  test('one Service per pod among many in one namespace: one selector test per pod', () => {
    for (const apps of [10, 200]) {
      const counters: LookupCounters = { selectorChecks: 0 };
      const index = buildIndex(splitStream({ name: "apps.yaml", text: stream(apps) }), [], counters);
      expect(index.workloads.map((w) => w.services.map((s) => s.name))).toEqual(Array.from({ length: apps }, (_, i) => [`app-${i}`]));
      // Filed under `app` (rarer than the shared `tier: web`): only the pod's own Service is tested.
      expect(counters.selectorChecks).toBe(apps);
    }
  });

  test('Services without an In requirement are tested for every pod of their namespace, and only there', () => {
    const sel = (raw: unknown) => compileSelector(raw);
    const services = [
      { name: 'exists', namespace: 'a', selector: sel({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }) },
      { name: 'app-x', namespace: 'a', selector: sel({ app: 'x' }) },
      { name: 'other-ns', namespace: 'b', selector: sel({ matchExpressions: [{ key: 'app', operator: 'Exists' }] }) },
      { name: 'none', namespace: 'a', selector: sel({}) },
    ];
    const counters = { selectorChecks: 0 };
    const lookup = new ServiceLookup(services, counters);
    expect(lookup.selecting('a', { app: 'x' }).map((s) => s.name)).toEqual(['exists', 'app-x']);
    expect(counters.selectorChecks).toBe(2);
    expect(lookup.selecting('a', { app: 'y' }).map((s) => s.name)).toEqual(['exists']);
    expect(lookup.selecting('c', { app: 'x' })).toEqual([]);
  });

  test('the answers are those of testing every Service, in input order', () => {
    const key = fc.constantFrom('app', 'tier', 'version', 'x/y');
    const value = fc.constantFrom('a', 'b', 'c', '');
    const labels = fc.dictionary(key, value, { maxKeys: 4 });
    const requirement = fc.record({
      key,
      operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist', 'Bogus'),
      values: fc.array(value, { maxLength: 3 }),
    });
    const selector = fc.oneof(labels, fc.record({ matchLabels: labels, matchExpressions: fc.array(requirement, { maxLength: 3 }) }, { requiredKeys: [] }));
    const service = fc.record({ namespace: fc.constantFrom('a', 'b'), selector: selector.map((s) => compileSelector(s)) });
    fc.assert(
      fc.property(fc.array(service, { maxLength: 12 }), fc.array(fc.record({ namespace: fc.constantFrom('a', 'b', 'c'), labels }), { maxLength: 6 }), (services, pods) => {
        const lookup = new ServiceLookup(services);
        for (const pod of pods) {
          const scan = services.filter((s) => s.namespace === pod.namespace && selects(s.selector, pod.labels));
          expect(lookup.selecting(pod.namespace, pod.labels)).toEqual(scan);
          // The very objects, in the same order.
          lookup.selecting(pod.namespace, pod.labels).forEach((s, i) => expect(s).toBe(scan[i]));
        }
      }),
      { numRuns: 300 },
    );
  });
});
