/** The engine's own rules, with small templates (and Istio's for uninjection). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goJsonFieldResolver, parseTemplate } from '../../src/gotemplate/index.js';
import { reportMergeError } from '../../src/inject/apply-templates.js';
import { prepareInjector, stripInjection, type InjectorConfig } from '../../src/inject/index.js';
import { MergeError } from '../../src/merge/index.js';
import { KubeInjectError } from '../../src/model/errors.js';
import { injectionFunctions } from '../../src/render/functions.js';
import { parseManifests } from '../helpers/normalize.js';
import { locateConformanceData } from '../helpers/shared.js';
import { istioSetup } from './engine-setup.js';

const funcs = injectionFunctions({ getEnv: () => undefined });
const tpl = (name: string, text: string) => parseTemplate(name, text, { funcs, fieldResolver: goJsonFieldResolver });

const SIDECAR = `spec:
  containers:
  - name: istio-proxy
    image: {{ .ProxyImage }}
    env:
    - name: MODE
      value: {{ .ProxyConfig.InterceptionMode }}
    - name: OWNER
      value: {{ .TypeMeta.Kind }}/{{ .DeploymentMeta.Name }}/{{ .DeploymentMeta.Namespace }}
    - name: SA
      value: "{{ if eq .Spec.ServiceAccountName "" }}none{{ else }}{{ .Spec.ServiceAccountName }}{{ end }}"
  volumes:
  - name: istio-data
`;

function config(over: Partial<InjectorConfig> = {}): InjectorConfig {
  return {
    values: { global: { hub: 'hub', tag: '1.0', proxy: { image: 'proxyv2' } }, sidecarInjectorWebhook: { rewriteAppHTTPProbe: true } },
    meshConfig: {},
    templates: { sidecar: tpl('sidecar', SIDECAR), init: tpl('init', 'spec:\n  initContainers:\n  - name: istio-init\n    image: x\n') },
    defaultTemplates: ['sidecar'],
    aliases: { both: ['init', 'sidecar'] },
    policy: 'enabled',
    alwaysInjectSelector: [],
    neverInjectSelector: [],
    injectedAnnotations: {},
    nativeSidecars: false,
    revision: '',
    ...over,
  };
}

const pod = (annotations: Record<string, string> = {}, spec: Record<string, unknown> = {}) => ({
  metadata: { labels: { app: 'web' }, annotations },
  spec: { containers: [{ name: 'web', image: 'web' }], ...spec },
});
const req = (podTemplate: { metadata?: object; spec: object }, namespace = '') => ({ kind: 'Deployment', apiVersion: 'apps/v1', name: 'web', namespace, podTemplate });

function injected(r: ReturnType<ReturnType<typeof prepareInjector>['inject']>) {
  if (r.outcome !== 'injected') throw new Error(`skipped: ${r.reason}`);
  return r.podTemplate as { metadata: Record<string, any>; spec: Record<string, any> };
}

function thrown(f: () => unknown): KubeInjectError {
  try {
    f();
  } catch (e) {
    if (e instanceof KubeInjectError) return e;
    throw e;
  }
  throw new Error('expected a KubeInjectError');
}

describe('engine', () => {
  const injector = prepareInjector(config());

  it('renders with Go zero values and the workload as DeploymentMeta', () => {
    const out = injected(injector.inject(req(pod())));
    const proxy = out.spec.containers.find((c: any) => c.name === 'istio-proxy');
    expect(proxy.image).toBe('hub/proxyv2:1.0');
    expect(proxy.env).toEqual([
      { name: 'MODE', value: 'REDIRECT' },
      { name: 'OWNER', value: 'Deployment/web/' },
      { name: 'SA', value: 'none' },
    ]);
    expect(out.spec.containers.map((c: any) => c.name)).toEqual(['web', 'istio-proxy']);
    expect(JSON.parse(out.metadata.annotations['sidecar.istio.io/status'])).toEqual({
      initContainers: null, containers: ['istio-proxy'], volumes: ['istio-data'], imagePullSecrets: null, revision: 'default',
    });
  });

  it('never modifies its input and keeps the other keys of a bare Pod', () => {
    const p = { apiVersion: 'v1', kind: 'Pod', ...pod() };
    const before = JSON.stringify(p);
    const out = injected(injector.inject({ kind: 'Pod', apiVersion: 'v1', name: '', namespace: '', podTemplate: p }));
    expect(JSON.stringify(p)).toBe(before);
    expect(out).toMatchObject({ apiVersion: 'v1', kind: 'Pod' });
  });

  it('skips with a reason', () => {
    expect(injector.inject(req(pod({}, { hostNetwork: true })))).toEqual({ outcome: 'skipped', reason: 'host networking' });
    expect(injector.inject(req(pod(), 'kube-system'))).toEqual({ outcome: 'skipped', reason: 'Namespace "kube-system" is excluded' });
    expect(injector.inject(req(pod({ 'sidecar.istio.io/inject': 'false' })))).toEqual({ outcome: 'skipped', reason: 'sidecar.istio.io/inject is "false"' });
    const off = prepareInjector(config({ policy: 'disabled' }));
    expect(off.inject(req(pod()))).toEqual({ outcome: 'skipped', reason: 'injection policy is disabled' });
    expect(off.inject(req(pod({ 'sidecar.istio.io/inject': 'true' }))).outcome).toBe('injected');
  });

  it('selects templates by annotation, expanding aliases, and rejects unknown ones at the annotation', () => {
    const out = injected(injector.inject(req(pod({ 'inject.istio.io/templates': 'both' }))));
    expect(out.spec.initContainers.map((c: any) => c.name)).toEqual(['istio-init']);
    const e = thrown(() => injector.inject(req(pod({ 'inject.istio.io/templates': 'sidecar, nope' }))));
    expect(e.code).toBe('template');
    expect(e.message).toContain('"nope"');
    expect(e.position.pointer).toBe('/metadata/annotations/inject.istio.io~1templates');
  });

  it('rejects invalid annotations before rendering, pointing at them', () => {
    const e = thrown(() => injector.inject(req(pod({ 'sidecar.istio.io/interceptionMode': 'BOGUS' }))));
    expect(e.code).toBe('annotation');
    expect(e.position.pointer).toBe('/metadata/annotations/sidecar.istio.io~1interceptionMode');
  });

  it('applies proxy.istio.io/config over the mesh defaultConfig', () => {
    const out = injected(injector.inject(req(pod({ 'proxy.istio.io/config': 'interceptionMode: TPROXY' }))));
    expect(out.spec.containers[1].env[0]).toEqual({ name: 'MODE', value: 'TPROXY' });
  });

  it('adds injectedAnnotations, the revision, and the network from values', () => {
    const i = prepareInjector(config({ injectedAnnotations: { a: 'b' }, revision: 'canary', values: { global: { hub: 'hub', tag: '1.0', network: 'n1', multiCluster: { clusterName: 'c1' } } } }));
    const out = injected(i.inject(req(pod())));
    expect(out.metadata.annotations.a).toBe('b');
    expect(JSON.parse(out.metadata.annotations['sidecar.istio.io/status']).revision).toBe('canary');
    expect(out.metadata.labels['topology.istio.io/network']).toBe('n1');
    expect(out.spec.containers[1].env.slice(-2)).toEqual([
      { name: 'ISTIO_META_CLUSTER_ID', value: 'c1' },
      { name: 'ISTIO_META_NETWORK', value: 'n1' },
    ]);
  });

  it('reports invalid selectors as configuration warnings', () => {
    const i = prepareInjector(config({ neverInjectSelector: [{ matchExpressions: [{ key: 'a', operator: 'Bogus' }] }] }));
    expect(i.configWarnings).toHaveLength(1);
  });
});

function resolveProbePorts(spec: any): any {
  const copy = structuredClone(spec);
  for (const c of copy.containers ?? []) {
    for (const k of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
      const port = c[k]?.httpGet?.port ?? c[k]?.tcpSocket?.port;
      if (typeof port !== 'string') continue;
      const n = (c.ports ?? []).find((p: any) => p.name === port)?.containerPort;
      if (c[k].httpGet) c[k].httpGet.port = n;
      else c[k].tcpSocket.port = n;
    }
  }
  return copy;
}

const loc = locateConformanceData();
describe('stripInjection', () => {
  it('undoes an injection', () => {
    expect(loc.dir).not.toBeNull();
    const setup = istioSetup(loc.dir!, 'built-in');
    for (const [input, native] of [['hello-probes.yaml', true], ['prometheus-scrape.yaml', false], ['multi-init.yaml', false]] as const) {
      const doc = parseManifests(readFileSync(join(setup.injectDir, input), 'utf8'))[0] as any;
      const template = doc.kind === 'Pod' ? { metadata: doc.metadata, spec: doc.spec } : doc.spec.template;
      const injector = setup.injectorFor({ kind: 'golden', id: input, input, golden: '', native });
      const out = injected(injector.inject(req(template)));
      const back = stripInjection(out) as { metadata: any; spec: any };
      // Istio records probes with named ports resolved to numbers; that is what comes back.
      expect(back.spec, input).toEqual(resolveProbePorts(template.spec));
      const annotations = { ...back.metadata.annotations };
      for (const k of ['istio.io/rev', 'kubectl.kubernetes.io/default-container', 'kubectl.kubernetes.io/default-logs-container']) delete annotations[k];
      expect(annotations, input).toEqual(template.metadata.annotations ?? {});
      expect(stripInjection(template)).toEqual({ metadata: template.metadata ?? {}, spec: template.spec });
    }
  });
  it('gives back the pod\'s own istio-proxy and istio-init customisations', () => {
    const setup = istioSetup(loc.dir!, 'built-in');
    const doc = parseManifests(readFileSync(join(setup.injectDir, 'proxy-override.yaml'), 'utf8'))[0] as any;
    const template = doc.spec.template;
    for (const native of [true, false]) {
      const injector = setup.injectorFor({ kind: 'golden', id: 'po', input: 'proxy-override.yaml', golden: '', native });
      const back = stripInjection(injected(injector.inject(req(template)))) as { metadata: any; spec: any };
      const proxy = template.spec.containers[1];
      expect(proxy.image).toBe('auto'); // recorded without it, given back      expect(back.spec.containers.map((c: any) => c.name), `native ${native}`).toEqual(['hello', 'istio-proxy']);
      expect(back.spec.containers[1]).toEqual(JSON.parse(JSON.stringify({ ...proxy, resources: { limits: { cpu: '3' }, requests: { cpu: '123m' } } })));
      expect(back.spec.initContainers).toEqual([{ ...template.spec.initContainers[0], resources: {} }]);
      expect(back.metadata.annotations['proxy.istio.io/overrides']).toBeUndefined();
    }
  });
});

describe('merge problems', () => {
  it('point at the pod for its own bad list element (caught by the shape check first), at the template otherwise', () => {
    const i = prepareInjector(config());
    const e = thrown(() => i.inject(req({ metadata: {}, spec: { containers: [{ image: 'no-name' }] } })));
    expect(e.code).toBe('workload');
    expect(e.position.pointer).toBe('/spec/containers/0');
    const bad = prepareInjector(config({ templates: { sidecar: tpl('sidecar', 'spec:\n  containers:\n  - image: x\n') } }));
    const t = thrown(() => bad.inject(req(pod())));
    expect(t.code).toBe('template');
    expect(t.message).toContain('"sidecar"');
  });

  it('keep the pointer into the pod when the pod\'s own data cannot be merged', () => {
    const withFinalizers = prepareInjector(config({ templates: { sidecar: tpl('sidecar', 'metadata:\n  finalizers: [x]\nspec:\n  containers:\n  - name: istio-proxy\n') } }));
    const e = thrown(() => withFinalizers.inject(req({ metadata: { finalizers: [{ not: 'a string' }] }, spec: { containers: [{ name: 'web' }] } })));
    expect(e.code).toBe('merge');
    expect(e.position.pointer).toBe('/metadata/finalizers/0');
  });

  it('are told apart by the input they are about, not by their wording', () => {
    const own = new MergeError('any wording at all', '/spec/containers/1', 'original');
    expect(reportMergeError('sidecar', own, true)).toBe(own);
    const template = reportMergeError('sidecar', own, false);
    expect(template.code).toBe('template');
    const worded = new MergeError('element of the original list has no merge key "name"', '/spec/containers/0', 'patch');
    expect(reportMergeError('sidecar', worded, true).code).toBe('template');
  });
});
