/** Unit tests of the engine's pieces, with facts from Istio's own tests (inject_test.go, webhook_test.go). */
import { describe, expect, it } from 'vitest';
import { proxyImage, goSprintV } from '../../src/inject/image.js';
import { DEFAULT_PROXY_CONFIG } from '../../src/istio/mesh-defaults.js';
import { RESERVED_PORTS } from '../../src/istio/ports.js';
import { applyMeshDefaults, mergeProxyConfig } from '../../src/inject/mesh-config.js';
import { prometheusMerge, sanitizeLabelName } from '../../src/inject/prometheus/merge.js';
import { reorderPod } from '../../src/inject/reorder.js';
import { deployMetaFromPod } from '../../src/inject/deploy-meta.js';
import { statusFor, parseStatus } from '../../src/inject/status/record.js';
import type { PodSpec } from '../../src/model/pod.js';

describe('proxy image (TestProxyImage)', () => {
  const values = (hub: string, tag: unknown) => ({ global: { hub, tag } });
  const cases: Array<[string, unknown, string, string | undefined, string]> = [
    ['registry.istio.io/release', 11, '', undefined, 'registry.istio.io/release/proxyv2:11'],
    ['registry.istio.io/release', 1.12, 'distroless', undefined, 'registry.istio.io/release/proxyv2:1.12-distroless'],
    ['gcr.io/gke-release/asm', '1.11.2-asm.17', '', 'distroless', 'gcr.io/gke-release/asm/proxyv2:1.11.2-asm.17-distroless'],
    ['gcr.io/gke-release/asm', '1.11.2-asm.17', 'distroless', 'debug', 'gcr.io/gke-release/asm/proxyv2:1.11.2-asm.17-debug'],
    ['gcr.io/gke-release/asm', '1.11.2-asm.17', 'debug', 'default', 'gcr.io/gke-release/asm/proxyv2:1.11.2-asm.17'],
    ['gcr.io/gke-release/asm', '1.11.2-asm.17-distroless', 'default', undefined, 'gcr.io/gke-release/asm/proxyv2:1.11.2-asm.17'],
    ['registry.istio.io/release', '1.12-debug', 'distroless', undefined, 'registry.istio.io/release/proxyv2:1.12-distroless'],
    ['private-repo/istio', '1.12-this-is-unusual-tag-distroless', 'default', undefined, 'private-repo/istio/proxyv2:1.12-this-is-unusual-tag'],
  ];
  it.each(cases)('%s %s pc=%s ann=%s', (hub, tag, pcType, ann, want) => {
    const pc = pcType ? { image: { imageType: pcType } } : {};
    expect(proxyImage(values(hub, tag), pc, ann ? { 'sidecar.istio.io/proxyImageType': ann } : {})).toBe(want);
  });
  it('formats numbers as Go %v does', () => {
    expect(goSprintV(1.12)).toBe('1.12');
    expect(goSprintV(1e6)).toBe('1e+06');
    expect(goSprintV(123456)).toBe('123456');
  });
});

describe('mesh and proxy config', () => {
  it('fills in Istio defaults and merges defaultConfig', () => {
    const m = applyMeshDefaults({ defaultConfig: { discoveryAddress: 'x:1', proxyMetadata: { A: '1' } }, trustDomain: 'td' });
    expect(m.trustDomain).toBe('td');
    expect(m.enablePrometheusMerge).toBe(true);
    expect(m.defaultConfig).toEqual({ ...DEFAULT_PROXY_CONFIG, discoveryAddress: 'x:1', proxyMetadata: { A: '1' } });
    expect(applyMeshDefaults(m)).toEqual(m);
  });
  it('overlays replace fields, merge proxyMetadata, keep the cluster_name oneof single', () => {
    const base = mergeProxyConfig(DEFAULT_PROXY_CONFIG, { proxyMetadata: { A: '1', B: '2' } });
    const pc = mergeProxyConfig(base, { proxyMetadata: { B: '3' }, tracing_service_name: 1, interceptionMode: 2, statusPort: '123' });
    expect(pc.proxyMetadata).toEqual({ A: '1', B: '3' });
    expect(pc.serviceCluster).toBeUndefined();
    expect(pc.tracingServiceName).toBe('CANONICAL_NAME_ONLY');
    expect(pc.interceptionMode).toBe('NONE');
    expect(pc.statusPort).toBe(123);
  });
});

describe('prometheus merge', () => {
  it('sanitises names as Prometheus does', () => {
    expect(sanitizeLabelName('prometheus.io/port')).toBe('prometheus_io_port');
  });
  it('moves the scrape settings into the env and points at the agent', () => {
    const r = prometheusMerge({ 'prometheus-io/port': '8080', 'prometheus.io/path': '/m', other: 'x' }, true, 15020);
    expect(r?.annotations).toEqual({ other: 'x', 'prometheus.io/port': '15020', 'prometheus.io/path': '/stats/prometheus', 'prometheus.io/scrape': 'true' });
    expect(JSON.parse(r!.env!)).toEqual({ scrape: '', path: '/m', port: '8080' });
  });
  it('is off for scrape=false, merge-metrics=false, a mesh that disables it, or an already merged pod', () => {
    expect(prometheusMerge({ 'prometheus.io/scrape': 'false' }, true, 15020)).toBeUndefined();
    expect(prometheusMerge({ 'prometheus.istio.io/merge-metrics': 'false' }, true, 15020)).toBeUndefined();
    expect(prometheusMerge({}, false, 15020)).toBeUndefined();
    expect(prometheusMerge({ 'prometheus.io/port': '15020' }, true, 15020)).toBeUndefined();
  });
  it('rejects reserved and invalid ports', () => {
    expect(() => prometheusMerge({ 'prometheus.io/port': '15090' }, true, 15020)).toThrow(/reserved for Istio/);
    // The purpose comes from the one table of Istio's ports, the one the reserved-port rule names.
    expect(() => prometheusMerge({ 'prometheus.io/port': '15006' }, true, 15020)).toThrow(`port 15006 is reserved for Istio (${RESERVED_PORTS.get(15006)})`);
    expect(() => prometheusMerge({ 'prometheus.istio.io/scrape-targets': '8080:/a,x' }, true, 15020)).toThrow(/invalid target port/);
  });
});

describe('container order and status', () => {
  const c = (...names: string[]) => names.map((name) => ({ name }));
  it('puts istio-proxy last, or first when the app waits for it', () => {
    const spec: PodSpec = { containers: c('istio-proxy', 'app'), initContainers: c('istio-init', 'user-init', 'istio-validation') };
    reorderPod(spec, false);
    expect(spec.containers!.map((x) => x.name)).toEqual(['app', 'istio-proxy']);
    expect(spec.initContainers!.map((x) => x.name)).toEqual(['istio-validation', 'user-init', 'istio-init']);
    reorderPod(spec, true);
    expect(spec.containers!.map((x) => x.name)).toEqual(['istio-proxy', 'app']);
  });
  it('orders native sidecars: iptables setup, then the proxy, then the rest', () => {
    const spec: PodSpec = { containers: c('app'), initContainers: c('user-init', 'istio-proxy', 'istio-init') };
    reorderPod(spec, false);
    expect(spec.initContainers!.map((x) => x.name)).toEqual(['istio-init', 'istio-proxy', 'user-init']);
  });
  it('records what the template added', () => {
    const s = statusFor({ containers: c('istio-proxy'), volumes: c('v') }, '');
    expect(JSON.parse(s)).toEqual({ initContainers: null, containers: ['istio-proxy'], volumes: ['v'], imagePullSecrets: null, revision: 'default' });
    expect(parseStatus({ 'sidecar.istio.io/status': s })?.containers).toEqual(['istio-proxy']);
    expect(parseStatus({ 'sidecar.istio.io/status': 'nope' })).toBeUndefined();
  });
});

describe('deployment metadata of a bare pod', () => {
  const owner = (kind: string, name: string) => [{ apiVersion: 'apps/v1', kind, name, controller: true }];
  it('follows the controller', () => {
    expect(deployMetaFromPod({ name: 'p' })).toEqual({ name: 'p', namespace: '', kind: 'Pod', apiVersion: 'v1' });
    expect(deployMetaFromPod({ generateName: 'x-', ownerReferences: owner('ReplicaSet', 'web-abc'), labels: { 'pod-template-hash': 'abc' } })).toMatchObject({ name: 'web', kind: 'Deployment' });
    expect(deployMetaFromPod({ generateName: 'x-', ownerReferences: owner('Job', 'cron-12345678') })).toEqual({ name: 'cron', namespace: '', kind: 'CronJob', apiVersion: 'batch/v1' });
  });
});

describe('Go encodings', () => {
  it('writes quantities as Kubernetes does', async () => {
    const { canonicalQuantity } = await import('../../src/inject/go/quantity-format.js');
    const cases: Array<[string | number, string]> = [
      ['3000m', '3'], ['2000m', '2'], ['123m', '123m'], ['0.5', '500m'], ['1024Mi', '1Gi'], ['1536Mi', '1536Mi'],
      ['512', '512'], ['100Ki', '100Ki'], ['0.5Gi', '512Mi'], ['1e3', '1e3'], ['1500', '1500'], ['1.5k', '1500'], ['0', '0'], [2, '2'],
      ['1000Ki', '1000Ki'], ['1M', '1M'], ['10G', '10G'],
    ];
    for (const [input, want] of cases) expect(canonicalQuantity(input), String(input)).toBe(want);
  });
  it('writes containers in Go field order', async () => {
    const { marshalContainerLists } = await import('../../src/inject/go/typed-json.js');
    const c = { tty: true, name: 'c', unknown: 1, resources: { limits: { cpu: '3000m' } }, securityContext: { runAsUser: 0, privileged: false }, ports: [{ containerPort: 80, name: 'http' }] };
    expect(marshalContainerLists({ initContainers: [c] })).toBe(
      '{"initContainers":[{"name":"c","ports":[{"name":"http","containerPort":80}],"resources":{"limits":{"cpu":"3"}},"securityContext":{"privileged":false,"runAsUser":0},"tty":true}]}',
    );
    expect(marshalContainerLists({ containers: [{ name: 'x', env: [{ name: 'A', value: '<&>' }] }] })).toBe('{"containers":[{"name":"x","env":[{"name":"A","value":"\\u003c\\u0026\\u003e"}],"resources":{}}]}');
  });
});
