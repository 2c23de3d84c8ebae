import { describe, expect, test } from 'vitest';
import { parseIgnore } from '../../src/lint/ignore.js';
import { lintDocuments } from '../../src/lint/runner.js';
import { splitStream } from '../../src/read/split.js';
import { yaml } from './helpers/rule-tester.js';

describe('kube-inject.io/ignore', () => {
  test('parses rules and a reason after the first =', () => {
    expect(parseIgnore('port-name')).toEqual({ entries: ['port-name'] });
    expect(parseIgnore(' port-name , IST0144 =legacy app = still the reason')).toEqual({
      entries: ['port-name', 'IST0144'],
      reason: 'legacy app = still the reason',
    });
    expect(parseIgnore('*=')).toEqual({ entries: ['*'] });
  });

  const manifest = (workloadAnnotation: string, podAnnotation: string) => yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: worker
      annotations: {${workloadAnnotation}}
    spec:
      template:
        metadata:
          labels: {app: worker}
          annotations: {${podAnnotation}}
        spec:
          securityContext: {runAsUser: 1337}
          containers: [{name: worker, image: worker}]
  `;
  const run = (text: string) => lintDocuments(splitStream({ name: 'm.yaml', text }));
  const ids = (fs: { ruleId: string }[]) => fs.map((f) => f.ruleId).sort();

  test('by rule id on the workload, with the reason kept', () => {
    const r = run(manifest('kube-inject.io/ignore: "service-association,app-version-labels=queue consumer"', ''));
    expect(ids(r.findings)).toEqual(['proxy-uid']);
    expect(ids(r.suppressed)).toEqual(['app-version-labels', 'service-association']);
    expect(r.suppressed.every((f) => f.suppressed?.reason === 'queue consumer')).toBe(true);
  });

  test('by Istio code, on the pod template', () => {
    const r = run(manifest('', 'kube-inject.io/ignore: IST0144'));
    expect(ids(r.suppressed)).toEqual(['proxy-uid']);
    expect(r.suppressed[0]!.suppressed).toEqual({});
  });

  test('* suppresses everything on the resource, nothing elsewhere', () => {
    const other = yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: other
      spec:
        containers: [{name: c, image: c}]
    `;
    const r = run(manifest('kube-inject.io/ignore: "*"', '') + '---\n' + other);
    expect(r.findings.every((f) => f.resource.name === 'other')).toBe(true);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.suppressed.length).toBe(3);
  });
});
