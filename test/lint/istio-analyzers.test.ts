/**
 * kube-inject's lint on Istio's own analyzer test inputs (test/data/istio/analyzers/, from
 * istio/istio `pkg/config/analysis/analyzers/testdata/`), against the messages Istio's analyzer
 * tests expect (`analyzers_test.go`, transcribed to cases.json): for each case of an analyzer
 * kube-inject implements, the same codes on the same resources. Compared as sets of
 * (code, resource): Istio drops repeated identical messages, kube-inject reports each field. A
 * case's mesh config is passed as `lint --mesh-config` passes it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadMeshConfig } from '../../src/config/load-injection.js';
import { lintDocuments } from '../../src/lint/runner.js';
import { splitStream } from '../../src/read/split.js';

const DIR = 'test/data/istio/analyzers';

interface Case {
  name: string;
  analyzer: string;
  inputFiles: string[];
  meshConfigFile?: string;
  expected: Array<{ code: string; origin: string }>;
}

/** Istio analyzer → the rules that implement it, and the codes each may emit for it. */
const ANALYZERS: Record<string, Record<string, readonly string[]>> = {
  'annotations.K8sAnalyzer': {
    'deprecated-annotation': ['IST0135'],
    'invalid-annotation': ['IST0125'],
    'misplaced-annotation': ['IST0107'],
    'unknown-annotation': ['IST0108'],
  },
  'authz.AuthorizationPoliciesAnalyzer': { 'policy-workloads': ['IST0127', 'IST0101'] },
  'deployment.ApplicationUIDAnalyzer': { 'proxy-uid': ['IST0144'] },
  'deployment.ServiceAssociationAnalyzer': { 'service-port-conflict': ['IST0116', 'IST0137'] },
  'deprecation.FieldAnalyzer': { 'deprecated-field': ['IST0002'] },
  'destinationrule.CaCertificateAnalyzer': { 'destinationrule-tls': ['IST0128', 'IST0129'] },
  'destinationrule.PodNotSelectedAnalyzer': { 'destinationrule-subset': ['IST0173'], 'destinationrule-host': ['IST0174'] },
  'envoyfilter.EnvoyPatchAnalyzer': { 'envoyfilter-patch': ['IST0151', 'IST0152', 'IST0153', 'IST0154', 'IST0155'] },
  'gateway.CertificateAnalyzer': { 'gateway-certificate': ['IST0138'] },
  'gateway.ConflictingGatewayAnalyzer': { 'conflicting-gateways': ['IST0145'] },
  'gateway.IngressGatewayPortAnalyzer': { 'gateway-workload': ['IST0101', 'IST0162'] },
  'injection.Analyzer': { 'namespace-injection': ['IST0102', 'IST0123', 'IST0148'], 'sidecar-present': ['IST0103'] },
  'injection.ImageAutoAnalyzer': { 'image-auto': ['IST0146', 'IST0147'] },
  'service.PortNameAnalyzer': { 'port-name': ['IST0118', 'IST0150'] },
  'serviceentry.ConflictingServiceEntryProtocolAnalyzer': { 'serviceentry-ports': ['IST0177'] },
  'serviceentry.ProtocolAddressesAnalyzer': { 'serviceentry-ports': ['IST0134'] },
  'sidecar.SelectorAnalyzer': { 'sidecar-selector': ['IST0101', 'IST0110', 'IST0111', 'IST0167'] },
  'telemetry.DefaultSelectorAnalyzer': { 'telemetry-selector': ['IST0160'] },
  'telemetry.ProviderAnalyzer': { 'telemetry-selector': ['IST0157'] },
  'telemetry.SelectorAnalyzer': { 'telemetry-selector': ['IST0101', 'IST0159'] },
  'virtualservice.ConflictingMeshGatewayHostsAnalyzer': { 'conflicting-mesh-virtualservices': ['IST0109'] },
  'virtualservice.DestinationHostAnalyzer': { 'virtualservice-destination': ['IST0101', 'IST0112'], 'virtualservice-subset': ['IST0140'] },
  'virtualservice.DestinationRuleAnalyzer': { 'virtualservice-subset': ['IST0101'] },
  'virtualservice.GatewayAnalyzer': { 'virtualservice-gateway': ['IST0101', 'IST0132', 'IST0165'] },
  'virtualservice.JWTClaimRouteAnalyzer': { 'jwt-claim-route': ['IST0149'] },
};

const cases = JSON.parse(readFileSync(join(DIR, 'cases.json'), 'utf8')) as Case[];

async function verdicts(c: Case, istioDefaults = true): Promise<string[]> {
  const rules = ANALYZERS[c.analyzer]!;
  const docs = c.inputFiles.flatMap((f) => splitStream({ name: f, text: readFileSync(join(DIR, f), 'utf8') }));
  // The mesh config as `lint --mesh-config` reads it.
  const meshConfig = c.meshConfigFile ? await loadMeshConfig([join(DIR, c.meshConfigFile)]) : undefined;
  const r = lintDocuments(docs, undefined, { expectInjected: c.analyzer === 'injection.Analyzer', istioDefaults, ...(meshConfig ? { meshConfig } : {}) });
  expect(r.errors).toEqual([]);
  const found = [...r.findings, ...r.suppressed]
    .filter((f) => f.istioCode !== undefined && rules[f.ruleId]?.includes(f.istioCode))
    .map((f) => `${f.istioCode} ${f.resource.kind} ${f.resource.namespace ? `${f.resource.namespace}/` : ''}${f.resource.name}`);
  return [...new Set(found)].sort();
}

describe("Istio's analyzer test cases", () => {
  test('every case of cases.json is of an analyzer kube-inject implements, and each analyzer has cases', () => {
    expect(cases.filter((c) => !ANALYZERS[c.analyzer]).map((c) => c.name)).toEqual([]);
    expect(Object.keys(ANALYZERS).filter((a) => !cases.some((c) => c.analyzer === a))).toEqual([]);
    const used = new Set(cases.flatMap((c) => [...c.inputFiles, ...(c.meshConfigFile ? [c.meshConfigFile] : [])]));
    const files = readdirSync(DIR, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.yaml'));
    expect(files.map((e) => join(e.parentPath, e.name).slice(DIR.length + 1)).filter((f) => !used.has(f)), 'files no case uses').toEqual([]);
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const expected = [...new Set(c.expected.map((e) => `${e.code} ${e.origin}`))].sort();
    expect(await verdicts(c)).toEqual(expected);
  });

  test("the cases need istioctl analyze's default ingress gateway, and the mesh config", async () => {
    const byName = (name: string) => cases.find((c) => c.name === name)!;
    expect(await verdicts(byName('gatewayCorrectPort'), false)).toEqual(['IST0101 Gateway httpbin-gateway']);
    const { meshConfigFile: _, ...withoutMesh } = byName('missing Addresses and Protocol in Service Entry with ISTIO_META_DNS_AUTO_ALLOCATE enabled');
    expect((await verdicts(withoutMesh)).length).toBeGreaterThan(0);
  });
});
