import { describe, expect, it } from 'vitest';
import { validateInput } from '../../src/schemas/index.js';
import { readShared } from './helpers.js';

const check = (data: unknown) => validateInput('istio-operator', data);

describe('istio-operator schema', () => {
  it('accepts kubeinject-cli/istio-operator.yaml', () => {
    expect(check(readShared('kubeinject-cli/istio-operator.yaml'))).toEqual([]);
  });

  it('accepts an operator whose spec carries the test-default values and mesh config', () => {
    const iop = {
      apiVersion: 'install.istio.io/v1alpha1',
      kind: 'IstioOperator',
      spec: { profile: 'default', values: readShared('config/test-default.values.json'), meshConfig: readShared('config/test-default.mesh.yaml') },
    };
    expect(check(iop)).toEqual([]);
  });

  it('checks spec.meshConfig against the MeshConfig schema', () => {
    const problems = check({ kind: 'IstioOperator', spec: { meshConfig: { defaultConfig: { discoveryAdress: 'x' }, enableTracing: 'yes' } } });
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(
      expect.arrayContaining([
        { pointer: '/spec/meshConfig/defaultConfig/discoveryAdress', message: 'unknown field "discoveryAdress" (did you mean "discoveryAddress"?)' },
        { pointer: '/spec/meshConfig/enableTracing', message: 'must be a boolean, got string "yes"' },
      ]),
    );
  });

  it('checks spec.values against the values schema', () => {
    expect(check({ kind: 'IstioOperator', spec: { values: { global: { proxy: { privileged: 'yes please' } } } } })).toEqual([
      { pointer: '/spec/values/global/proxy/privileged', message: 'must be a boolean, got string "yes please"' },
    ]);
  });

  it('requires kind IstioOperator', () => {
    expect(check({ kind: 'Deployment' })).toEqual([{ pointer: '/kind', message: 'must be "IstioOperator", got string "Deployment"' }]);
    expect(check({ spec: {} })).toEqual([{ pointer: '', message: 'missing required field "kind"' }]);
  });
});
