import { describe, expect, it } from 'vitest';
import { validateInput } from '../../src/schemas/index.js';
import { readShared } from './helpers.js';

const check = (data: unknown) => validateInput('values', data);

describe('values schema', () => {
  it.each(['config/test-default.values.json', 'kubeinject-cli/inject-values.yaml'])('accepts %s', (file) => {
    expect(check(readShared(file))).toEqual([]);
  });

  it('accepts the IstioOperator spec.values of the istioctl test', () => {
    const iop = readShared('kubeinject-cli/istio-operator.yaml') as { spec: { values: unknown } };
    expect(check(iop.spec.values)).toEqual([]);
  });

  it('leaves keys the injector does not read open', () => {
    expect(check({ global: { somethingNew: { x: 1 }, proxy: { futureKnob: 'x' } }, istio_cni: { enabled: 'x' }, base: {} })).toEqual([]);
  });

  it('accepts numeric strings for integers and null for unset keys', () => {
    expect(check({ global: { proxy: { statusPort: '15020', readinessPeriodSeconds: null } } })).toEqual([]);
  });

  it('rejects a non-numeric status port', () => {
    expect(check({ global: { proxy: { statusPort: 'abc' } } })).toEqual([
      { pointer: '/global/proxy/statusPort', message: 'must be a non-negative integer, got string "abc"' },
    ]);
    expect(check({ global: { proxy: { statusPort: 70000 } } })).toEqual([
      { pointer: '/global/proxy/statusPort', message: 'must be <= 65535, got integer 70000' },
    ]);
  });

  it('rejects a non-boolean privileged flag', () => {
    expect(check({ global: { proxy: { privileged: 'yes please' } } })).toEqual([
      { pointer: '/global/proxy/privileged', message: 'must be a boolean, got string "yes please"' },
    ]);
  });

  it('checks resources, selectors, templates and enums', () => {
    expect(check({ global: { proxy: { resources: { limits: { cpu: '2 cores' } } } } })).toEqual([
      { pointer: '/global/proxy/resources/limits/cpu', message: 'must be a Kubernetes quantity like "100m" or "128Mi", got string "2 cores"' },
    ]);
    expect(check({ global: { proxy: { resources: { limit: { cpu: '2' } } } } })).toEqual([
      { pointer: '/global/proxy/resources/limit', message: 'unknown field "limit" (did you mean "limits"?)' },
    ]);
    expect(check({ sidecarInjectorWebhook: { neverInjectSelector: [{ matchLabel: { a: 'b' } }] } })).toEqual([
      { pointer: '/sidecarInjectorWebhook/neverInjectSelector/0/matchLabel', message: 'unknown field "matchLabel" (did you mean "matchLabels"?)' },
    ]);
    expect(check({ sidecarInjectorWebhook: { templates: { custom: 5 } } })).toEqual([
      { pointer: '/sidecarInjectorWebhook/templates/custom', message: 'must be a string, got integer 5' },
    ]);
    expect(check({ global: { proxy: { tracer: 'jaeger' } } })).toEqual([
      { pointer: '/global/proxy/tracer', message: 'must be one of "", zipkin, lightstep, datadog, stackdriver, openCensusAgent, none' },
    ]);
    expect(check({ global: { proxy_init: { image: ['proxyv2'] } } })).toEqual([
      { pointer: '/global/proxy_init/image', message: 'must be a string, got a list' },
    ]);
  });

  it('checks values.meshConfig against the MeshConfig schema', () => {
    expect(check({ meshConfig: { defaultConfig: { discoveryAdress: 'x' } } })).toEqual([
      { pointer: '/meshConfig/defaultConfig/discoveryAdress', message: 'unknown field "discoveryAdress" (did you mean "discoveryAddress"?)' },
    ]);
  });

  it('accepts an empty values file (null)', () => {
    expect(check(null)).toEqual([]);
  });

  it('rejects a document that is not a mapping', () => {
    expect(check(['global'])).toEqual([{ pointer: '', message: 'must be an object (mapping), got a list' }]);
  });
});
