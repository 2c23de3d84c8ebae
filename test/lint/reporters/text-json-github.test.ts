import { describe, expect, test } from 'vitest';
import { colorLevelFor, createReporter } from '../../../src/emit/findings/index.js';
import { KubeInjectError } from '../../../src/model/errors.js';
import { finding, options, sink } from './sample.js';

const error = finding({
  ruleId: 'reserved-port',
  severity: 'error',
  istioCode: undefined,
  message: 'container "web" listens on port 15021, which the Istio sidecar reserves (health checks)',
  pointer: '/spec/template/spec/containers/0/ports/0',
  line: 104,
  column: 11,
  resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: '', name: 'web' },
  resourceLabel: 'Deployment "web"',
});
const other = finding({ file: 'manifests/db.yaml', severity: 'warning', ruleId: 'app-version-labels', istioCode: undefined, message: 'no version', line: 3, column: 1 });
const suppressed = finding({ line: 30, suppressed: { reason: 'legacy' } });

describe('text', () => {
  test('grouped by file, aligned, with a summary; no colour off a terminal', () => {
    const out = sink();
    const r = createReporter('text', options(out));
    for (const f of [finding(), error, other, suppressed]) r.write(f);
    r.flush();
    expect(out.text()).toBe(
      [
        'manifests/app.yaml',
        '  20:5    info     Service "shop/web": port 80 (targetPort 8080) has no name  port-name (IST0118)',
        '  104:11  error    Deployment "web": container "web" listens on port 15021, which the Istio sidecar reserves (health checks)  reserved-port',
        '',
        'manifests/db.yaml',
        '  3:1  warning  Service "shop/web": no version  app-version-labels',
        '',
        '3 problems (1 error, 1 warning, 1 info); 1 suppressed',
        '',
      ].join('\n'),
    );
  });

  test('clean: one line, or nothing for the inject command', () => {
    const out = sink();
    const r = createReporter('text', options(out));
    r.flush();
    expect(out.text()).toBe('no problems found\n');
    const quiet = sink();
    const q = createReporter('text', options(quiet, { quietWhenClean: true }));
    q.flush();
    expect(quiet.text()).toBe('');
  });

  test('colour only on a terminal without NO_COLOR', () => {
    expect(colorLevelFor(sink(true), {})).toBe(1);
    expect(colorLevelFor(sink(false), {})).toBe(0);
    expect(colorLevelFor(sink(true), { NO_COLOR: '1' })).toBe(0);
    expect(colorLevelFor(sink(true), { NO_COLOR: '' })).toBe(1);
    const out = sink(true);
    const r = createReporter('text', options(out, { colorLevel: 1 }));
    r.write(error);
    r.flush();
    expect(out.text()).toContain('\u001b[31merror  \u001b[39m');
  });
});

describe('json', () => {
  test('stable fields; suppressed findings apart, with their reason', () => {
    const out = sink();
    const r = createReporter('json', options(out));
    for (const f of [error, suppressed]) r.write(f);
    r.flush();
    expect(JSON.parse(out.text())).toEqual({
      version: 1,
      tool: { name: 'kube-inject', version: '9.9.9' },
      summary: { error: 1, warning: 0, info: 0, suppressed: 1 },
      errors: [],
      findings: [
        {
          ruleId: 'reserved-port',
          severity: 'error',
          istioCode: null,
          message: 'container "web" listens on port 15021, which the Istio sidecar reserves (health checks)',
          file: 'manifests/app.yaml',
          line: 104,
          column: 11,
          document: 1,
          pointer: '/spec/template/spec/containers/0/ports/0',
          resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: '', name: 'web' },
        },
      ],
      suppressed: [expect.objectContaining({ ruleId: 'port-name', istioCode: 'IST0118', line: 30, suppression: { kind: 'annotation', reason: 'legacy' } })],
    });
  });
});

describe('github', () => {
  test('workflow commands with relative paths; info is a notice; escaping; suppressed left out', () => {
    const out = sink();
    const r = createReporter('github', options(out));
    r.write(finding({ file: '/repo/k8s/app.yaml', message: 'a: 100%, b\nc' }));
    r.write(error);
    r.write(suppressed);
    r.flush();
    expect(out.text()).toBe(
      '::notice file=k8s/app.yaml,line=20,col=5,title=kube-inject port-name (IST0118)::Service "shop/web": a: 100%25, b%0Ac\n' +
        '::error file=manifests/app.yaml,line=104,col=11,title=kube-inject reserved-port::Deployment "web": container "web" listens on port 15021, which the Istio sidecar reserves (health checks)\n',
    );
  });
});

describe('input errors, in every format', () => {
  const badYaml = () => new KubeInjectError('yaml', 'invalid YAML: deficient indentation', { file: '/repo/k8s/bad.yaml', line: 3, column: 1 });
  const noPodSpec = () =>
    new KubeInjectError('workload', 'its pod spec (spec.template.spec) is missing', { file: 'manifests/app.yaml', line: 7, column: 3, resource: 'Deployment "shop/web"' });
  const nothing = () => new KubeInjectError('no-manifests', 'no manifests found in k8s/ (looked for .yaml, .yml, .json)');

  test('text: listed first, as file:line:column: error: …, and counted in the summary; nothing on the log', () => {
    const out = sink();
    const log = sink();
    const r = createReporter('text', options(out, { log }));
    r.error(badYaml());
    r.error(noPodSpec());
    r.write(error);
    r.flush();
    expect(out.text()).toBe(
      [
        '/repo/k8s/bad.yaml:3:1: error: invalid YAML: deficient indentation',
        'manifests/app.yaml:7:3: error: Deployment "shop/web": its pod spec (spec.template.spec) is missing',
        '',
        'manifests/app.yaml',
        '  104:11  error    Deployment "web": container "web" listens on port 15021, which the Istio sidecar reserves (health checks)  reserved-port',
        '',
        '2 input errors; 1 problem (1 error, 0 warnings, 0 info)',
        '',
      ].join('\n'),
    );
    expect(log.text()).toBe('');
  });

  test('text: a failed run never says "no problems found", even for the inject command', () => {
    for (const quietWhenClean of [false, true]) {
      const out = sink();
      const r = createReporter('text', options(out, { quietWhenClean }));
      r.error(nothing());
      r.flush();
      expect(out.text()).toBe('error: no manifests found in k8s/ (looked for .yaml, .yml, .json)\n\n1 input error; no other problems\n');
    }
  });

  test('json: an errors array (file, line, column, message; null when unknown), always present; the log has them as text', () => {
    const out = sink();
    const log = sink();
    const r = createReporter('json', options(out, { log }));
    r.error(badYaml());
    r.error(noPodSpec());
    r.error(nothing());
    r.flush();
    expect(JSON.parse(out.text()).errors).toEqual([
      { file: '/repo/k8s/bad.yaml', line: 3, column: 1, message: 'invalid YAML: deficient indentation' },
      { file: 'manifests/app.yaml', line: 7, column: 3, message: 'Deployment "shop/web": its pod spec (spec.template.spec) is missing' },
      { file: null, line: null, column: null, message: 'no manifests found in k8s/ (looked for .yaml, .yml, .json)' },
    ]);
    expect(log.text()).toBe(
      '/repo/k8s/bad.yaml:3:1: error: invalid YAML: deficient indentation\n' +
        'manifests/app.yaml:7:3: error: Deployment "shop/web": its pod spec (spec.template.spec) is missing\n' +
        'error: no manifests found in k8s/ (looked for .yaml, .yml, .json)\n',
    );
  });

  test('github: an ::error workflow command at the file and line, with what is known; not repeated on the log', () => {
    const out = sink();
    const log = sink();
    const r = createReporter('github', options(out, { log }));
    r.error(badYaml());
    r.error(new KubeInjectError('io', 'cannot read: no such file or directory', { file: 'k8s/gone.yaml' }));
    r.error(nothing());
    r.flush();
    expect(out.text()).toBe(
      '::error file=k8s/bad.yaml,line=3,col=1,title=kube-inject::invalid YAML: deficient indentation\n' +
        '::error file=k8s/gone.yaml,title=kube-inject::cannot read: no such file or directory\n' +
        '::error title=kube-inject::no manifests found in k8s/ (looked for .yaml, .yml, .json)\n',
    );
    expect(log.text()).toBe('');
  });
});

test('an unknown format names every valid one', () => {
  expect(() => createReporter('xml', options(sink()))).toThrow('unknown output format "xml"; valid formats are: text, json, sarif, github');
});
