import { describe, expect, test } from 'vitest';
import { lintDocuments } from '../../src/lint/runner.js';
import { splitStream } from '../../src/read/split.js';
import { yaml } from './helpers/rule-tester.js';

describe('runner', () => {
  test('objects inside a List are located by /items/N pointers', () => {
    const docs = splitStream({
      name: 'list.yaml',
      text: yaml`
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Service
          metadata: {name: a, namespace: shop}
          spec:
            selector: {app: a}
            ports:
            - port: 80
      `,
    });
    const [f] = lintDocuments(docs).findings;
    expect(f).toMatchObject({ ruleId: 'port-name', pointer: '/items/0/spec/ports/0', line: 10, column: 7, resourceLabel: 'Service "shop/a"' });
  });

  test('findings are ordered by file in input order, then line and column', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  selector: {app: s}\n  ports: [{port: 1}, {port: 2}]\n';
    const docs = [...splitStream({ name: 'z.yaml', text }), ...splitStream({ name: 'a.yaml', text })];
    expect(lintDocuments(docs).findings.map((f) => `${f.document.file}:${f.line}:${f.column}`)).toEqual([
      'z.yaml:6:11',
      'z.yaml:6:22',
      'a.yaml:6:11',
      'a.yaml:6:22',
    ]);
  });

  test('a workload without a pod spec is linted, not refused: an incomplete-workload finding at its template, and the rest', () => {
    const docs = splitStream({
      name: 'bad.yaml',
      text: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template: {}
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: s}
        spec:
          selector: {app: s}
          ports: [{port: 80}]
      `,
    });
    const r = lintDocuments(docs);
    expect(r.errors).toEqual([]);
    expect(r.findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId}: ${f.message}`)).toEqual([
      '5:3 warning app-version-labels: the pod template has no "app" (or "app.kubernetes.io/name") label',
      '5:3 warning app-version-labels: the pod template has no "version" (or "app.kubernetes.io/version") label',
      '5:3 error incomplete-workload: its pod spec (spec.template.spec) is missing',
      '5:3 warning service-association: no Service in the input selects the pods; Istio routes traffic to pods through their Services',
      '12:11 info port-name: port 80 (targetPort 80) has no name: Istio will treat it as plain TCP, after protocol detection; name it <protocol>[-<suffix>] (e.g. "http-web") or set appProtocol',
    ]);
  });
});

describe('context documents (lint --context)', () => {
  const deployment = yaml`
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: web}
    spec:
      template:
        metadata:
          labels: {app: web, version: v1}
        spec:
          containers:
          - name: web
            image: web
  `;
  const service = (name: string, port: string) => yaml`
    apiVersion: v1
    kind: Service
    metadata: {name: ${name}}
    spec:
      selector: {app: web}
      ports:
      - name: ${port}
        port: 80
  `;

  test('are indexed for cross-file checks, and never reported on', () => {
    const docs = splitStream({ name: 'deploy.yaml', text: deployment });
    expect(lintDocuments(docs).findings.map((f) => f.ruleId)).toEqual(['service-association']);
    const context = splitStream({ name: 'svc.yaml', text: service('web', 'web') }); // port-name would fire on it
    const r = lintDocuments(docs, undefined, { context });
    expect(r.findings).toEqual([]);
    expect(r.suppressed).toEqual([]);
  });

  test('a conflict between an input and a context object is reported on the input', () => {
    const docs = splitStream({ name: 'svc.yaml', text: service('web', 'http') });
    const context = [...splitStream({ name: 'deploy.yaml', text: deployment }), ...splitStream({ name: 'other.yaml', text: service('web-grpc', 'grpc') })];
    const r = lintDocuments(docs, undefined, { context });
    expect(r.findings.map((f) => `${f.document.file}:${f.line}:${f.column} ${f.ruleId} ${f.istioCode}`)).toEqual(['svc.yaml:7:5 service-association undefined']);
  });

  test('a context workload without a pod spec is no error; a document also given as input is an input', () => {
    const broken = splitStream({ name: 'ctx.yaml', text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nspec: {}\n' });
    const docs = splitStream({ name: 'deploy.yaml', text: deployment });
    const r = lintDocuments(docs, undefined, { context: [...broken, ...docs] });
    expect(r.errors).toEqual([]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['service-association']); // not twice, and no "same app label" with itself
  });
});
