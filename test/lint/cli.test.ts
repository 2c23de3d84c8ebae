import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from './helpers/memory-io.js';
import { yaml } from './helpers/rule-tester.js';

/** One Deployment (with a Service) whose only problem is an app port on 15021: one error. */
const RESERVED = yaml`
  apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    selector: {app: web}
    ports: [{name: http, port: 80}]
  ---
  apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: web
  spec:
    template:
      metadata:
        labels: {app: web, version: v1}
      spec:
        containers:
        - name: web
          image: web
          ports:
          - containerPort: 15021
`;

/** Only a warning: the pod template has no version label. */
const WARNING_ONLY = RESERVED.replace('containerPort: 15021', 'containerPort: 8080').replace(', version: v1', '');

function tmp(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ki-lint-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function run(argv: string[], o: Parameters<typeof memoryIO>[0] = {}) {
  const io = memoryIO(o);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('kube-inject lint', () => {
  test('text report on stdout, exit 1 on an error; colour only on a terminal without NO_COLOR', async () => {
    const dir = tmp({ 'app.yaml': RESERVED });
    const file = join(dir, 'app.yaml');
    const plain = await run(['lint', '-f', file]);
    expect(plain.code).toBe(1);
    expect(plain.out).toBe(
      `${file}\n  21:11  error    Deployment "web": container "web" listens on port 15021, which the Istio sidecar reserves (health checks)  reserved-port\n\n` +
        '1 problem (1 error, 0 warnings, 0 info)\n',
    );
    expect(plain.err).toBe('');
    expect((await run(['lint', '-f', file], { tty: true })).out).toContain('\u001b[');
    expect((await run(['lint', '-f', file], { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
  });

  test('--fail-on sets the threshold of exit 1', async () => {
    const file = join(tmp({ 'a.yaml': WARNING_ONLY }), 'a.yaml');
    expect((await run(['lint', '-f', file])).code).toBe(0);
    expect((await run(['lint', '-f', file, '--fail-on', 'warning'])).code).toBe(1);
    expect((await run(['lint', '-f', 'fixtures/mistakes.yaml', '--fail-on', 'info'])).code).toBe(1);
    const bad = await run(['lint', '-f', file, '--fail-on', 'fatal']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Allowed choices are error, warning, info');
  });

  test('files as arguments (as pre-commit passes them) and from stdin', async () => {
    expect((await run(['lint', 'fixtures/bookshop.yaml'])).code).toBe(0);
    const r = await run(['lint', '-f', '-'], { stdin: RESERVED });
    expect(r.code).toBe(1);
    expect(r.out).toContain('<stdin>\n  21:11  error');
  });

  test('exit 2 for an unknown format, naming the valid ones', async () => {
    const r = await run(['lint', '-f', 'fixtures/bookshop.yaml', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown output format "xml"; valid formats are: text, json, sarif, github');
    expect(r.out).toBe('');
  });

  test('exit 2 for invalid YAML, with file:line:column in the report (not twice); the other files are still linted', async () => {
    const dir = tmp({ 'bad.yaml': 'kind: Service\nmetadata: [\n', 'good.yaml': RESERVED });
    const r = await run(['lint', '-f', join(dir, 'bad.yaml'), '-f', join(dir, 'good.yaml')]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(new RegExp(`^${join(dir, 'bad.yaml')}:3:1: error: invalid YAML`));
    expect(r.out).toContain('reserved-port');
    expect(r.out).toMatch(/\n1 input error; 1 problem \(1 error, 0 warnings, 0 info\)\n$/);
    expect(r.err).toBe('');
  });

  test('invalid input shows in every format, at its file and line; the other files are still reported; exit 2', async () => {
    const dir = tmp({ 'good.yaml': RESERVED, 'broken.yaml': 'kind: Service\nmetadata: [\n' });
    const args = ['lint', '-f', 'good.yaml', '-f', 'broken.yaml', '--format'];
    const github = await run([...args, 'github'], { cwd: dir });
    expect(github.code).toBe(2);
    expect(github.out).toMatch(/^::error file=broken\.yaml,line=3,col=1,title=kube-inject::invalid YAML: /m);
    expect(github.out).toMatch(/^::error file=good\.yaml,line=21,col=11,title=kube-inject reserved-port::/m);
    const json = await run([...args, 'json'], { cwd: dir });
    expect(json.code).toBe(2);
    const report = JSON.parse(json.out);
    expect(report.errors).toEqual([{ file: 'broken.yaml', line: 3, column: 1, message: expect.stringMatching(/^invalid YAML: /) }]);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['reserved-port']);
    const sarif = await run([...args, 'sarif'], { cwd: dir });
    expect(sarif.code).toBe(2);
    const invocation = JSON.parse(sarif.out).runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'broken.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1 },
    });
    // The machine formats go to files; the person watching the run sees the error on stderr.
    for (const r of [json, sarif]) expect(r.err).toMatch(/^broken\.yaml:3:1: error: invalid YAML: /);
    const text = await run([...args, 'text'], { cwd: dir });
    expect(text.code).toBe(2);
    expect(text.out).toMatch(/^broken\.yaml:3:1: error: invalid YAML: .*\n\ngood\.yaml\n {2}21:11 {2}error/);
  });

  test('text never says "no problems found" when the run failed', async () => {
    const dir = tmp({ 'broken.yaml': 'kind: Service\nmetadata: [\n', 'chart.yaml': 'kind: Service\nmetadata:\n  name: {{ .Release.Name }}\n' });
    const r = await run(['lint', 'broken.yaml', 'chart.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.out).not.toContain('no problems found');
    expect(r.out).toBe(
      `broken.yaml:3:1: error: invalid YAML: deficient indentation\n` +
        `chart.yaml:3:9: error: this looks like an unrendered Go/Helm template ({{ .Release.Name }}); render it first, e.g. helm template CHART | kube-inject -f -\n\n` +
        '2 input errors; no other problems\n',
    );
    expect(r.err).toBe('');
  });

  test('.kube-inject.yaml in the working directory, or --config', async () => {
    const dir = tmp({ 'a.yaml': RESERVED, '.kube-inject.yaml': 'rules:\n  reserved-port: warning\n', 'off.yaml': 'rules: {reserved-port: off}\n' });
    const file = join(dir, 'a.yaml');
    const r = await run(['lint', '-f', file, '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).findings.map((f: { severity: string }) => f.severity)).toEqual(['warning']);
    const off = await run(['lint', '-f', file, '--config', 'off.yaml'], { cwd: dir });
    expect(off.out).toBe('no problems found\n');
  });

  test('exit 2 for a bad configuration, naming the file and the key', async () => {
    const dir = tmp({ '.kube-inject.yaml': '# lint settings\nrules:\n  reserved-ports: off\n' });
    const r = await run(['lint', '-f', 'fixtures/bookshop.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toContain('.kube-inject.yaml:3:3: error: invalid lint configuration: rules.reserved-ports: unknown rule "reserved-ports"');
  });

  test('--expect-injected: pods without istio-proxy are errors', async () => {
    const r = await run(['lint', '-f', 'fixtures/bookshop.yaml', '--expect-injected', '--format', 'json']);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out).findings as Array<{ ruleId: string; resource: { name: string } }>;
    expect(findings.map((f) => `${f.ruleId} ${f.resource.name}`)).toEqual([
      'sidecar-present storefront-v1',
      'sidecar-present catalog-v1',
      'sidecar-present catalog-v2',
      'sidecar-present inventory-v1',
      'sidecar-present orders-v1',
    ]);
  });
});

describe('the lint pass of kube-inject (inject)', () => {
  test('findings go to stderr, stdout stays manifests; --strict fails on errors', async () => {
    const file = join(tmp({ 'a.yaml': RESERVED }), 'a.yaml');
    const lenient = await run(['-f', file, '-q']);
    expect(lenient.code).toBe(0);
    expect(lenient.out).toContain('kind: Deployment');
    expect(lenient.out).not.toContain('reserved-port');
    expect(lenient.err).toContain('error    Deployment "web": container "web" listens on port 15021');

    const strict = await run(['inject', '-f', file, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.out).toBe('');
    expect(strict.err).toContain('kube-inject: --strict: 1 lint error; nothing was written');
  });

  test('--strict passes on warnings; --config turns a rule off; a clean input prints nothing', async () => {
    const dir = tmp({ 'w.yaml': WARNING_ONLY, 'a.yaml': RESERVED, 'off.yaml': 'rules: {reserved-port: off}\n' });
    expect((await run(['-f', join(dir, 'w.yaml'), '--strict', '-q'])).code).toBe(0);
    const off = await run(['-f', join(dir, 'a.yaml'), '--strict', '--config', join(dir, 'off.yaml'), '-q']);
    expect(off.code).toBe(0);
    expect(off.err).toBe('');
    const clean = await run(['-f', 'fixtures/bookshop.yaml', '-q', '--strict']);
    expect(clean.code).toBe(0);
    expect(clean.err).toBe('');
  });
});

test('.pre-commit-hooks.yaml declares the kube-inject-lint hook', () => {
  const hooks = load(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Array<Record<string, unknown>>;
  // test/e2e runs it with the real pre-commit; this pins the declaration for `npm test`.
  expect(hooks).toEqual([
    expect.objectContaining({ id: 'kube-inject-lint', language: 'node', entry: 'kube-inject lint --context .', types_or: ['yaml', 'json'], require_serial: true }),
  ]);
  expect(hooks[0], 'types_or, not types (which would require both)').not.toHaveProperty('types');
});
