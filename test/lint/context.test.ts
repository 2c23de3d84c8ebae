/** `kube-inject lint --context PATH`: cross-file checks see other files, which are not reported on. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from './helpers/memory-io.js';
import { yaml } from './helpers/rule-tester.js';

const DEPLOYMENT = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web}
  spec:
    template:
      metadata:
        labels: {app: web, version: v1}
      spec:
        containers:
        - name: web
          image: web
`;
const SERVICE = yaml`
  apiVersion: v1
  kind: Service
  metadata: {name: web}
  spec:
    selector: {app: web}
    ports:
    - name: http
      port: 80
`;
/** A Service of something else, with a port-name finding of its own. */
const OTHER = SERVICE.replace(/web/g, 'db').replace('name: http', 'name: postgres');

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'ki-lint-context-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function lint(dir: string, args: string[]): Promise<{ code: number; rules: string[]; out: string; err: string }> {
  const io = memoryIO({ cwd: dir });
  const code = await main(['lint', '--format', 'json', ...args], io);
  const out = io.out();
  const report = JSON.parse(out) as { findings: Array<{ ruleId: string; file: string }> };
  return { code, rules: report.findings.map((f) => `${f.file} ${f.ruleId}`), out, err: io.err() };
}

describe('lint --context', () => {
  const files = {
    'k8s/web/deploy.yaml': DEPLOYMENT,
    'k8s/web/svc.yaml': SERVICE,
    'k8s/db/svc.yaml': OTHER,
    'k8s/broken.yaml': 'kind: Service\nmetadata: [\n',
    'k8s/chart/templates/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\n',
    'k8s/values.yaml': 'replicas: 3\nimage: {tag: latest}\n',
  };

  test('the Service in another file counts; nothing in a context file is reported; unparsable context is skipped', async () => {
    const dir = tree(files);
    const alone = await lint(dir, ['k8s/web/deploy.yaml']);
    expect(alone.code).toBe(0);
    expect(alone.rules).toEqual(['k8s/web/deploy.yaml service-association']);
    expect(alone.out).toContain('no Service in the input selects the pods');

    const withContext = await lint(dir, ['k8s/web/deploy.yaml', '--context', 'k8s/']);
    expect(withContext.code, withContext.err).toBe(0);
    expect(withContext.rules).toEqual([]); // not db's port-name finding either
    expect(JSON.parse(withContext.out).errors).toEqual([]);
    expect(withContext.err).toBe('');

    const contextFile = await lint(dir, ['k8s/web/deploy.yaml', '--context', 'k8s/web/svc.yaml', '--context', 'k8s/db']);
    expect(contextFile.rules).toEqual([]);
  });

  test('a file both given and in a context directory is an input: reported, and indexed once', async () => {
    const dir = tree(files);
    const r = await lint(dir, ['k8s/db/svc.yaml', './k8s/web/deploy.yaml', '--context', 'k8s']);
    expect(r.code).toBe(0);
    // db's port-name finding is reported once; the Deployment is not "the same app label" as itself.
    expect(r.rules).toEqual(['k8s/db/svc.yaml port-name']);
  });

  test('context directory walks skip node_modules and hidden entries', async () => {
    const dir = tree({ 'k8s/deploy.yaml': DEPLOYMENT, 'k8s/node_modules/pkg/svc.yaml': SERVICE, 'k8s/.cache/svc.yaml': SERVICE });
    const r = await lint(dir, ['k8s/deploy.yaml', '--context', 'k8s']);
    expect(r.rules).toEqual(['k8s/deploy.yaml service-association']);
  });

  test('a context path that does not exist, or standard input, is a usage error', async () => {
    const dir = tree(files);
    const missing = memoryIO({ cwd: dir });
    expect(await main(['lint', 'k8s/web/deploy.yaml', '--context', 'k8z/'], missing)).toBe(2);
    expect(missing.err()).toBe('k8z/: error: --context: cannot read: no such file or directory\n');
    const stdin = memoryIO({ cwd: dir, stdin: SERVICE });
    expect(await main(['lint', 'k8s/web/deploy.yaml', '--context', '-'], stdin)).toBe(2);
    expect(stdin.err()).toContain('--context reads files and directories, not standard input');
  });

  test('the help says what context files are', async () => {
    const io = memoryIO();
    expect(await main(['lint', '--help'], io)).toBe(0);
    const help = io.out().replace(/\s+/g, ' ');
    expect(help).toContain('--context <path>');
    expect(help).toContain('files that do not parse and documents that are not Kubernetes objects (no apiVersion and kind) are skipped silently');
    expect(help).toContain('hidden entries and node_modules skipped');
    expect(help).toContain('the other files are still linted, and every error is in the report, in the chosen format');
    expect(help).toContain('kube-inject lint k8s/web/deployment.yaml --context k8s/');
  });
});
