import { describe, expect, it } from 'vitest';
import { locateWorkloads, objectsOf } from '../../src/locate/workloads.js';
import { KubeInjectError } from '../../src/model/errors.js';

const pod = { metadata: { labels: { app: 'a' } }, spec: { containers: [{ name: 'a' }] } };

describe('locateWorkloads', () => {
  it.each([
    ['Pod', { kind: 'Pod', ...pod }, ''],
    ['Deployment', { kind: 'Deployment', spec: { template: pod } }, '/spec/template'],
    ['StatefulSet', { kind: 'StatefulSet', spec: { template: pod } }, '/spec/template'],
    ['DaemonSet', { kind: 'DaemonSet', spec: { template: pod } }, '/spec/template'],
    ['ReplicaSet', { kind: 'ReplicaSet', spec: { template: pod } }, '/spec/template'],
    ['ReplicationController', { kind: 'ReplicationController', spec: { template: pod } }, '/spec/template'],
    ['Job', { kind: 'Job', spec: { template: pod } }, '/spec/template'],
    ['CronJob', { kind: 'CronJob', spec: { jobTemplate: { spec: { template: pod } } } }, '/spec/jobTemplate/spec/template'],
  ])('finds the pod template of a %s, whatever its apiVersion', (kind, object, pointer) => {
    const [w] = locateWorkloads({ apiVersion: 'example.dev/v9', ...object });
    expect(w).toMatchObject({ kind, podTemplatePointer: pointer, apiVersion: 'example.dev/v9' });
  });

  it('passes over every other kind', () => {
    expect(locateWorkloads({ kind: 'Service', spec: { template: pod } })).toEqual([]);
    expect(locateWorkloads('just a string')).toEqual([]);
    expect(locateWorkloads(null)).toEqual([]);
  });

  it('takes each item of a List (and of a typed list) in turn', () => {
    const list = { kind: 'List', items: [{ kind: 'ConfigMap' }, { kind: 'Deployment', metadata: { name: 'd', namespace: 'n' }, spec: { template: pod } }] };
    expect(objectsOf(list).map((o) => [o.pointer, o.kind])).toEqual([
      ['/items/0', 'ConfigMap'],
      ['/items/1', 'Deployment'],
    ]);
    expect(locateWorkloads(list)).toMatchObject([{ pointer: '/items/1', podTemplatePointer: '/items/1/spec/template', label: 'Deployment "n/d"' }]);
    expect(locateWorkloads({ kind: 'DeploymentList', items: [{ kind: 'Deployment', spec: { template: pod } }] })).toHaveLength(1);
  });

  it.each([
    [{ kind: 'Deployment', metadata: { name: 'd' }, spec: {} }, '/spec/template', /pod template \(spec\.template\) is missing/],
    [{ kind: 'Deployment', metadata: { name: 'd' }, spec: { template: [] } }, '/spec/template', /is not a mapping/],
    [{ kind: 'CronJob', metadata: { name: 'c' }, spec: { jobTemplate: { spec: { template: { metadata: {} } } } } }, '/spec/jobTemplate/spec/template/spec', /pod spec .* is missing/],
  ])('names a workload whose pod template is missing or not a mapping', (object, pointer, message) => {
    let error: unknown;
    try {
      locateWorkloads(object);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KubeInjectError);
    expect((error as KubeInjectError).position.pointer).toBe(pointer);
    expect((error as KubeInjectError).message).toMatch(message);
  });
});
