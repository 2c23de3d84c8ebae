import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  REGISTRY,
  injectorValidatedAnnotations,
  isIstioKey,
  lookupAnnotation,
  lookupLabel,
  suggestAnnotation,
  unknownProxyConfigFields,
  validateAnnotationValue,
  validatePodAnnotations,
} from '../../src/istio/annotations/index.js';
import { goParseDuration } from '../../src/istio/annotations/go-parse.js';

const ANN = {
  mode: 'sidecar.istio.io/interceptionMode',
  includeIPs: 'traffic.sidecar.istio.io/includeOutboundIPRanges',
  excludeIPs: 'traffic.sidecar.istio.io/excludeOutboundIPRanges',
  includeIn: 'traffic.sidecar.istio.io/includeInboundPorts',
  excludeIn: 'traffic.sidecar.istio.io/excludeInboundPorts',
  excludeOut: 'traffic.sidecar.istio.io/excludeOutboundPorts',
  statusPort: 'status.sidecar.istio.io/port',
  delay: 'readiness.status.sidecar.istio.io/initialDelaySeconds',
  merge: 'prometheus.istio.io/merge-metrics',
  cpu: 'sidecar.istio.io/proxyCPU',
  memLimit: 'sidecar.istio.io/proxyMemoryLimit',
  ifaces: 'traffic.sidecar.istio.io/excludeInterfaces',
  config: 'proxy.istio.io/config',
} as const;

type Table = readonly [annotation: string, valid: readonly string[], invalid: readonly string[]];

const TABLES: readonly Table[] = [
  [ANN.mode, ['REDIRECT', 'TPROXY', 'NONE'], ['redirect', '', 'REDIRECT ', 'DROP']],
  [
    ANN.includeIPs,
    ['*', '', '10.0.0.0/8', '127.0.0.1/24,10.96.0.1/24', '0.0.0.0/0', '1.1.1.1/32', '::/0', 'fd00::/8,10.0.0.0/8', '::ffff:1.2.3.4/128', '10.0.0.1/8'],
    ['bad', '*,10.0.0.0/8', '10.0.0.0', '10.0.0.0/33', '::/129', '10.0.0.0/08', '10.0.0.0/-1', '010.0.0.0/8', '10.0.0.0/8, 10.1.0.0/16', '10.0.0.0/8,', 'fe80::1%eth0/64', '1.2.3/24'],
  ],
  [ANN.excludeIPs, ['', '10.96.0.2/24,10.96.0.3/24', '2001:db8::/32'], ['*', 'bad', ' ', '10.0.0.0/8,*']],
  [ANN.includeIn, ['*', '', '80', '80,8080', ' 80 , 81 ', '0', '65535'], ['bad', '65536', '-1', '80,,81', '*,80', '80,', '+80', '8_0']],
  [ANN.excludeIn, ['', '4,5,6', '0', '15020'], ['*', 'bad', '70000']],
  [ANN.excludeOut, ['', '25,465', '  '], ['*', 'x', '1.5']],
  [ANN.statusPort, ['0', '123', '15020', ' 15020 ', '65535'], ['', 'abc', '65536', '-1', '15020,15021']],
  [ANN.delay, ['0', '100', '4294967295', '007'], ['', '-1', '+1', '4294967296', '1.5', '1e3', ' 1']],
  [ANN.merge, ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'], ['yes', 'on', 'tRUE', '', 'y']],
  [ANN.cpu, ['100m', '2', '1.5', '500u', '0'], ['', 'abc', '1 CPU', '100m\n', '\u0085100m']],
  [ANN.memLimit, ['1Gi', '128Mi', '1e3', '2G'], ['1GB', '-', 'Gi']],
  [ANN.ifaces, ['', 'eth0', 'eth0, eth1', 'docker0,br-1234.5_x', 'abcdefghijklmno'], ['eth0,', '0eth', 'eth 0', 'abcdefghijklmnop', 'eth0,,eth1', 'tap@1']],
  [
    ANN.config,
    [
      '',
      '{}',
      'holdApplicationUntilProxyStarts: true',
      '{ "holdApplicationUntilProxyStarts": true }',
      'proxyMetadata:\n  ISTIO_META_DNS_CAPTURE: "true"\nconcurrency: 2',
      'terminationDrainDuration: 30s\ndrainDuration: 1m',
      'interceptionMode: TPROXY',
      'discoveryAddress: istiod.istio-system.svc:15012',
      'discovery_address: "[::1]:15012"',
      'statusPort: 15021\nproxyAdminPort: 15000',
      'tracing:\n  zipkin:\n    address: zipkin:9411',
      'image:\n  imageType: distroless',
      'someFutureField: 1',
    ],
    [
      'holdApplicationUntilProxyStarts: yes please',
      '- a\n- b',
      'just a string',
      '{ not yaml',
      'concurrency: two',
      'interceptionMode: DROP',
      'drainDuration: 45',
      'drainDuration: 1500ms',
      'terminationDrainDuration: forever',
      'discoveryAddress: ""',
      'discoveryAddress: istiod',
      'discoveryAddress: istiod:0',
      'statusPort: 0',
      'proxyAdminPort: 70000',
      'controlPlaneAuthPolicy: INHERIT',
      'configPath: ""',
      'serviceCluster: ""',
      'proxyMetadata:\n  A: 1',
      'extraStatTags: a',
      'tracing: zipkin',
    ],
  ],
];

describe('validateAnnotationValue', () => {
  for (const [annotation, valid, invalid] of TABLES) {
    describe(annotation, () => {
      it.each(valid.map((v) => [v]))('accepts %j', (v) => {
        expect(validateAnnotationValue(annotation, v)).toBeNull();
      });
      it.each(invalid.map((v) => [v]))('rejects %j', (v) => {
        expect(validateAnnotationValue(annotation, v)).toEqual(expect.any(String));
      });
    });
  }

  it('is null for annotations without a validator and for unknown ones', () => {
    expect(validateAnnotationValue('sidecar.istio.io/proxyImage', 'anything')).toBeNull();
    expect(validateAnnotationValue('example.com/whatever', 'x')).toBeNull();
  });

  it.each([
    ['sidecar.istio.io/logLevel', 'warning', 'warn'],
    ['sidecar.istio.io/componentLogLevel', 'misc:error,upstream:debug', 'misc'],
    ['sidecar.istio.io/agentLogLevel', 'default:info,ads:debug', 'default:verbose'],
    ['sidecar.istio.io/statsFlushInterval', '1m30s', '10'],
    ['sidecar.istio.io/nativeSidecar', 'false', 'False'],
    ['traffic.sidecar.istio.io/includeOutboundPorts', '443,8443', '*'],
    ['sidecar.istio.io/userVolume', '{"v":{"emptyDir":{}}}', '{"v":1}'],
    ['sidecar.istio.io/statsHistogramBuckets', '{"istiocustom":[1,5,10]}', '{"istiocustom":"1"}'],
    ['istio.io/use-waypoint-canary-weight', '100', '101'],
    ['kube-inject.io/ignore', 'IST0108,no-latest-tag', 'IST0108,'],
    ['kube-inject.io/ignore', 'service-association=consumes a queue; serves no traffic', 'service association=reason'],
  ])('lint-only validator of %s', (name, good, bad) => {
    expect(validateAnnotationValue(name, good)).toBeNull();
    expect(validateAnnotationValue(name, bad)).toEqual(expect.any(String));
    expect(lookupAnnotation(name)?.injectorValidated).toBe(false);
  });
});

describe('goParseDuration', () => {
  it.each([
    ['0', 0], ['-0', 0], ['5s', 5e9], ['1.5h', 5.4e12], ['.5s', 5e8], ['1.s', 1e9], ['1h30m', 5.4e12],
    ['250ms', 2.5e8], ['3us', 3e3], ['3µs', 3e3], ['3μs', 3e3], ['7ns', 7], ['-1m', -6e10], ['+2s', 2e9],
  ] as const)('parses %j', (s, ns) => {
    expect(goParseDuration(s)).toEqual({ ns });
  });
  it.each(['', '1', 's', '.s', '1d', '1e3s', '1 s', '--1s', '3000000h'])('rejects %j', (s) => {
    expect(goParseDuration(s)).toHaveProperty('error');
  });
});

describe('validatePodAnnotations', () => {
  it('reports every bad annotation Istio validates, with an Istio-like message', () => {
    const problems = validatePodAnnotations({
      [ANN.includeIPs]: 'bad',
      [ANN.excludeIn]: '*',
      [ANN.merge]: 'true',
      'sidecar.istio.io/logLevel': 'nonsense', // not validated by Istio's injector
    });
    expect(problems.map((p) => p.annotation).sort()).toEqual([ANN.excludeIn, ANN.includeIPs]);
    const ip = problems.find((p) => p.annotation === ANN.includeIPs)!;
    expect(ip.value).toBe('bad');
    expect(ip.message).toMatch(
      /^invalid value "bad" for annotation traffic\.sidecar\.istio\.io\/includeOutboundIPRanges: includeIPRanges invalid: failed parsing cidr 'bad'/,
    );
  });

  it('checks exactly the annotations Istio validate.go lists', () => {
    expect(injectorValidatedAnnotations().map((e) => e.name).sort()).toEqual(
      [
        'istio.io/reroute-virtual-interfaces', 'prometheus.istio.io/merge-metrics', 'proxy.istio.io/config',
        'readiness.status.sidecar.istio.io/failureThreshold', 'readiness.status.sidecar.istio.io/initialDelaySeconds',
        'readiness.status.sidecar.istio.io/periodSeconds', 'sidecar.istio.io/interceptionMode', 'sidecar.istio.io/proxyCPU',
        'sidecar.istio.io/proxyCPULimit', 'sidecar.istio.io/proxyMemory', 'sidecar.istio.io/proxyMemoryLimit',
        'status.sidecar.istio.io/port', 'traffic.sidecar.istio.io/excludeInboundPorts', 'traffic.sidecar.istio.io/excludeInterfaces',
        'traffic.sidecar.istio.io/excludeOutboundIPRanges', 'traffic.sidecar.istio.io/excludeOutboundPorts',
        'traffic.sidecar.istio.io/includeInboundPorts', 'traffic.sidecar.istio.io/includeOutboundIPRanges',
        'traffic.sidecar.istio.io/kubevirtInterfaces',
      ].sort(),
    );
  });
});

describe('Istio conformance inputs', () => {
  const dir = fileURLToPath(new URL('../data/istio/inject/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml') || f.endsWith('.yaml.injected')).sort();

  /** Annotations of every pod and pod template (any object whose spec has containers). */
  function podAnnotations(node: unknown, out: Record<string, string>[] = []): Record<string, string>[] {
    if (Array.isArray(node)) node.forEach((n) => podAnnotations(n, out));
    else if (node && typeof node === 'object') {
      const o = node as Record<string, any>;
      if (Array.isArray(o.spec?.containers) && o.metadata?.annotations) out.push(o.metadata.annotations);
      Object.values(o).forEach((v) => podAnnotations(v, out));
    }
    return out;
  }

  const results = files.map((file) => {
    const docs = loadAll(readFileSync(dir + file, 'utf8'));
    const annotations = podAnnotations(docs);
    return { file, annotations, problems: annotations.flatMap((a) => validatePodAnnotations(a)) };
  });

  it('finds pod template annotations in the folder', () => {
    expect(results.filter((r) => r.annotations.length > 0).length).toBeGreaterThan(20);
  });

  it('rejects exactly the four traffic-annotations-bad-* inputs, naming the annotation', () => {
    const failing = results.filter((r) => r.problems.length > 0);
    expect(failing.map((r) => r.file)).toEqual([
      'traffic-annotations-bad-excludeinboundports.yaml',
      'traffic-annotations-bad-excludeipranges.yaml',
      'traffic-annotations-bad-includeinboundports.yaml',
      'traffic-annotations-bad-includeipranges.yaml',
    ]);
    const named: Record<string, string> = {
      excludeinboundports: ANN.excludeIn,
      excludeipranges: ANN.excludeIPs,
      includeinboundports: ANN.includeIn,
      includeipranges: ANN.includeIPs,
    };
    for (const r of failing) {
      const key = r.file.replace('traffic-annotations-bad-', '').replace('.yaml', '');
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]!.annotation).toBe(named[key]);
      expect(r.problems[0]!.message).toContain(named[key]);
      expect(r.problems[0]!.message.toLowerCase()).toContain(key);
    }
  });

  it('knows every Istio-namespaced annotation the cases use', () => {
    const keys = new Set(results.flatMap((r) => r.annotations.flatMap((a) => Object.keys(a))).filter(isIstioKey));
    expect([...keys].filter((k) => !lookupAnnotation(k))).toEqual([]);
  });
});

describe('registry', () => {
  it('is sorted by name then kind, with unique (name, kind) pairs', () => {
    const keys = REGISTRY.map((e) => `${e.name}\u0000${e.kind}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has complete metadata for every entry', () => {
    for (const e of REGISTRY) {
      expect(e.description.length, e.name).toBeGreaterThan(10);
      expect(e.description, e.name).not.toContain('\n');
      expect(e.resources.length, e.name).toBeGreaterThan(0);
      expect(e.scopes.length, e.name).toBeGreaterThan(0);
      if (e.injectorValidated) expect(e.validate, e.name).toBeDefined();
    }
  });

  it('covers istio/api (68 annotations, 26 labels), 3 annotations and 1 label only in Istio code, and kube-inject.io/ignore', () => {
    expect(REGISTRY.filter((e) => e.kind === 'annotation')).toHaveLength(72);
    expect(REGISTRY.filter((e) => e.kind === 'label')).toHaveLength(27);
    expect(REGISTRY.filter((e) => e.origin === 'istio/istio').map((e) => e.name)).toEqual([
      'networking.istio.io/tunnel',
      'prometheus.istio.io/scrape-targets',
      'prometheus.istio.io/secure-port',
      'sidecar.istio.io/capNetBindService',
    ]);
  });

  it('records place, deprecation and replacement', () => {
    expect(lookupAnnotation('sidecar.istio.io/inject')?.deprecated).toBeDefined();
    expect(lookupLabel('sidecar.istio.io/inject')?.deprecated).toBeUndefined();
    expect(lookupAnnotation('traffic.sidecar.istio.io/kubevirtInterfaces')?.deprecated?.replacement).toBe(
      'istio.io/reroute-virtual-interfaces',
    );
    expect(lookupAnnotation('networking.istio.io/exportTo')?.scopes).toEqual(['service']);
    expect(lookupAnnotation(ANN.includeIPs)?.scopes).toEqual(['pod']);
    expect(lookupAnnotation('topology.istio.io/controlPlaneClusters')?.scopes).toEqual(['namespace']);
    expect(lookupLabel('gateway.istio.io/managed')?.scopes).toContain('workload');
    expect(lookupAnnotation('kube-inject.io/ignore')?.scopes).toEqual(expect.arrayContaining(['pod', 'workload', 'any']));
  });

  it('recognises Istio-namespaced keys', () => {
    expect(isIstioKey('sidecar.istio.io/foo')).toBe(true);
    expect(isIstioKey('istio.io/rev')).toBe(true);
    expect(isIstioKey('kubernetes.io/ingress.class')).toBe(true);
    expect(isIstioKey('kube-inject.io/ignore')).toBe(true);
    expect(isIstioKey('app.kubernetes.io/name')).toBe(false);
  });
});

describe('suggestAnnotation', () => {
  it.each([
    ['sidecar.istio.io/proxycpu', 'sidecar.istio.io/proxyCPU'],
    ['sidecar.istio.io/interceptMode', 'sidecar.istio.io/interceptionMode'],
    ['traffic.sidecar.istio.io/includeOutboundIpRange', 'traffic.sidecar.istio.io/includeOutboundIPRanges'],
    ['status.sidecar.istio.io/prot', 'status.sidecar.istio.io/port'],
    ['sidecar.istio.io/rewriteAppHTTPProbe', 'sidecar.istio.io/rewriteAppHTTPProbers'],
  ])('%s → %s', (typo, want) => {
    expect(suggestAnnotation(typo)).toBe(want);
  });
  it('suggests nothing for far-off names', () => {
    expect(suggestAnnotation('example.istio.io/completely-different-thing')).toBeUndefined();
  });
});

describe('unknownProxyConfigFields', () => {
  it('lists fields ProxyConfig does not have, accepting both spellings', () => {
    expect(unknownProxyConfigFields('holdApplicationUntilProxyStarts: true\nproxy_metadata: {}\nfoo: 1')).toEqual(['foo']);
    expect(unknownProxyConfigFields('[1]')).toEqual([]);
  });
});

describe('annotations Istio reads but istio/api does not list', () => {
  it('records their origin and checks scrape targets', () => {
    expect(lookupAnnotation('prometheus.istio.io/scrape-targets')?.origin).toBe('istio/istio');
    expect(lookupAnnotation('kube-inject.io/ignore')?.origin).toBe('kube-inject');
    expect(lookupAnnotation(ANN.includeIPs)?.origin).toBe('istio/api');
    expect(validateAnnotationValue('prometheus.istio.io/scrape-targets', '8080:/metrics, 9100 ,')).toBeNull();
    expect(validateAnnotationValue('prometheus.istio.io/scrape-targets', ':/metrics')).toMatch(/empty port/);
    expect(validateAnnotationValue('prometheus.istio.io/scrape-targets', 'http:/metrics')).toMatch(/invalid target port/);
  });
});
