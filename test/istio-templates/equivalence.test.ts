/**
 * Our built-in templates against Istio's (from the shared injector config, test data): for the
 * same template data, both must render overlays that parse to the same YAML (key order ignored,
 * null-valued keys dropped - see support.ts for the two upstream template changes applied to
 * Istio's output).
 *
 * Inputs: every conformance input manifest with the test-default values and mesh (plus the
 * per-case settings from the conformance README), native sidecars on and off; and a matrix of
 * extra settings and annotations that exercise the branches the conformance inputs do not.
 */
import { describe, expect, it } from 'vitest';
import { goJsonFieldResolver, parseTemplate } from '../../src/gotemplate/index.js';
import type { Template } from '../../src/gotemplate/index.js';
import { injectionFunctions } from '../../src/render/functions.js';
import { builtinMeshConfig, loadBuiltinTemplates } from '../../src/templates/index.js';
import type { DataOptions, Workload } from '../templates/support.js';
import {
  alignWithIstioMaster,
  deepMerge,
  dropNulls,
  inputManifests,
  istioTemplates,
  meshConfigFrom,
  parseIstioOverlay,
  parseYaml,
  templateData,
  testDefaultMesh,
  testDefaultValues,
  workloadsInFile,
  workloadsOf,
} from '../templates/support.js';

type Obj = Record<string, unknown>;

const TEMPLATE_NAMES = ['sidecar', 'gateway', 'grpc-simple', 'grpc-agent'] as const;
const funcs = injectionFunctions({ getEnv: () => undefined });
const ours = loadBuiltinTemplates();
const theirs = istioTemplates();

const parsed = new Map<string, Template>();
function compiled(key: string, text: string): Template {
  let t = parsed.get(key);
  if (!t) {
    t = parseTemplate(key, text, { funcs, fieldResolver: goJsonFieldResolver });
    parsed.set(key, t);
  }
  return t;
}

function renderBoth(name: string, data: Obj, compliancePolicy: string): { ours: unknown; istio: unknown; oursText: string } {
  const oursText = compiled(`ours/${name}`, ours[name]!).execute(data);
  const istioText = compiled(`istio/${name}`, theirs[name]!).execute(data);
  return {
    oursText,
    ours: dropNulls(parseYaml(oursText)),
    istio: dropNulls(alignWithIstioMaster(parseIstioOverlay(istioText), compliancePolicy)),
  };
}

interface Settings {
  values?: Obj;
  mesh?: Obj;
  data?: Partial<Omit<DataOptions, 'values' | 'mesh' | 'nativeSidecars'>>;
}

const meshDefaults = builtinMeshConfig();

function options(s: Settings, native: boolean): DataOptions {
  const values = deepMerge(testDefaultValues(), s.values ?? {}) as Obj;
  const userMesh = deepMerge(testDefaultMesh(), s.mesh ?? {}) as Obj;
  return { values, mesh: meshConfigFrom(meshDefaults, userMesh), nativeSidecars: native, ...s.data };
}

function check(w: Workload, s: Settings, templates: readonly string[] = TEMPLATE_NAMES): void {
  for (const native of [true, false]) {
    const o = options(s, native);
    const data = templateData(w, o);
    for (const name of templates) {
      const r = renderBoth(name, data, o.compliancePolicy ?? '');
      expect(r.ours, `${name} template, ${w.label}, native=${native}\n--- ours:\n${r.oursText}`).toEqual(r.istio);
    }
  }
}

// Per-case settings of the conformance README.
const README_SETTINGS: Record<string, Settings[]> = {
  'hello.yaml': [
    { mesh: { defaultConfig: { interceptionMode: 'TPROXY' } } },
    { values: { global: { proxy: { holdApplicationUntilProxyStarts: true } } } },
  ],
  'traffic-params.yaml': [
    {
      values: {
        global: {
          proxy: {
            includeIPRanges: '127.0.0.1/24,10.96.0.1/24',
            excludeIPRanges: '10.96.0.2/24,10.96.0.3/24',
            excludeInboundPorts: '4,5,6',
            statusPort: 0,
          },
        },
      },
    },
  ],
  'status_params.yaml': [
    {
      values: {
        global: {
          proxy: { statusPort: 123, readinessInitialDelaySeconds: 100, readinessPeriodSeconds: 200, readinessFailureThreshold: 300 },
        },
      },
    },
  ],
  'traffic-annotations.yaml': [
    { mesh: { defaultConfig: { proxyMetadata: { ISTIO_META_TLS_CLIENT_KEY: '/etc/identity/client/keys/client-key.pem' } } } },
  ],
  'merge-probers.yaml': [{ values: { global: { proxy: { holdApplicationUntilProxyStarts: true } } } }],
  'hello-existing-cncf-networks-json.yaml': [{ values: { pilot: { cni: { enabled: true, provider: 'multus' } } } }],
};

describe('built-in templates render what Istio templates render', () => {
  it('has our own text for every template it replaces: at most 40% of its lines stand verbatim in Istio\'s', () => {
    // Lines that say something (13 characters or more, not comments or lone punctuation); the
    // rest (`- name: x`, `{{- end }}`) every template of this shape shares.
    const lines = (text: string): string[] =>
      text.split('\n').map((l) => l.trim()).filter((l) => l.length > 12 && !l.startsWith('#') && !/^[{}\-\s]*$/.test(l));
    for (const name of TEMPLATE_NAMES) {
      expect(ours[name], name).toBeTypeOf('string');
      const theirLines = new Set(lines(theirs[name]!));
      const mine = lines(ours[name]!);
      const verbatim = mine.filter((l) => theirLines.has(l));
      expect(verbatim.length / mine.length, `${name}: ${verbatim.length} of ${mine.length} lines are Istio's own:\n${verbatim.join('\n')}`).toBeLessThanOrEqual(0.4);
    }
  });

  describe('conformance inputs, test-default settings', () => {
    for (const file of inputManifests()) {
      it(file, () => {
        const ws = workloadsInFile(file);
        if (file === 'hello-service.yaml') expect(ws).toEqual([]);
        else expect(ws.length).toBeGreaterThan(0);
        for (const w of ws) {
          check(w, {});
          for (const s of README_SETTINGS[file] ?? []) check(w, s);
        }
      });
    }
  });

  // A pod with a bit of everything, used by the settings matrix below.
  const basePod = (annotations: Record<string, string> = {}, labels: Record<string, string> = { app: 'demo', version: 'v2' }): Workload =>
    workloadsOf(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'demo', namespace: 'shop' },
        spec: {
          template: {
            metadata: { labels, annotations },
            spec: {
              serviceAccountName: 'demo-sa',
              containers: [
                {
                  name: 'app',
                  image: 'example.com/app:1.2',
                  ports: [
                    { name: 'http', containerPort: 8080 },
                    { containerPort: 9090, protocol: 'UDP' },
                  ],
                },
                { name: 'helper', image: 'example.com/helper@sha256:abc', ports: [{ containerPort: 7070, hostPort: 7070 }] },
              ],
            },
          },
        },
      },
      'demo',
    )[0]!;

  const MATRIX: Array<[string, Settings, Record<string, string>?]> = [
    ['cni (default provider)', { values: { pilot: { cni: { enabled: true, provider: 'default' } } } }],
    [
      'cni multus with flat networks and traffic annotations',
      { values: { pilot: { cni: { enabled: true, provider: 'multus' } }, global: { proxy: { includeOutboundPorts: '80', excludeOutboundPorts: '25' } } } },
      {
        'k8s.v1.cni.cncf.io/networks': 'alt, other',
        'traffic.sidecar.istio.io/kubevirtInterfaces': 'net1',
        'istio.io/reroute-virtual-interfaces': 'net2',
        'traffic.sidecar.istio.io/excludeInterfaces': 'eth9',
        'traffic.sidecar.istio.io/excludeOutboundIPRanges': '10.0.0.0/8',
      },
    ],
    ['cni + TPROXY', { values: { pilot: { cni: { enabled: true } } }, mesh: { defaultConfig: { interceptionMode: 'TPROXY' } } }],
    ['interception NONE', { mesh: { defaultConfig: { interceptionMode: 'NONE' } } }],
    ['interception NONE by annotation', {}, { 'sidecar.istio.io/interceptionMode': 'NONE' }],
    ['interception annotation set but empty', {}, { 'sidecar.istio.io/interceptionMode': '' }],
    ['TPROXY by annotation, capNetBindService', {}, { 'sidecar.istio.io/interceptionMode': 'TPROXY', 'sidecar.istio.io/capNetBindService': 'true' }],
    ['capNetBindService from values', { values: { global: { proxy: { capNetBindService: true } } } }],
    ['hold application from proxy config', { mesh: { defaultConfig: { holdApplicationUntilProxyStarts: true } } }],
    ['lifecycle from values', { values: { global: { proxy: { lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } } } } } }],
    ['native sidecar annotation true', {}, { 'sidecar.istio.io/nativeSidecar': 'true' }],
    ['native sidecar annotation false', {}, { 'sidecar.istio.io/nativeSidecar': 'false' }],
    ['native sidecar annotation other', {}, { 'sidecar.istio.io/nativeSidecar': 'yes' }],
    [
      'images, pull policy, pull secrets, variants',
      { values: { global: { variant: 'distroless', imagePullPolicy: 'Always', imagePullSecrets: ['regcred', 'other'] } } },
      { 'sidecar.istio.io/proxyImage': 'my.registry/istio/proxy:custom' },
    ],
    ['proxy image annotation without a slash', {}, { 'sidecar.istio.io/proxyImage': 'just-a-name' }],
    [
      'agent flags',
      {
        values: {
          global: {
            logAsJson: true,
            nativeNftables: true,
            sts: { servicePort: 15463 },
            proxy: { outlierLogPath: '/dev/stdout', privileged: true, seccompProfile: { type: 'RuntimeDefault' } },
            proxy_init: { forceApplyIptables: true },
          },
        },
      },
      { 'sidecar.istio.io/logLevel': 'debug', 'sidecar.istio.io/componentLogLevel': 'upstream:debug', 'sidecar.istio.io/agentLogLevel': 'default:debug' },
    ],
    [
      'identity and cluster',
      {
        values: { revision: 'canary', global: { network: 'net-a', meshID: 'mesh-a', multiCluster: { clusterName: 'east' }, mountMtlsCerts: true } },
        data: { revision: 'canary', inboundTrafficPolicyMode: 'localhost', compliancePolicy: 'fips-140-3', proxyUID: 0, proxyGID: 0 },
      },
    ],
    ['compliance policy fips-140-2, custom ids', { data: { compliancePolicy: 'fips-140-2', proxyUID: 1000720000, proxyGID: 1000720001 } }],
    ['ca address and trust domain from values', { values: { global: { caAddress: 'ca.example:443', trustDomain: 'td.example' } }, mesh: { trustDomain: '' } }],
    ['gke certificates', { values: { global: { caName: 'GkeWorkloadCertificate' } } }],
    ['non-istiod cert provider', { values: { global: { pilotCertProvider: 'kubernetes' } } }],
    ['cluster trust bundle', { values: { pilot: { env: { ENABLE_CLUSTER_TRUST_BUNDLE_API: true }, crlConfigMapName: 'my-crl' }, global: { trustBundleName: 'my-root' } } }],
    ['trust bundle name', { values: { global: { trustBundleName: 'my-root' } } }],
    [
      'bootstrap override and user volumes',
      {},
      {
        'sidecar.istio.io/bootstrapOverride': 'my-bootstrap',
        'sidecar.istio.io/userVolume': '{"cache":{"emptyDir":{"medium":"Memory"}},"certs":{"secret":{"secretName":"extra"}}}',
        'sidecar.istio.io/userVolumeMount': '{"cache":{"mountPath":"/cache"},"certs":{"mountPath":"/certs","readOnly":true}}',
      },
    ],
    [
      'resource annotations: requests only',
      {},
      { 'sidecar.istio.io/proxyCPU': '250m', 'sidecar.istio.io/proxyMemory': '64Mi' },
    ],
    ['resource annotations: limits only', {}, { 'sidecar.istio.io/proxyMemoryLimit': '1Gi' }],
    ['no resources in values', { values: { global: { proxy: { resources: null } } } }],
    ['resources with nulls in values', { values: { global: { proxy: { resources: { requests: { cpu: '10m', memory: null }, limits: null } } } } }],
    [
      'status port and readiness annotations',
      {},
      {
        'status.sidecar.istio.io/port': '15999',
        'readiness.status.sidecar.istio.io/initialDelaySeconds': '7',
        'readiness.status.sidecar.istio.io/periodSeconds': '8',
        'readiness.status.sidecar.istio.io/failureThreshold': '9',
      },
    ],
    ['status port 0 by annotation', {}, { 'status.sidecar.istio.io/port': '0' }],
    ['startup probe off', { values: { global: { proxy: { startupProbe: { enabled: false, failureThreshold: 1 } } } } }],
    [
      'traffic annotations, outbound ports set by annotation',
      {},
      {
        'traffic.sidecar.istio.io/includeOutboundIPRanges': '10.0.0.0/8',
        'traffic.sidecar.istio.io/includeInboundPorts': '8080',
        'traffic.sidecar.istio.io/excludeInboundPorts': '15020,9000',
        'traffic.sidecar.istio.io/includeOutboundPorts': '',
        'traffic.sidecar.istio.io/excludeOutboundPorts': '3306',
        'traffic.sidecar.istio.io/kubevirtInterfaces': '',
        'traffic.sidecar.istio.io/excludeInterfaces': '',
      },
    ],
    ['kubevirt interfaces only', {}, { 'traffic.sidecar.istio.io/kubevirtInterfaces': 'net1,net2' }],
    [
      'proxy metadata: HBONE, iptables tracing',
      { mesh: { defaultConfig: { proxyMetadata: { ISTIO_META_ENABLE_HBONE: 'true', IPTABLES_TRACE_LOGGING: 'true', A: 'x y' } } } },
    ],
    ['proxy metadata: tracing with capabilities', { mesh: { defaultConfig: { proxyMetadata: { IPTABLES_TRACE_LOGGING: 'true' }, interceptionMode: 'TPROXY' } } }],
    ['datadog', { values: { global: { proxy: { tracer: 'datadog' } } } }, { 'apm.datadoghq.com/env': '{"DD_ENV":"prod","DD_SERVICE":"demo"}' }],
    [
      'lightstep with TLS',
      { values: { global: { proxy: { tracer: 'lightstep' } } }, mesh: { defaultConfig: { tracing: { tlsSettings: { caCertificates: '/etc/ls/ca.pem' } } } } },
    ],
    [
      'OpenTelemetry resource attributes',
      { mesh: { extensionProviders: [{ name: 'otel', opentelemetry: { service: 'otel.svc', port: 4317, serviceAttributeEnrichment: 'OTEL_SEMANTIC_CONVENTIONS' } }] } },
      { 'resource.opentelemetry.io/service.version': '9.9' },
    ],
    ['gateway security context', { values: { gateways: { securityContext: { runAsNonRoot: true, fsGroup: 1337 } } } }],
    ['listen ports from mesh config', { mesh: { proxyListenPort: 16001, proxyInboundListenPort: 16006 } }],
    ['kubectl default containers already set', {}, { 'kubectl.kubernetes.io/default-container': 'helper', 'kubectl.kubernetes.io/default-logs-container': 'helper' }],
  ];

  describe('settings matrix', () => {
    for (const [title, settings, annotations] of MATRIX) {
      it(title, () => check(basePod(annotations), settings));
    }

    it('labels: canonical name and revision sources, tlsMode and tunnel kept', () => {
      const labels = {
        'app.kubernetes.io/name': 'shop-front',
        'app.kubernetes.io/version': '3',
        'security.istio.io/tlsMode': 'disabled',
        'networking.istio.io/tunnel': 'custom',
        'service.istio.io/workload-name': 'front-wl',
      };
      check(basePod({}, labels), { mesh: { defaultConfig: { proxyMetadata: { ISTIO_META_ENABLE_HBONE: 'true' } } } });
      check(basePod({}, { 'service.istio.io/canonical-name': 'x'.repeat(70), 'service.istio.io/canonical-revision': 'r1' }), {});
      check(basePod({}, {}), {});
    });

    it('a pod with only an istio-proxy container, and a pod with no name', () => {
      const gw = workloadsOf(
        {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { labels: { istio: 'gw' } },
          spec: { containers: [{ name: 'istio-proxy', image: 'auto' }] },
        },
        'bare',
      )[0]!;
      check({ ...gw, typeMeta: {}, deploymentMeta: {} }, {});
    });
  });
});

describe('deliberate differences from the shared (older) Istio templates', () => {
  const render = (name: string, text: string, data: Obj): unknown =>
    parseYaml(parseTemplate(name, text, { funcs, fieldResolver: goJsonFieldResolver }).execute(data));

  it('canonical-name trims "-", "_" and "." at both ends after truncation (Istio master)', () => {
    const w = workloadsOf(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'x' },
        spec: { template: { metadata: { labels: { app: '_my.app-' } }, spec: { containers: [{ name: 'c' }] } } },
      },
      'trim',
    )[0]!;
    const data = templateData(w, options({}, true));
    const out = render('sidecar', ours.sidecar!, data) as { metadata: { labels: Record<string, string> } };
    expect(out.metadata.labels['service.istio.io/canonical-name']).toBe('my.app');
  });

  it('grpc-agent with status port 0: user volume mounts are not written into the env list', () => {
    // Istio's grpc-agent template leaves out readiness probe, resources and volumeMounts when
    // the status port is 0 (ours too), but still writes the sidecar.istio.io/userVolumeMount
    // entries - which then land in istio-proxy's env list. Ours leaves them out.
    const w = workloadsInFile('user-volume.yaml')[0]!;
    const data = templateData(w, options({ values: { global: { proxy: { statusPort: 0 } } } }, false));
    type Pod = { spec: { containers: Array<{ name: string; env: Obj[]; volumeMounts?: unknown }> } };
    const mine = dropNulls(render('grpc-agent', ours['grpc-agent']!, data)) as Pod;
    const istio = dropNulls(parseIstioOverlay(parseTemplate('istio', theirs['grpc-agent']!, { funcs, fieldResolver: goJsonFieldResolver }).execute(data))) as Pod;
    const istioProxy = istio.spec.containers.find((c) => c.name === 'istio-proxy')!;
    const strays = istioProxy.env.filter((e) => 'mountPath' in e);
    expect(strays.map((e) => e.name)).toEqual(['user-volume-1', 'user-volume-2']);
    istioProxy.env = istioProxy.env.filter((e) => !('mountPath' in e));
    expect(mine).toEqual(istio);
    expect(mine.spec.containers.find((c) => c.name === 'istio-proxy')!.volumeMounts).toBeUndefined();
  });

  it('no GOMAXPROCS on istio-proxy; GODEBUG=fips140=only with fips-140-3', () => {
    const w = workloadsInFile('hello.yaml')[0]!;
    for (const [policy, godebug] of [
      ['fips-140-3', true],
      ['fips-140-2', false],
      ['', false],
    ] as const) {
      const data = templateData(w, options({ data: { compliancePolicy: policy } }, false));
      for (const name of ['sidecar', 'gateway']) {
        const out = render(name, ours[name]!, data) as { spec: { containers: Array<{ name: string; env: Array<{ name: string; value?: string }> }> } };
        const env = out.spec.containers.find((c) => c.name === 'istio-proxy')!.env;
        expect(env.map((e) => e.name)).not.toContain('GOMAXPROCS');
        expect(env.some((e) => e.name === 'GODEBUG' && e.value === 'fips140=only'), `${name} ${policy}`).toBe(godebug);
      }
    }
  });
});
