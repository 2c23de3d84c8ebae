/** What templates see and what their output is read as (src/render/template-data.ts, rendered-yaml.ts). */
import { describe, expect, it } from 'vitest';
import { mergeProxyConfig } from '../../src/inject/mesh-config.js';
import { DEFAULT_PROXY_CONFIG } from '../../src/istio/mesh-defaults.js';
import { injectionFunctions, proxyConfigView } from '../../src/render/index.js';
import { indentFlowContinuations, loadRendered } from '../../src/render/rendered-yaml.js';

describe('reading rendered templates', () => {
  it('accepts a flow mapping closed at its key indentation, as Go does, leaving block scalars alone', () => {
    const text = 'metadata:\n  annotations: {\n    a: "1",\n    b: "x, y",\n  }\nspec:\n  env:\n  - value: |-\n      [\n        {"a":1}\n      ]\n';
    const hint: { lenient?: boolean } = {};
    expect(loadRendered(text, hint)).toEqual({ metadata: { annotations: { a: '1', b: 'x, y' } }, spec: { env: [{ value: '[\n  {"a":1}\n]' }] } });
    expect(hint.lenient).toBe(true);
    expect(indentFlowContinuations('a: [\n  1,\n]\n')).toBe('a: [\n  1,\n  ]\n');
    expect(() => loadRendered('a: [\n')).toThrow();
  });
});

describe('PROXY_CONFIG', () => {
  it('`protoToJSON .ProxyConfig` leaves out Istio defaults and zero values, in protobuf order', () => {
    const protoToJSON = injectionFunctions({ getEnv: () => undefined }).protoToJSON as (v: unknown) => string;
    const pc = mergeProxyConfig(DEFAULT_PROXY_CONFIG, { proxyMetadata: { B: '2', A: '1' }, concurrency: 0, discoveryAddress: 'foo:123', interceptionMode: 'REDIRECT', drainDuration: '1.5s' });
    expect(protoToJSON(proxyConfigView(pc))).toBe('{"drainDuration":"1.500s","discoveryAddress":"foo:123","concurrency":0,"proxyMetadata":{"A":"1","B":"2"}}');
    expect(protoToJSON(proxyConfigView({ ...DEFAULT_PROXY_CONFIG }))).toBe('{}');
  });
});
