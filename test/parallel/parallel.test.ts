/**
 * `--jobs`: injection on worker threads writes what the serial run writes, byte for byte, and
 * reports the same outcomes, warnings and errors (placed at the same line and column), with the
 * same exit code. Run through the real executable, since workers load the bundle
 * (`dist/inject-worker.js`): every input of the conformance folder that injects, as one stream;
 * the whole folder, errors included; the fixtures; a generated stream of a few hundred
 * applications (the default, with no --jobs, goes parallel on it); and a template that fails.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStream } from '../../bench/generate.mjs';
import { assertBuilt, runBin, runCli, type CliRun } from '../helpers/run-cli.js';
import { REPO_ROOT } from '../helpers/shared.js';

const INJECT_DIR = join(REPO_ROOT, 'test', 'data', 'istio', 'inject');
let dir = '';
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kube-inject-parallel-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function same(serial: CliRun, parallel: CliRun): void {
  expect(parallel.code, 'exit code').toBe(serial.code);
  expect(parallel.stderr, 'stderr (report, warnings, errors)').toBe(serial.stderr);
  // Not toBe on megabytes: the first differing line, readably.
  if (parallel.stdout !== serial.stdout) {
    const a = serial.stdout.split('\n');
    const b = parallel.stdout.split('\n');
    const i = a.findIndex((line, k) => line !== b[k]);
    expect.fail(`stdout differs from line ${i + 1}:\n  serial:   ${JSON.stringify(a[i])}\n  parallel: ${JSON.stringify(b[i])}`);
  }
}

async function both(args: string[], threads = 2): Promise<CliRun> {
  const serial = await runBin(['-j', '1', ...args]);
  const parallel = await runBin(['-j', String(threads), ...args]);
  same(serial, parallel);
  return serial;
}

const inputs = () =>
  readdirSync(INJECT_DIR)
    .filter((f) => f.endsWith('.yaml') && !f.includes('.iop.') && !f.includes('mesh') && !f.includes('values'))
    .sort()
    .map((f) => join(INJECT_DIR, f));

describe('injection on worker threads', () => {
  it('writes every conformance input that injects exactly as the serial run does', async () => {
    const ok: string[] = [];
    for (const file of inputs()) {
      const r = await runCli(['-q', '-f', file]);
      if (r.code === 0) ok.push(readFileSync(file, 'utf8'));
    }
    expect(ok.length, 'inputs that inject').toBeGreaterThan(20);
    const stream = join(dir, 'conformance.yaml');
    writeFileSync(stream, ok.map((t) => (t.endsWith('\n') ? t : t + '\n')).join('---\n'));
    const r = await both(['-f', stream], 3);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/injected/);
  });

  it('reports the errors of the whole folder as the serial run does, at the same places', async () => {
    const r = await both(['-q', ...inputs()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/:\d+:\d+/);
  });

  it('writes the fixtures as the serial run does: the example, and the folder with its mistakes', async () => {
    const r = await both(['-f', join(REPO_ROOT, 'fixtures', 'bookshop.yaml')]);
    expect(r.stdout).toContain('istio-proxy');
    const all = await both(['-f', join(REPO_ROOT, 'fixtures')]);
    expect(all.code).toBe(2);
  });

  it('a stream of a few hundred applications goes parallel by default and writes what one thread writes', async () => {
    const stream = join(dir, 'apps.yaml');
    writeFileSync(stream, generateStream(150));
    const serial = await runBin(['-j', '1', '-f', stream]);
    const byDefault = await runBin(['-f', stream]);
    same(serial, byDefault);
    expect(serial.code).toBe(0);
    expect(serial.stdout.match(/^kind: /gm)?.length).toBe(450);
  });

  it('OpenShift, with the Namespace objects last: every pod takes its IDs from them, as in the serial run (no injection before the stream is read)', async () => {
    const stream = join(dir, 'openshift.yaml');
    const namespaces = ['default', 'team-1', 'team-2', 'team-3']
      .map((n) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${n}\n  annotations:\n    openshift.io/sa.scc.uid-range: 1000620000/10000\n    openshift.io/sa.scc.supplemental-groups: 1000620000/10000\n`)
      .join('---\n');
    writeFileSync(stream, `${generateStream(150)}---\n${namespaces}`);
    const r = await both(['-q', '--platform', 'openshift', '-f', stream]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.match(/runAsUser: 1000629999/g)?.length ?? 0).toBeGreaterThan(100);
  });

  it('a stream the fast reader reads in part and then declines (an anchor near its end): read again, and written as the serial run writes it', async () => {
    const stream = join(dir, 'anchor.yaml');
    const last = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n  labels: &labels\n    app: shared\n  annotations: *labels\n';
    writeFileSync(stream, `${generateStream(150)}---\n${last}`);
    const r = await both(['-f', stream]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.match(/^kind: /gm)?.length).toBe(451);
    expect(r.stdout).toContain('annotations: *labels');
  });

  it('a template that fails for every pod: the error of each workload, in document order, as the serial run gives them', async () => {
    const tmpl = join(dir, 'broken.yaml');
    writeFileSync(tmpl, 'spec:\n  containers:\n  - name: x\n    image: {{ template \"no-such-template\" . }}\n');
    const stream = join(dir, 'three.yaml');
    // Long enough that the workers' first batches (from the end of the stream) fail first.
    writeFileSync(stream, generateStream(400));
    const r = await both(['--inject-config', tmpl, '-f', stream]);
    expect(r.code).toBe(2);
    const injected = (await runBin(['-j', '1', '-f', stream])).stderr.match(/ injected$/gm)?.length ?? 0;
    expect(injected).toBeGreaterThan(300);
    expect(r.stderr.match(/template "no-such-template" not defined/g)?.length).toBe(injected);
    expect(r.stderr).toMatch(/^[^\n]*three\.yaml:\d+:\d+: error: Deployment "app-0"/m);
  });
});
