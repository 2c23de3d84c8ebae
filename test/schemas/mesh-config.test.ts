import { describe, expect, it } from 'vitest';
import { validateInput } from '../../src/schemas/index.js';
import { readShared } from './helpers.js';

const check = (data: unknown) => validateInput('mesh-config', data);

describe('mesh-config schema', () => {
  it.each(['kubeinject-cli/mesh-config.yaml', 'config/test-default.mesh.yaml'])('accepts %s', (file) => {
    expect(check(readShared(file))).toEqual([]);
  });

  it('accepts an empty document and nulls (proto3 JSON: null means unset)', () => {
    expect(check({})).toEqual([]);
    expect(check(null)).toEqual([]);
    expect(check({ defaultConfig: null, enableTracing: null })).toEqual([]);
  });

  it('accepts the proto3 JSON forms of scalars, durations, wrappers, enums, maps and nested messages', () => {
    const mesh = {
      accessLogFile: '/dev/stdout',
      enableAutoMtls: true, // BoolValue -> boolean
      connectTimeout: '10s',
      protocolDetectionTimeout: '0.1s',
      dnsRefreshRate: '1.5s',
      proxyListenPort: '15001', // int32 as a numeric string
      proxyHttpPort: 15080,
      outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' },
      inboundTrafficPolicy: { mode: 1 }, // enum by number
      ingressControllerMode: 'STRICT',
      trustDomainAliases: ['a.local', 'b.local'],
      defaultProviders: { metrics: ['prometheus'], tracing: ['zipkin'] },
      extensionProviders: [
        { name: 'otel', opentelemetry: { service: 'otel.svc', port: 4317, maxTagLength: 256 } },
        { name: 'log', envoyFileAccessLog: { path: '/dev/stdout', logFormat: { labels: { a: 'b' } } } }, // Struct
      ],
      localityLbSetting: { enabled: true, distribute: [{ from: 'r/z/*', to: { 'r/z2/*': 100 } }] }, // map<string,uint32>
      defaultConfig: {
        concurrency: 2, // Int32Value
        drainDuration: '45s',
        proxyMetadata: { ISTIO_META_DNS_CAPTURE: 'true' },
        interceptionMode: 'TPROXY',
        holdApplicationUntilProxyStarts: false,
        tracing: { sampling: 1.5, zipkin: { address: 'zipkin:9411' } }, // double
        proxyStatsMatcher: { inclusionRegexps: ['.*'] },
        image: { imageType: 'distroless' },
        readinessProbe: { httpGet: { path: '/ready', port: 15021 } },
      },
    };
    expect(check(mesh)).toEqual([]);
  });

  it('accepts field names a message declares reserved (removed from Istio, which ignores them)', () => {
    // ProxyConfig has `reserved "connect_timeout"`; istioctl's own test mesh config still sets it.
    expect(check({ defaultConfig: { connectTimeout: '1s', parentShutdownDuration: '1s' } })).toEqual([]);
  });

  it('accepts the original snake_case field names too', () => {
    expect(check({ default_config: { discovery_address: 'istiod:15012', proxy_metadata: { A: 'b' } }, enable_auto_mtls: true })).toEqual([]);
  });

  it('rejects an unknown field with its pointer and a suggestion', () => {
    expect(check({ defaultConfig: { discoveryAdress: 'istiod:15012' } })).toEqual([
      { pointer: '/defaultConfig/discoveryAdress', message: 'unknown field "discoveryAdress" (did you mean "discoveryAddress"?)' },
    ]);
    expect(check({ enableTracng: true })).toEqual([
      { pointer: '/enableTracng', message: 'unknown field "enableTracng" (did you mean "enableTracing"?)' },
    ]);
    expect(check({ completelyUnrelated: 1 })).toEqual([{ pointer: '/completelyUnrelated', message: 'unknown field "completelyUnrelated"' }]);
  });

  it('finds unknown fields deep inside nested messages, lists and maps', () => {
    expect(check({ extensionProviders: [{ name: 'x', zipkin: { service: 's', port: 9411, adress: 'x' } }] })).toEqual([
      { pointer: '/extensionProviders/0/zipkin/adress', message: 'unknown field "adress"' },
    ]);
    expect(check({ defaultConfig: { tracing: { zipkin: { adress: 'x' } } } })).toEqual([
      { pointer: '/defaultConfig/tracing/zipkin/adress', message: 'unknown field "adress" (did you mean "address"?)' },
    ]);
  });

  it('rejects wrong types with the pointer and what was found', () => {
    expect(check({ enableTracing: 'yes please' })).toEqual([
      { pointer: '/enableTracing', message: 'must be a boolean, got string "yes please"' },
    ]);
    expect(check({ defaultConfig: { proxyAdminPort: 'abc' } })).toEqual([
      { pointer: '/defaultConfig/proxyAdminPort', message: 'must be an integer, got string "abc"' },
    ]);
    expect(check({ defaultConfig: { proxyAdminPort: true } })).toEqual([
      { pointer: '/defaultConfig/proxyAdminPort', message: 'must be an integer, got boolean true' },
    ]);
    expect(check({ defaultConfig: { statusPort: 1.5 } })).toEqual([
      { pointer: '/defaultConfig/statusPort', message: 'must be an integer, got number 1.5' },
    ]);
    expect(check({ defaultConfig: 'istiod' })).toEqual([
      { pointer: '/defaultConfig', message: 'must be an object (mapping), got string "istiod"' },
    ]);
    expect(check({ trustDomainAliases: 'a.local' })).toEqual([
      { pointer: '/trustDomainAliases', message: 'must be a list, got string "a.local"' },
    ]);
    expect(check({ defaultConfig: { proxyMetadata: { A: 1 } } })).toEqual([
      { pointer: '/defaultConfig/proxyMetadata/A', message: 'must be a string, got integer 1' },
    ]);
  });

  it('rejects out-of-range integers', () => {
    expect(check({ defaultConfig: { proxyAdminPort: 2 ** 31 } })).toEqual([
      { pointer: '/defaultConfig/proxyAdminPort', message: 'must be <= 2147483647, got integer 2147483648' },
    ]);
  });

  it('rejects bad durations and enum names', () => {
    expect(check({ connectTimeout: '10m' })).toEqual([
      { pointer: '/connectTimeout', message: 'must be a duration in seconds like "10s" or "1.5s", got string "10m"' },
    ]);
    expect(check({ defaultConfig: { interceptionMode: 'redirect' } })).toEqual([
      { pointer: '/defaultConfig/interceptionMode', message: 'must be one of REDIRECT, TPROXY, NONE' },
    ]);
  });

  it('reports every problem, not just the first', () => {
    const problems = check({ enableTracing: 1, defaultConfig: { discoveryAdress: 'x', drainDuration: 5 } });
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/defaultConfig/discoveryAdress', '/defaultConfig/drainDuration', '/enableTracing']);
  });
});
