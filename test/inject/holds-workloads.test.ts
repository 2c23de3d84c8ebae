/**
 * `holdsWorkloads`: which documents the walk would hand to the injector. A long stream's main
 * thread walks the others itself instead of sending them to a worker (src/parallel/pool.ts), so
 * for every document it says false of, the walk must report its objects unchanged and never
 * call the injector: checked here with an injector that fails if called.
 */
import { describe, expect, it } from 'vitest';
import { holdsWorkloads, injectDocuments, type PodInjector } from '../../src/inject/index.js';
import { splitStream } from '../../src/read/split.js';

const docs = splitStream({
  name: 'mixed.yaml',
  text: [
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
    '# only a comment\n',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: a\n        image: a\n',
    'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: p\n  spec:\n    containers:\n    - name: a\n      image: a\n',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: broken\nspec:\n  template: 3\n',
  ].join('---\n'),
});

const refuses: PodInjector = {
  inject: () => {
    throw new Error('the injector was called');
  },
  finishWorkload: (_kind, o) => o,
};

describe('holdsWorkloads', () => {
  it('is true for workloads, a List holding one, and a workload that cannot be read; false for the rest', () => {
    expect(docs.map(holdsWorkloads)).toEqual([false, false, false, true, true, true]);
  });

  it('of every document it is false for, the walk reports the objects unchanged without the injector', () => {
    const others = docs.filter((d) => !holdsWorkloads(d));
    const run = injectDocuments(others, refuses);
    expect(run.errors).toEqual([]);
    expect(run.output.every((o) => !('value' in o))).toBe(true);
    expect(run.outcomes.map((o) => [o.kind, o.outcome])).toEqual([
      ['Service', 'unchanged'],
      ['ConfigMap', 'unchanged'],
    ]);
    expect(() => injectDocuments([docs[3]!], refuses)).toThrow('the injector was called');
  });
});
