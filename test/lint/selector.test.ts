import { describe, expect, test } from 'vitest';
import { compileSelector, labelMap, selects } from '../../src/lint/selector.js';
import { resolvePortProtocol } from '../../src/lint/protocol.js';

describe('label selectors', () => {
  const pod = { app: 'web', tier: 'front', version: 'v1' };

  test('a Service selector is matchLabels: every label must match', () => {
    expect(selects(compileSelector({ app: 'web' }), pod)).toBe(true);
    expect(selects(compileSelector({ app: 'web', tier: 'back' }), pod)).toBe(false);
    expect(selects(compileSelector({ app: 'web', zone: 'a' }), pod)).toBe(false);
  });

  test('an empty or missing selector selects nothing', () => {
    expect(compileSelector({})).toBeNull();
    expect(compileSelector(undefined)).toBeNull();
    expect(selects(compileSelector({}), pod)).toBe(false);
  });

  test('matchExpressions: In, NotIn, Exists, DoesNotExist, ANDed with matchLabels', () => {
    const s = (exprs: object[], matchLabels?: object) => compileSelector({ matchLabels, matchExpressions: exprs });
    expect(selects(s([{ key: 'tier', operator: 'In', values: ['front', 'edge'] }]), pod)).toBe(true);
    expect(selects(s([{ key: 'tier', operator: 'NotIn', values: ['front'] }]), pod)).toBe(false);
    expect(selects(s([{ key: 'zone', operator: 'NotIn', values: ['a'] }]), pod)).toBe(true);
    expect(selects(s([{ key: 'version', operator: 'Exists' }]), pod)).toBe(true);
    expect(selects(s([{ key: 'version', operator: 'DoesNotExist' }]), pod)).toBe(false);
    expect(selects(s([{ key: 'version', operator: 'Exists' }], { app: 'api' }), pod)).toBe(false);
    expect(compileSelector({ matchExpressions: [{ key: 'a', operator: 'Near' }] })).toBeNull();
  });

  test('YAML scalars that are not strings are label values as Kubernetes reads them', () => {
    expect(labelMap({ version: 2, canary: true, bad: { x: 1 } })).toEqual({ version: '2', canary: 'true' });
    expect(selects(compileSelector({ version: 2 }), { version: '2' })).toBe(true);
  });
});

describe('port protocols', () => {
  test.each([
    [{ name: 'http' }, 'HTTP'],
    [{ name: 'HTTP2-x' }, 'HTTP2'],
    [{ name: 'grpc-web-ui' }, 'GRPC-Web'],
    [{ name: 'grpc-west' }, 'GRPC'],
    [{ name: 'http2foo' }, null],
    [{ name: 'web', appProtocol: 'https' }, 'HTTPS'],
    [{ name: 'http', appProtocol: 'custom' }, null],
    [{ appProtocol: 'kubernetes.io/h2c' }, 'HTTP2'],
    [{ name: 'http', protocol: 'UDP' }, 'UDP'],
    [{ port: 27017 }, 'TCP'],
    [{ port: 8080 }, null],
  ])('%o is %s', (input, expected) => {
    expect(resolvePortProtocol(input).protocol).toBe(expected);
  });
});
