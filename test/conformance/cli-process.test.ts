/**
 * End to end through the real executable (`node bin/kube-inject.js`, built into dist/ by
 * `npm run build:dist`): exit codes, a closed pipe, `-o` over its own input, stdin. The in-memory
 * runs elsewhere cannot see these (they are about the process and the real file system).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, runBin, runBinPiped, runCli, type CliRun } from '../helpers/run-cli.js';
import { REPO_ROOT } from '../helpers/shared.js';

const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>)$/m;
const fixture = join(REPO_ROOT, 'fixtures', 'bookshop.yaml');

let dir = '';
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kube-inject-e2e-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const show = (r: CliRun): string => `exit ${r.code}\n--- stdout (first 400 chars):\n${r.stdout.slice(0, 400)}\n--- stderr:\n${r.stderr}`;

/** A stream of `n` ConfigMaps, each with a block scalar, then a Deployment: ~`n` × 300 bytes. */
function bigStream(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    parts.push(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  blob: |\n${'    0123456789abcdef0123456789abcdef0123456789abcdef0123456789\n'.repeat(4)}`);
  }
  parts.push(
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n',
  );
  return parts.join('---\n');
}

describe('the executable', () => {
  it('--version exits 0 and prints a version', async () => {
    const r = await runBin(['--version']);
    expect(r.code, show(r)).toBe(0);
    expect(r.stdout.trim(), show(r)).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('an unknown option exits 2 with a message on stderr and nothing on stdout', async () => {
    const r = await runBin(['--no-such-option', '-f', fixture]);
    expect(r.code, show(r)).toBe(2);
    expect(r.stdout, show(r)).toBe('');
    expect(r.stderr, show(r)).toMatch(/no-such-option/);
    expect(r.stderr, show(r)).not.toMatch(STACK_TRACE);
  });

  it('a missing file exits 2 naming the file, without a stack trace', async () => {
    const missing = join(dir, 'does-not-exist.yaml');
    const r = await runBin(['-f', missing]);
    expect(r.code, show(r)).toBe(2);
    expect(r.stdout, show(r)).toBe('');
    expect(r.stderr, show(r)).toContain(missing);
    expect(r.stderr, show(r)).not.toMatch(STACK_TRACE);
  });

  it('invalid YAML exits 2 with file:line:column', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: [unclosed\n');
    const r = await runBin(['-f', bad]);
    expect(r.code, show(r)).toBe(2);
    expect(r.stdout, show(r)).toBe('');
    expect(r.stderr, show(r)).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: error:`));
  });

  it('reads -f - from a pipe and writes what the in-memory run writes', async () => {
    const text = readFileSync(fixture, 'utf8');
    const [proc, mem] = await Promise.all([runBin(['-f', '-', '-q'], { stdin: text }), runCli(['-f', '-', '-q'], { stdin: text })]);
    expect(proc.code, show(proc)).toBe(mem.code);
    expect(proc.code, show(proc)).toBe(0);
    expect(proc.stdout).toBe(mem.stdout);
  });

  it('`| head -c 10` ends quietly: exit 0, no EPIPE, no stack trace', async () => {
    const input = join(dir, 'big.yaml');
    const text = bigStream(6000);
    writeFileSync(input, text);
    expect(text.length, 'the stream must be far larger than a pipe buffer for the reader to close early').toBeGreaterThan(1_000_000);
    const r = await runBinPiped(['-f', input, '-q'], 'head -c 10', { timeoutMs: 60_000 });
    expect(r.stdout, show(r)).toHaveLength(10);
    expect(r.stderr, show(r)).not.toMatch(/EPIPE/);
    expect(r.stderr, show(r)).not.toMatch(STACK_TRACE);
    expect(r.stderr, show(r)).not.toMatch(/internal error|Unhandled|Error:/);
    expect(r.code, show(r)).toBe(0);
  });

  it('leaves only when everything it wrote has gone out, to a reader slower than it', async () => {
    // The run ends with process.exit (src/cli/index.ts), which must not cut off queued output.
    const input = join(dir, 'slow-reader.yaml');
    writeFileSync(input, bigStream(6000));
    const inMemory = await runCli(['-f', input]);
    expect(inMemory.stdout.length, 'the output must be far larger than a pipe buffer').toBeGreaterThan(1_000_000);
    const r = await runBinPiped(['-f', input], '{ sleep 0.5; cat; }', { timeoutMs: 60_000 });
    expect(r.code, show(r)).toBe(0);
    expect(r.stdout.length, show(r)).toBe(inMemory.stdout.length);
    expect(r.stdout === inMemory.stdout, 'stdout: the in-memory run\'s text, byte for byte').toBe(true);
    expect(r.stderr).toBe(inMemory.stderr);
  });

  it('-o naming its own input rewrites it in place, atomically, with the stdout result', async () => {
    const file = join(dir, 'inplace.yaml');
    const original = readFileSync(fixture, 'utf8');
    writeFileSync(file, original);
    const toStdout = await runBin(['-f', file, '-q']);
    expect(toStdout.code, show(toStdout)).toBe(0);
    const r = await runBin(['-f', file, '-o', file, '-q']);
    expect(r.code, show(r)).toBe(0);
    expect(r.stdout, 'with -o nothing goes to stdout').toBe('');
    expect(readFileSync(file, 'utf8')).toBe(toStdout.stdout);
    expect(readdirSync(dir).filter((f) => f.startsWith('.kube-inject-tmp-')), 'no temporary file may be left behind').toEqual([]);
  });

  it('-o leaves its input untouched when the run fails', async () => {
    const file = join(dir, 'broken-inplace.yaml');
    const original = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: [broken\n';
    writeFileSync(file, original);
    const r = await runBin(['-f', file, '-o', file]);
    expect(r.code, show(r)).toBe(2);
    expect(readFileSync(file, 'utf8'), 'a failed run must not write').toBe(original);
    expect(readdirSync(dir).filter((f) => f.startsWith('.kube-inject-tmp-'))).toEqual([]);
  });
});
