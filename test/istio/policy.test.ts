/** The injection policy (Istio's `injectRequired`), with facts from Istio's inject_test.go. */
import { describe, expect, it } from 'vitest';
import { compilePolicy, skipReason } from '../../src/istio/policy.js';

const pod = (labels: Record<string, string> = {}, annotations: Record<string, string> = {}, extra = {}) => ({
  hostNetwork: false,
  namespace: 'test-ns',
  labels,
  annotations,
  ...extra,
});

describe('injection policy', () => {
  const enabled = compilePolicy('enabled', [], []).compiled;
  const disabled = compilePolicy('disabled', [], []).compiled;
  it('skips host networking and system namespaces first', () => {
    expect(skipReason(enabled, pod({}, {}, { hostNetwork: true }))).toBe('host networking');
    expect(skipReason(enabled, pod({}, {}, { namespace: 'kube-system' }))).toBe('Namespace "kube-system" is excluded');
    expect(skipReason(enabled, pod({}, { 'sidecar.istio.io/inject': 'true' }, { namespace: 'kube-public' }))).toBe('Namespace "kube-public" is excluded');
  });
  it('follows the label over the annotation', () => {
    expect(skipReason(enabled, pod({}, { 'sidecar.istio.io/inject': 'false' }))).toBe('sidecar.istio.io/inject is "false"');
    expect(skipReason(enabled, pod({ 'sidecar.istio.io/inject': 'true' }, { 'sidecar.istio.io/inject': 'false' }))).toBeUndefined();
    expect(skipReason(disabled, pod({ 'sidecar.istio.io/inject': 'false' }, { 'sidecar.istio.io/inject': 'true' }))).toBe('sidecar.istio.io/inject is "false"');
    expect(skipReason(disabled, pod({}, { 'sidecar.istio.io/inject': 'true' }))).toBeUndefined();
    expect(skipReason(disabled, pod({}, { 'sidecar.istio.io/inject': 'yes' }))).toBe('injection policy is disabled');
    expect(skipReason(enabled, pod({}, { 'sidecar.istio.io/inject': 'yes' }))).toBeUndefined();
  });
  it('applies never before always, only without an explicit choice', () => {
    const p = compilePolicy('disabled', [{ matchLabels: { never: 'true' } }], [{ matchExpressions: [{ key: 'always', operator: 'Exists' }] }]).compiled;
    expect(skipReason(p, pod({ always: 'x' }))).toBeUndefined();
    expect(skipReason(p, pod({ always: 'x', never: 'true' }))).toBe('pod labels match a neverInjectSelector');
    expect(skipReason(p, pod({ never: 'true', 'sidecar.istio.io/inject': 'true' }))).toBeUndefined();
    expect(skipReason(p, pod({}))).toBe('injection policy is disabled');
  });
  it('ignores invalid and empty selectors, with a warning for invalid ones', () => {
    const { compiled, warnings } = compilePolicy('enabled', [{}, { matchExpressions: [{ key: 'a', operator: 'In', values: [] }] }], []);
    expect(warnings).toHaveLength(1);
    expect(skipReason(compiled, pod({ a: 'b' }))).toBeUndefined();
  });
  it('supports NotIn and DoesNotExist', () => {
    const p = compilePolicy('enabled', [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['web'] }, { key: 'x', operator: 'DoesNotExist' }] }], []).compiled;
    expect(skipReason(p, pod({ tier: 'db' }))).toBe('pod labels match a neverInjectSelector');
    expect(skipReason(p, pod({ tier: 'web' }))).toBeUndefined();
    expect(skipReason(p, pod({ x: '1' }))).toBeUndefined();
  });
});
