import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNVALIDATED_KINDS, assertValidManifests, modelRegistry, validateManifests } from './k8s-schema.js';
import { locateConformanceData, missingDataMessage } from './shared.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  creationTimestamp: null
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      initContainers:
      - name: istio-proxy
        image: proxyv2
        restartPolicy: Always
      containers:
      - name: web
        image: nginx
        ports: [{containerPort: 80, name: http}]
        resources:
          limits: {cpu: "2", memory: 1Gi}
status: {}
`;

describe('modelRegistry', () => {
  it('knows the workload kinds kube-inject handles and the common others', () => {
    const keys = modelRegistry();
    for (const k of ['apps/v1 Deployment', 'apps/v1 DaemonSet', 'apps/v1 StatefulSet', 'apps/v1 ReplicaSet', 'batch/v1 Job', 'batch/v1 CronJob', 'v1 Pod', 'v1 ReplicationController', 'v1 Service', 'v1 ConfigMap', 'v1 ServiceAccount']) {
      expect(keys.has(k), k).toBe(true);
    }
  });
});

describe('validateManifests / assertValidManifests', () => {
  it('accepts a valid stream, with empty documents and Go zero values (null, {})', () => {
    const r = assertValidManifests(`${DEPLOYMENT}---\n# nothing\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n`);
    expect(r.validated).toBe(2);
    expect(r.empty).toBe(1);
    expect(r.unvalidated).toEqual([]);
  });

  it('rejects a wrong type', () => {
    expect(() => assertValidManifests(DEPLOYMENT.replace('containerPort: 80', 'containerPort: "80"'))).toThrow(/containerPort must be integer/);
  });

  it('rejects a missing required field', () => {
    const r = validateManifests(DEPLOYMENT.replace(/      containers:\n[\s\S]*?limits: \{cpu: "2", memory: 1Gi\}\n/, ''));
    expect(r.problems.join('\n')).toMatch(/containers/);
  });

  it('rejects a bad enum value and a bad quantity', () => {
    expect(validateManifests(DEPLOYMENT.replace('name: http}', 'name: http, protocol: XYZ}')).problems).toHaveLength(1);
    expect(validateManifests(DEPLOYMENT.replace('cpu: "2"', 'cpu: lots')).problems.join('\n')).toMatch(/quantity/);
  });

  it('rejects a kind it has no schema for unless the table lists it', () => {
    expect(validateManifests('apiVersion: apps/v1\nkind: Deploymnet\nmetadata: {name: x}\n').problems.join('\n')).toMatch(/no schema for apiVersion "apps\/v1" kind "Deploymnet"/);
    expect(validateManifests('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: x}\n').problems).toHaveLength(1);
    expect(UNVALIDATED_KINDS.some((u) => u.kind === 'DeploymentConfig')).toBe(true);
    const r = assertValidManifests('apiVersion: apps.openshift.io/v1\nkind: DeploymentConfig\nmetadata: {name: dc, namespace: ns}\nspec: {anything: goes}\n');
    expect(r.unvalidated).toEqual(['apps.openshift.io/v1 DeploymentConfig "ns/dc"']);
    expect(r.validated).toBe(0);
  });

  it('rejects documents that are not objects, or lack apiVersion/kind', () => {
    expect(validateManifests('just a string\n').problems).toHaveLength(1);
    expect(validateManifests('kind: Pod\nmetadata: {name: x}\n').problems).toHaveLength(1);
    expect(validateManifests('apiVersion: v1\nkind: Pod\nmetadata: [x]\n').problems).toHaveLength(1);
  });

  it('validates every item of a List', () => {
    const ok = `apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n- {apiVersion: v1, kind: Service, metadata: {name: s}, spec: {ports: [{port: 80}]}}\n`;
    expect(assertValidManifests(ok).validated).toBe(2);
    const bad = ok.replace('{port: 80}', '{port: eighty}');
    expect(() => assertValidManifests(bad)).toThrow(/items\[1\]/);
    expect(validateManifests('apiVersion: v1\nkind: List\nitems: {}\n').problems).toHaveLength(1);
  });

  it('reports invalid YAML as a problem, and lists every problem', () => {
    expect(validateManifests('a: [\n').problems[0]).toMatch(/not valid YAML/);
    const two = `${DEPLOYMENT.replace('containerPort: 80', 'containerPort: "80"')}---\n${DEPLOYMENT.replace('name: http}', 'name: http, protocol: XYZ}')}`;
    expect(() => assertValidManifests(two, 'two.yaml')).toThrow(/2 invalid manifest\(s\) in two\.yaml/);
  });
});

describe('the schemas on Istio\'s own goldens', () => {
  const loc = locateConformanceData();
  it('finds the conformance data (never skipped)', () => {
    expect(loc.dir, missingDataMessage(loc)).not.toBeNull();
  });
  if (loc.dir === null) return;
  const dirs = [join(loc.dir, 'inject'), join(loc.dir, 'kubeinject-cli', 'deployment')];
  // If one of these failed, the schema check would reject output identical to Istio's.
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.injected'))) {
      it(`${f} validates`, () => {
        assertValidManifests(readFileSync(join(dir, f), 'utf8'), join(dir, f));
      });
    }
  }
});
