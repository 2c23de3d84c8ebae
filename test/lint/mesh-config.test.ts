import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { meshFacts } from '../../src/lint/mesh-facts.js';
import { lintDocuments } from '../../src/lint/runner.js';
import { splitStream } from '../../src/read/split.js';
import { memoryIO } from './helpers/memory-io.js';
import { yaml } from './helpers/rule-tester.js';

const serviceEntry = yaml`
  apiVersion: networking.istio.io/v1
  kind: ServiceEntry
  metadata: {name: db, namespace: shop}
  spec:
    hosts: [db.example.com]
    ports: [{number: 5432, name: tcp, protocol: TCP}]
`;

describe('lint --mesh-config', () => {
  test('DNS capture with auto-allocation gives ServiceEntries addresses: no IST0134', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-mesh-'));
    writeFileSync(join(dir, 'se.yaml'), serviceEntry);
    writeFileSync(join(dir, 'mesh.yaml'), 'defaultConfig:\n  proxyMetadata:\n    ISTIO_META_DNS_CAPTURE: "true"\n    ISTIO_META_DNS_AUTO_ALLOCATE: "true"\n');
    const codes = async (...args: string[]) => {
      const io = memoryIO();
      await main(['lint', '-f', join(dir, 'se.yaml'), '--format', 'json', ...args], io);
      return (JSON.parse(io.out()) as { findings: Array<{ istioCode: string | null }> }).findings.map((f) => f.istioCode);
    };
    expect(await codes()).toEqual(['IST0134']);
    expect(await codes('--mesh-config', join(dir, 'mesh.yaml'))).toEqual([]);
  });

  test('inject lints with the mesh config it injects with', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-mesh-'));
    writeFileSync(join(dir, 'se.yaml'), serviceEntry);
    writeFileSync(join(dir, 'mesh.yaml'), 'defaultConfig:\n  proxyMetadata:\n    ISTIO_META_DNS_CAPTURE: "true"\n    ISTIO_META_DNS_AUTO_ALLOCATE: "true"\n');
    const report = async (...args: string[]) => {
      const io = memoryIO();
      expect(await main(['inject', '-q', '-f', join(dir, 'se.yaml'), ...args], io)).toBe(0);
      return io.err();
    };
    expect(await report()).toContain('IST0134');
    expect(await report('--mesh-config', join(dir, 'mesh.yaml'))).not.toContain('IST0134');
  });

  test('a mesh config that does not validate is an input error (exit 2), named by file, line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-mesh-'));
    writeFileSync(join(dir, 'se.yaml'), serviceEntry);
    writeFileSync(join(dir, 'mesh.yaml'), 'rootNamespce: x\n');
    const io = memoryIO();
    expect(await main(['lint', '-f', join(dir, 'se.yaml'), '--mesh-config', join(dir, 'mesh.yaml')], io)).toBe(2);
    expect(io.err()).toContain('mesh.yaml:1:1');
  });
});

describe('what lint reads from a mesh config', () => {
  test("Istio's defaults", () => {
    expect(meshFacts()).toEqual({ rootNamespace: 'istio-system', allocatesAddresses: false, defaultAccessLogProviders: false, ingressService: 'istio-ingressgateway' });
  });

  test('the root namespace makes a policy mesh-wide; ingressControllerMode OFF drops the default gateway; default access-log providers', () => {
    const docs = splitStream({
      name: 'm.yaml',
      text: yaml`
        apiVersion: v1
        kind: Pod
        metadata: {name: p, namespace: shop, labels: {app: web}}
        spec: {containers: [{name: c, image: c}]}
        ---
        apiVersion: security.istio.io/v1
        kind: AuthorizationPolicy
        metadata: {name: web, namespace: mesh-root}
        spec: {selector: {matchLabels: {app: web}}}
        ---
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: shop}
        spec:
          selector: {istio: ingressgateway}
          servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]
        ---
        apiVersion: telemetry.istio.io/v1
        kind: Telemetry
        metadata: {name: logs, namespace: shop}
        spec: {accessLogging: [{disabled: false}]}
      `,
    });
    const codes = (meshConfig?: Record<string, unknown>) => lintDocuments(docs, undefined, meshConfig ? { meshConfig } : {}).findings.flatMap((f) => (f.istioCode ? [f.istioCode] : []));
    expect(codes()).toEqual(['IST0127', 'IST0157']);
    expect(codes({ rootNamespace: 'mesh-root', ingressControllerMode: 'OFF', defaultProviders: { accessLogging: ['envoy'] } })).toEqual(['IST0101']);
  });
});
