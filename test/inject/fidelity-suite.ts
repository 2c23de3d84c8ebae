/**
 * Istio behaviours that need more than the goldens: nulls in values, the compliance policy,
 * OpenShift's proxy UID/GID, and typed JSON (ports in Go field order). Run through the CLI, with
 * our built-in templates (`test/inject/fidelity.test.ts`) and with Istio's own
 * (`test/istio-templates/fidelity.test.ts`): the same expectations hold for both.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { runCli, runCliOnText } from '../helpers/run-cli.js';
import { istioInjectorConfigFile } from '../helpers/shared.js';

type Obj = Record<string, any>;

const dir = mkdtempSync(join(tmpdir(), 'kube-inject-fidelity-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

export const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: web:1
        ports:
        - containerPort: 8080
          protocol: TCP
          name: http
        - protocol: UDP
          containerPort: 5353
          hostIP: 10.0.0.1
          hostPort: 5353
          name: dns
`;

const NAMESPACE = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  annotations:
    openshift.io/sa.scc.uid-range: 1000620000/10000
    openshift.io/sa.scc.supplemental-groups: 1000620000/10000
`;

/** The Deployment with an istio-proxy override whose runAsUser/runAsGroup are those OpenShift gave every container. */
const OVERRIDDEN = DEPLOYMENT.replace(
  '      - name: web\n        image: web:1\n',
  '      - name: web\n        image: web:1\n        securityContext:\n          runAsUser: 1000620001\n',
).replace(
  '          name: dns\n',
  '          name: dns\n      - name: istio-proxy\n        image: auto\n        securityContext:\n          runAsUser: 1000620001\n          runAsGroup: 1000620001\n          readOnlyRootFilesystem: true\n',
);

export function fidelitySuite(source: 'built-in' | 'istio'): void {
  const templateArgs = source === 'istio' ? ['--inject-config', istioInjectorConfigFile()] : [];

  async function inject(text: string, args: readonly string[] = []): Promise<{ docs: Obj[]; stderr: string }> {
    const run = await runCliOnText(text, [...templateArgs, '-q', ...args]);
    expect(run.code, run.stderr).toBe(0);
    return { docs: loadAll(run.stdout) as Obj[], stderr: run.stderr };
  }
  const pod = (docs: Obj[]) => docs.find((d) => d?.kind === 'Deployment')!.spec.template;
  const all = (p: Obj): Obj[] => [...(p.spec.initContainers ?? []), ...p.spec.containers];
  const container = (p: Obj, name: string): Obj => all(p).find((c) => c.name === name)!;
  const env = (p: Obj, name: string) => (container(p, 'istio-proxy').env as Obj[]).find((e) => e.name === name);

  describe(`${source} templates`, () => {
    describe('null in values removes the default', () => {
      const modes = [
        ['classic', []],
        ['native', ['--native-sidecars']],
      ] as const;
      const cases: ReadonlyArray<[string, string, Obj | undefined]> = [
        ['limits.cpu', 'limits:\n        cpu: null', { limits: { memory: '1Gi' }, requests: { cpu: '100m', memory: '128Mi' } }],
        ['limits.cpu and requests.memory', 'limits:\n        cpu: null\n      requests:\n        memory: null', { limits: { memory: '1Gi' }, requests: { cpu: '100m' } }],
        ['requests', 'requests: null', { limits: { cpu: '2', memory: '1Gi' } }],
        ['limits', 'limits: null', { requests: { cpu: '100m', memory: '128Mi' } }],
      ];
      for (const [mode, flags] of modes) {
        for (const [what, yaml, expected] of cases) {
          it(`global.proxy.resources.${what}: null (${mode})`, async () => {
            const values = file(`null-${what}.yaml`, `global:\n  proxy:\n    resources:\n      ${yaml}\n`);
            const { docs } = await inject(DEPLOYMENT, ['--values', values, ...flags]);
            for (const name of ['istio-init', 'istio-proxy']) expect(container(pod(docs), name).resources, name).toEqual(expected);
          });
        }
        it(`global.proxy.resources: null (${mode}): no resources at all`, async () => {
          const values = file('null-resources.yaml', 'global:\n  proxy:\n    resources: null\n');
          const { docs } = await inject(DEPLOYMENT, ['--values', values, ...flags]);
          for (const name of ['istio-init', 'istio-proxy']) expect(container(pod(docs), name).resources ?? {}, name).toEqual({});
        });
        it(`null under global.proxy_init.resources (${mode}) is accepted, at every level`, async () => {
          for (const yaml of ['resources: null', 'resources:\n      limits: null', 'resources:\n      limits:\n        cpu: null\n      requests:\n        memory: null']) {
            const values = file('null-init.yaml', `global:\n  proxy_init:\n    ${yaml}\n`);
            const { docs } = await inject(DEPLOYMENT, ['--values', values, ...flags]);
            expect(container(pod(docs), 'istio-proxy').resources.limits.cpu).toBe('2');
          }
        });
      }
      it("an IstioOperator's spec.values null removes the default too", async () => {
        const iop = file('iop.yaml', 'apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  values:\n    global:\n      proxy:\n        resources:\n          limits:\n            cpu: null\n');
        const { docs } = await inject(DEPLOYMENT, ['--operator-file', iop]);
        expect(container(pod(docs), 'istio-proxy').resources).toEqual({ limits: { memory: '1Gi' }, requests: { cpu: '100m', memory: '128Mi' } });
      });
    });

    describe('compliance policy', () => {
      it('--compliance-policy fips-140-3 reaches the templates as .CompliancePolicy', async () => {
        const { docs } = await inject(DEPLOYMENT, ['--compliance-policy', 'fips-140-3']);
        expect(env(pod(docs), 'COMPLIANCE_POLICY')).toEqual({ name: 'COMPLIANCE_POLICY', value: 'fips-140-3' });
      });
      it('values pilot.env.COMPLIANCE_POLICY (or the install values env.COMPLIANCE_POLICY) set it as the chart does; the flag wins', async () => {
        for (const text of ['pilot:\n  env:\n    COMPLIANCE_POLICY: fips-140-3\n', 'env:\n  COMPLIANCE_POLICY: fips-140-3\n']) {
          const { docs } = await inject(DEPLOYMENT, ['--values', file('fips.yaml', text)]);
          expect(env(pod(docs), 'COMPLIANCE_POLICY')?.value).toBe('fips-140-3');
        }
        const { docs } = await inject(DEPLOYMENT, ['--values', file('fips.yaml', 'pilot:\n  env:\n    COMPLIANCE_POLICY: fips-140-3\n'), '--compliance-policy', 'other']);
        expect(env(pod(docs), 'COMPLIANCE_POLICY')?.value).toBe('other');
      });
      it('none by default', async () => {
        const { docs } = await inject(DEPLOYMENT);
        expect(env(pod(docs), 'COMPLIANCE_POLICY')).toBeUndefined();
      });
    });

    describe('OpenShift', () => {
      for (const [mode, flags] of [['classic', []], ['native', ['--native-sidecars']]] as const) {
        it(`takes the proxy UID/GID from the Namespace in the input (${mode})`, async () => {
          const { docs } = await inject(`${NAMESPACE}---\n${DEPLOYMENT}`, ['--platform', 'openshift', ...flags]);
          const p = pod(docs);
          const proxy = container(p, 'istio-proxy');
          // Istio's GetProxyIDs: the last UID of the range (start + size - 1), the first group range's last.
          expect([proxy.securityContext.runAsUser, proxy.securityContext.runAsGroup]).toEqual([1000629999, 1000629999]);
          const init = container(p, 'istio-init');
          expect(init.args[init.args.indexOf('-u') + 1]).toBe('1000629999');
        });
      }
      it('global.platform: openshift in values says so too; --namespace-file gives the Namespace', async () => {
        const values = file('openshift.yaml', 'global:\n  platform: openshift\n');
        const ns = file('ns.yaml', NAMESPACE.replace('supplemental-groups: 1000620000/10000', 'supplemental-groups: 2000-2999,5000/10'));
        const { docs } = await inject(DEPLOYMENT, ['--values', values, '--namespace-file', ns]);
        const proxy = container(pod(docs), 'istio-proxy');
        expect([proxy.securityContext.runAsUser, proxy.securityContext.runAsGroup]).toEqual([1000629999, 2999]);
      });
      it('without the Namespace: 1337, and a warning that says what is missing', async () => {
        const run = await runCliOnText(DEPLOYMENT, [...templateArgs, '--platform', 'openshift']);
        expect(run.code, run.stderr).toBe(0);
        expect(run.stderr).toContain('Namespace "shop"');
        expect(run.stderr).toContain('--namespace-file');
        const proxy = container(pod(loadAll(run.stdout) as Obj[]), 'istio-proxy');
        expect(proxy.securityContext.runAsUser).toBe(1337);
      });
      it("drops an istio-proxy override's runAsUser/runAsGroup equal to the application's", async () => {
        const { docs } = await inject(`${NAMESPACE}---\n${OVERRIDDEN}`, ['--platform', 'openshift']);
        const proxy = container(pod(docs), 'istio-proxy');
        expect([proxy.securityContext.runAsUser, proxy.securityContext.runAsGroup]).toEqual([1000629999, 1000629999]);
        expect(proxy.securityContext.readOnlyRootFilesystem).toBe(true);
        // Not on other platforms: the override wins, as always.
        const plain = container(pod((await inject(OVERRIDDEN)).docs), 'istio-proxy');
        expect([plain.securityContext.runAsUser, plain.securityContext.runAsGroup]).toEqual([1000620001, 1000620001]);
      });
      it('the Namespace object itself passes through unchanged', async () => {
        const run = await runCliOnText(`${NAMESPACE}---\n${DEPLOYMENT}`, [...templateArgs, '--platform', 'openshift', '-q']);
        expect(run.stdout.startsWith(NAMESPACE)).toBe(true);
      });
    });

    describe('JSON of typed structs', () => {
      it('ISTIO_META_POD_PORTS: each port in Go field order (name, hostPort, containerPort, protocol, hostIP)', async () => {
        const { docs } = await inject(DEPLOYMENT);
        expect(env(pod(docs), 'ISTIO_META_POD_PORTS')?.value).toBe(
          '[\n    {"name":"http","containerPort":8080,"protocol":"TCP"}\n    ,{"name":"dns","hostPort":5353,"containerPort":5353,"protocol":"UDP","hostIP":"10.0.0.1"}\n]',
        );
      });
    });
  });
}

/** The same stdout, byte for byte, from the built-in templates and Istio's (run from test/istio-templates/). */
export function fidelityEquivalence(): void {
  describe('built-in and Istio templates give the same bytes', () => {
    const ns = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  annotations:\n    openshift.io/sa.scc.uid-range: 1000620000/10000\n`;
    const cases: ReadonlyArray<[string, string, string[]]> = [
      ['limits.cpu: null', DEPLOYMENT, ['--values', file('eq-null.yaml', 'global:\n  proxy:\n    resources:\n      limits:\n        cpu: null\n')]],
      ['requests: null, native', DEPLOYMENT, ['--native-sidecars', '--values', file('eq-req.yaml', 'global:\n  proxy:\n    resources:\n      requests: null\n')]],
      // (fips-140-3 also adds GODEBUG=fips140=only in ours, as Istio master does: a deliberate difference.)
      ['fips-140-2', DEPLOYMENT, ['--compliance-policy', 'fips-140-2']],
      ['openshift', `${ns}---\n${OVERRIDDEN}`, ['--platform', 'openshift']],
      ['openshift, no Namespace', DEPLOYMENT, ['--platform', 'openshift']],
    ];
    for (const [name, text, args] of cases) {
      it(name, async () => {
        const ours = await runCli(['-f', '-', '-q', ...args], { stdin: text });
        const istio = await runCli(['-f', '-', '-q', '--inject-config', istioInjectorConfigFile(), ...args], { stdin: text });
        expect(ours.code, ours.stderr).toBe(0);
        expect(istio.code, istio.stderr).toBe(0);
        expect(ours.stdout).toBe(istio.stdout);
      });
    }
  });
}
