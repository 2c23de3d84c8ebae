/** The patch the webhook answers, checked with an independent RFC 6902 applier. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPatch, deepEqual, escapeToken } from '../../src/webhook/json-patch.js';
import { applyJsonPatch } from '../helpers/json-patch-apply.js';

const json = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 4 }), tie('list'), tie('object')),
  list: fc.array(tie('value'), { maxLength: 5 }),
  object: fc.dictionary(fc.constantFrom('a', 'b', 'c/d', 'e~f', '', '__proto__'), tie('value'), { maxKeys: 4 }),
})).value;

describe('createPatch', () => {
  it('turns any JSON value into any other (property)', () => {
    fc.assert(
      fc.property(json, json, (a, b) => {
        const ops = createPatch(a, b);
        expect(applyJsonPatch(JSON.parse(JSON.stringify(a)), ops)).toEqual(JSON.parse(JSON.stringify(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives no operation for equal values, whatever their key order', () => {
    expect(createPatch({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toEqual([]);
  });

  it('adds a container at the front with one operation', () => {
    const a = { spec: { containers: [{ name: 'app' }, { name: 'other' }] } };
    const b = { spec: { containers: [{ name: 'istio-proxy' }, { name: 'app' }, { name: 'other' }] } };
    expect(createPatch(a, b)).toEqual([{ op: 'add', path: '/spec/containers/0', value: { name: 'istio-proxy' } }]);
  });

  it('escapes / and ~ in keys (annotation names)', () => {
    expect(escapeToken('sidecar.istio.io/status')).toBe('sidecar.istio.io~1status');
    expect(escapeToken('a~b/c')).toBe('a~0b~1c');
    expect(createPatch({ metadata: {} }, { metadata: { annotations: { 'x/y': '1' } } })).toEqual([{ op: 'add', path: '/metadata/annotations', value: { 'x/y': '1' } }]);
    expect(createPatch({ a: { 'x/y': '1' } }, { a: { 'x/y': '2' } })).toEqual([{ op: 'replace', path: '/a/x~1y', value: '2' }]);
  });

  it('treats undefined members as absent', () => {
    expect(createPatch({ a: undefined, b: 1 }, { b: 1, c: undefined })).toEqual([]);
    expect(deepEqual({ a: undefined }, {})).toBe(true);
    expect(deepEqual({ a: null }, {})).toBe(false);
  });
});
