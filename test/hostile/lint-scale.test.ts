/**
 * Tenant-sized input for lint: 2,000 Services with one selector and 2,000 Pods took 43.8 s (every
 * pod kept its own list of 2,000 Services, each finding named all of them, and every pod's
 * conflicts were computed again). The work must grow with the input, not with its square.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lint/mesh-index.js';
import { lintDocuments } from '../../src/lint/runner.js';
import { splitStream } from '../../src/read/split.js';

function stream(services: number, pods: number): string {
  const parts: string[] = [];
  for (let i = 0; i < services; i++) parts.push(`apiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\nspec:\n  selector: {app: x}\n  ports: [{name: ${i % 2 ? 'http' : 'grpc'}-a, port: 80}]\n`);
  for (let i = 0; i < pods; i++) parts.push(`apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}, labels: {app: x, version: v1}}\nspec:\n  containers: [{name: a, image: a}]\n`);
  return parts.join('---\n');
}

describe('many Services selecting many pods', () => {
  const docs = splitStream({ name: 'tenant.yaml', text: stream(2000, 2000) });

  it('pods with the same labels share one list of Services, found with one set of selector tests', () => {
    const counters = { selectorChecks: 0 };
    const index = buildIndex(docs, [], counters);
    const lists = new Set(index.workloads.map((w) => w.services));
    expect(lists.size, 'one list for 2,000 pods with the same labels').toBe(1);
    expect(index.workloads[0]!.services).toHaveLength(2000);
    expect(counters.selectorChecks, 'selector tests: one per Service, not one per Service and pod').toBe(2000);
  });

  it('findings name at most ten objects and say how many more, and each conflict is found once', () => {
    const result = lintDocuments(docs);
    const selected = result.findings.filter((f) => f.message.startsWith('the pods are selected by'));
    expect(selected).toHaveLength(2000);
    expect(selected[0]!.message).toMatch(/^the pods are selected by 2000 Services \((Service "default\/s\d+", ){9}Service "default\/s9" and 1990 more\)$/);
    // Protocols derived from port names: service-association's own finding (Istio's IST0116 compares the protocol field).
    const conflicts = result.findings.filter((f) => f.ruleId === 'service-association' && f.message.includes('different protocols'));
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.message).toMatch(/and they select the same pods \((Pod "default\/p\d+", ){9}Pod "default\/p9" and 1990 more\)$/);
    expect(conflicts[0]!.message.length).toBeLessThan(2000);
  });
});

/** `apps` applications in one namespace: Deployments v1 and v2, a Service, a DestinationRule with two subsets, a VirtualService. */
function trafficStream(apps: number): string {
  const parts: string[] = [];
  for (let i = 0; i < apps; i++) {
    for (const v of ['v1', 'v2']) {
      parts.push(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a${i}-${v}, namespace: shop}\nspec:\n  template:\n    metadata: {labels: {app: a${i}, version: ${v}}}\n    spec: {containers: [{name: a, image: a}]}\n`);
    }
    parts.push(`apiVersion: v1\nkind: Service\nmetadata: {name: a${i}, namespace: shop}\nspec: {selector: {app: a${i}}, ports: [{name: http, port: 80}]}\n`);
    parts.push(`apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: a${i}, namespace: shop}\nspec: {host: a${i}, subsets: [{name: v1, labels: {version: v1}}, {name: v2, labels: {version: v2}}]}\n`);
    parts.push(`apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: a${i}, namespace: shop}\nspec: {hosts: [a${i}], http: [{route: [{destination: {host: a${i}, subset: v1}}]}]}\n`);
  }
  return parts.join('---\n');
}

describe('the traffic configuration of many applications', () => {
  it('is checked in time that grows with the input, not its square (every subset label is shared by all applications)', () => {
    const time = (apps: number) => {
      const docs = splitStream({ name: 'traffic.yaml', text: trafficStream(apps) });
      const start = performance.now();
      const result = lintDocuments(docs);
      const ms = performance.now() - start;
      expect(result.findings.filter((f) => f.istioCode !== undefined)).toEqual([]);
      return ms;
    };
    time(200); // warm-up
    const small = time(500);
    const large = time(2000);
    // Linear is 4x; the quadratic version (each subset tested against every pod) was 16x.
    expect(large / small, `500 applications: ${small.toFixed(0)} ms, 2,000: ${large.toFixed(0)} ms`).toBeLessThan(8);
  });
});
