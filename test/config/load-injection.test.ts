import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInjectorConfig } from '../../src/config/load-injection.js';
import { KubeInjectError } from '../../src/model/errors.js';
import { assertValidManifests } from '../helpers/k8s-schema.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'kube-inject-config-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function loadError(inputs: Parameters<typeof loadInjectorConfig>[0]): Promise<KubeInjectError> {
  try {
    await loadInjectorConfig(inputs, {});
  } catch (e) {
    if (e instanceof KubeInjectError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

const global = (v: Record<string, unknown>) => (v.global ?? {}) as Record<string, unknown>;

describe('loadInjectorConfig', () => {
  it('starts from our defaults: docker.io/istio, 1.31.0, classic sidecars, the sidecar template', async () => {
    const c = await loadInjectorConfig({}, {});
    expect(global(c.values).hub).toBe('docker.io/istio');
    expect(global(c.values).tag).toBe('1.31.0');
    expect(c.nativeSidecars).toBe(false);
    expect(c.defaultTemplates).toEqual(['sidecar']);
    expect(Object.keys(c.templates)).toEqual(expect.arrayContaining(['sidecar', 'gateway', 'grpc-agent', 'grpc-simple']));
  });

  it('deep-merges values files in order, then the operator file, then the flags', async () => {
    const a = file('a.yaml', 'global:\n  hub: one.example\n  proxy:\n    logLevel: debug\n');
    const b = file('b.json', '{"global": {"hub": "two.example"}}');
    const iop = file('iop.yaml', 'apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  values:\n    global:\n      tag: from-iop\n  meshConfig:\n    trustDomain: example.org\n');
    const c = await loadInjectorConfig({ values: [a, b], operatorFile: iop, revision: 'canary', proxyImage: 'proxyv2-custom' }, {});
    expect(global(c.values).hub).toBe('two.example');
    expect(global(c.values).tag).toBe('from-iop');
    expect((global(c.values).proxy as Record<string, unknown>).logLevel).toBe('debug');
    expect((global(c.values).proxy as Record<string, unknown>).image).toBe('proxyv2-custom');
    expect(c.revision).toBe('canary');
    expect(c.meshConfig.trustDomain).toBe('example.org');
    const flags = await loadInjectorConfig({ values: [a], hub: 'flag.example', tag: 'flag' }, {});
    expect([global(flags.values).hub, global(flags.values).tag]).toEqual(['flag.example', 'flag']);
  });

  it('accepts null at every level of the proxy resources, and it removes the default (as Helm and Istio do)', async () => {
    const resources = async (text: string) => {
      const c = await loadInjectorConfig({ values: [file('nulls.yaml', text)] }, {});
      const g = global(c.values) as Record<string, Record<string, unknown>>;
      return g.proxy!.resources;
    };
    expect(await resources('global:\n  proxy:\n    resources:\n      limits:\n        cpu: null\n  proxy_init:\n    resources:\n      requests:\n        memory: null\n')).toEqual({ requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '1024Mi' } });
    expect(await resources('global:\n  proxy:\n    resources:\n      requests: null\n  proxy_init:\n    resources: null\n')).toEqual({ limits: { cpu: '2000m', memory: '1024Mi' } });
    expect(await resources('global:\n  proxy:\n    resources: null\n')).toBeUndefined();
  });

  it('reads the istio ConfigMap as mesh config', async () => {
    const cm = file('istio-cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: istio\ndata:\n  mesh: |-\n    defaultConfig:\n      discoveryAddress: istiod-canary.istio-system.svc:15012\n');
    const c = await loadInjectorConfig({ meshConfig: [cm] }, {});
    expect((c.meshConfig.defaultConfig as Record<string, unknown>).discoveryAddress).toBe('istiod-canary.istio-system.svc:15012');
  });

  it('reads the injector ConfigMap: templates, settings, and data.values unless --values is given', async () => {
    const cm = file(
      'injector-cm.yaml',
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: istio-sidecar-injector',
        'data:',
        '  values: \'{"global": {"hub": "cm.example", "tag": "cm"}}\'',
        '  config: |-',
        '    policy: disabled',
        '    defaultTemplates: [mine]',
        '    templates:',
        '      mine: |-',
        '        metadata:',
        '          labels:',
        '            touched: "yes"',
        '',
      ].join('\n'),
    );
    const c = await loadInjectorConfig({ injectConfig: cm }, {});
    expect(c.policy).toBe('disabled');
    expect(c.defaultTemplates).toEqual(['mine']);
    expect(Object.keys(c.templates)).toEqual(['mine']);
    expect(global(c.values).hub).toBe('cm.example');
    const withValues = await loadInjectorConfig({ injectConfig: cm, values: [file('v.yaml', 'global:\n  hub: mine.example\n')] }, {});
    expect(global(withValues.values).hub).toBe('mine.example');
  });

  it('takes a bare template as the sidecar template', async () => {
    const c = await loadInjectorConfig({ injectConfig: file('bare.tmpl', 'spec:\n  containers:\n  - name: istio-proxy\n    image: {{ .ProxyImage }}\n') }, {});
    expect(Object.keys(c.templates)).toEqual(['sidecar']);
  });

  it('gives the templates the environment its caller passes, not the process environment', async () => {
    const bare = file('env.tmpl', 'metadata:\n  annotations:\n    from-env: {{ env "KUBE_INJECT_TEST_ENV" "unset" | quote }}\n');
    const render = (c: Awaited<ReturnType<typeof loadInjectorConfig>>) => c.templates.sidecar!.execute({});
    process.env.KUBE_INJECT_TEST_ENV = 'from the process';
    try {
      expect(render(await loadInjectorConfig({ injectConfig: bare }, { KUBE_INJECT_TEST_ENV: 'given' }))).toContain('"given"');
      expect(render(await loadInjectorConfig({ injectConfig: bare }, {}))).toContain('"unset"');
    } finally {
      delete process.env.KUBE_INJECT_TEST_ENV;
    }
  });

  it('names the file, key, line and column of a wrongly typed value', async () => {
    const e = await loadError({ values: [file('bad-values.yaml', 'global:\n  proxy:\n    statusPort: abc\n')] });
    expect(e.code).toBe('config');
    expect(e.message).toContain('global.proxy.statusPort');
    expect(e.position).toMatchObject({ file: join(dir, 'bad-values.yaml'), line: 3, column: 5 });
  });

  it('names the template file, line and column of a template that does not parse', async () => {
    const cm = file('broken.yaml', 'templates:\n  sidecar: |-\n    spec:\n      containers: {{ nope\n');
    const c = await loadInjectorConfig({ injectConfig: cm }, {});
    let err: unknown;
    try {
      void c.templates.sidecar;
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(KubeInjectError);
    expect((err as KubeInjectError).position).toMatchObject({ file: cm, line: 4 });
    expect((err as KubeInjectError).position.column).toBeGreaterThan(4);
  });
});

describe('errors inside a ConfigMap name the line of the ConfigMap file', () => {
  const cm = (config: string) =>
    ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: istio-sidecar-injector', 'data:', '  config: |-', ...config.split('\n').map((l) => `    ${l}`), ''].join('\n');

  it('a bad setting in data.config', async () => {
    const path = file('cm-bad-policy.yaml', cm('policy: sometimes\ntemplates:\n  sidecar: |-\n    spec: {}'));
    const e = await loadError({ injectConfig: path });
    expect(e.message).toMatch(/policy: must be one of enabled, disabled/);
    expect(e.position).toMatchObject({ file: path, line: 7, column: 5 });
  });

  it('a template that does not parse is reported once, at its line in the ConfigMap', async () => {
    const path = file('cm-bad-template.yaml', cm('templates:\n  sidecar: |-\n    spec: {{ nope'));
    const deployments = ['a', 'b', 'c'].map((n) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${n}\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: i\n`);
    const r = await runCli(['-q', '-f', file('three.yaml', deployments.join('---\n')), '--inject-config', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const errors = r.stderr.split('\n').filter((l) => l.includes('error:'));
    expect(errors).toEqual([`${path}:9:15: error: template: sidecar:1:7: unclosed action`]);
  });
});

describe('the inject command with configuration', () => {
  const deployment = file(
    'web.yaml',
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web, version: v1}\n    spec:\n      containers:\n      - name: web\n        image: web:1\n',
  );

  it('uses the default proxy image, and --hub/--tag change it', async () => {
    const plain = await runCli(['-q', '-f', deployment]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('image: docker.io/istio/proxyv2:1.31.0');
    const custom = await runCli(['-q', '-f', deployment, '--hub', 'registry.example', '--tag', '9.9']);
    expect(custom.stdout).toContain('image: registry.example/proxyv2:9.9');
    assertValidManifests(plain.stdout);
    assertValidManifests(custom.stdout);
  });

  it('an unknown template name is an error naming it, at the annotation', async () => {
    const pod = file('pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    inject.istio.io/templates: sidecar,nope\nspec:\n  containers:\n  - name: c\n    image: i\n');
    const r = await runCli(['-q', '-f', pod]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/pod\.yaml:6:\d+: error: .*nope/);
  });

  it('--native-sidecars makes istio-proxy an init container with restartPolicy Always', async () => {
    const r = await runCli(['-q', '-f', deployment, '--native-sidecars']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/initContainers:[\s\S]*- name: istio-proxy[\s\S]*restartPolicy: Always/);
    assertValidManifests(r.stdout);
  });
});
