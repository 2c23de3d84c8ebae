/**
 * The executable keeps V8's compiled code between runs (src/cli/start.ts, src/cli/code-cache.ts): the cache must never change
 * what a run prints, must be taken again when it is good, replaced when it is not, and never read
 * from a directory another user could write to.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_COMMANDS, cacheDirectory, cacheFileName, cacheGroup, openCodeCache, pruneCodeCache, trustedDirectory } from '../../src/cli/code-cache.js';
import { generateStream } from '../../bench/generate.mjs';
import { SAVE_WITHIN_MS } from '../../src/cli/start.js';
import { runCli } from '../helpers/run-cli.js';
import { assertBuilt, BIN_PATH } from '../helpers/run-cli.js';
import { REPO_ROOT } from '../helpers/shared.js';

const FIXTURE = join(REPO_ROOT, 'fixtures', 'bookshop.yaml');
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kube-inject-code-cache-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function bin(args: string[], cacheDir: string) {
  const r = spawnSync(process.execPath, [BIN_PATH, ...args], { encoding: 'utf8', env: { ...process.env, KUBE_INJECT_CACHE_DIR: cacheDir } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const filesIn = (d: string) => {
  try {
    return readdirSync(d).sort();
  } catch {
    return [];
  }
};

describe('the cache directory and file names', () => {
  it('KUBE_INJECT_CACHE_DIR names it or turns it off; else the XDG or home cache', () => {
    expect(cacheDirectory({ KUBE_INJECT_CACHE_DIR: '/c', HOME: '/h' }, 'linux')).toBe('/c');
    for (const off of ['', 'off', '0', 'false', 'OFF']) expect(cacheDirectory({ KUBE_INJECT_CACHE_DIR: off, HOME: '/h' }, 'linux')).toBeUndefined();
    expect(cacheDirectory({ XDG_CACHE_HOME: '/x', HOME: '/h' }, 'linux')).toBe(join('/x', 'kube-inject'));
    expect(cacheDirectory({ HOME: '/h' }, 'darwin')).toBe(join('/h', '.cache', 'kube-inject'));
    expect(cacheDirectory({}, 'linux')).toBeUndefined();
    expect(cacheDirectory({ LOCALAPPDATA: 'C:\\L', HOME: '/h' }, 'win32')).toBe(join('C:\\L', 'kube-inject'));
  });

  it('a command line picks its command group', () => {
    expect(cacheGroup(['-f', 'a.yaml', '-q'])).toBe('inject');
    expect(cacheGroup(['a.yaml'])).toBe('inject');
    expect(cacheGroup(['lint', '-f', 'a.yaml'])).toBe('lint');
    expect(cacheGroup(['serve', '--port', '1'])).toBe('serve');
    expect(cacheGroup(['--version'])).toBe('meta');
    expect(cacheGroup(['lint', '--help'])).toBe('meta');
  });

  it("knows every command the CLI has (a command it did not know would share inject's file)", async () => {
    const help = await runCli(['--help']);
    const commands = [...help.stdout.slice(help.stdout.indexOf('Commands:')).matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThan(5);
    expect(commands.filter((c) => !CACHE_COMMANDS.has(c!))).toEqual([]);
  });

  it('names differ for another bundle, Node, or Node options', () => {
    const bundle = { buildHash: 'abc', size: 10, mtimeMs: 5.5 };
    const node = { version: 'v20.1.0', arch: 'x64', options: [] };
    const base = cacheFileName(bundle, 'inject', node);
    expect(base).toMatch(/^inject-abc-10-5-nodev20\.1\.0-x64\.v8cache$/);
    const others = [
      cacheFileName({ ...bundle, buildHash: 'abd' }, 'inject', node),
      cacheFileName({ ...bundle, size: 11 }, 'inject', node),
      cacheFileName({ ...bundle, mtimeMs: 7 }, 'inject', node),
      cacheFileName(bundle, 'lint', node),
      cacheFileName(bundle, 'inject', { ...node, version: 'v20.2.0' }),
      cacheFileName(bundle, 'inject', { ...node, arch: 'arm64' }),
      cacheFileName(bundle, 'inject', { ...node, options: ['--no-opt'] }),
      cacheFileName(bundle, 'inject', { ...node, options: ['--import', 'x.mjs'] }),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
    expect(cacheFileName(bundle, '../../etc', node)).not.toContain('/');
  });

  it.runIf(process.platform !== 'win32')('a directory anyone else can write to is not trusted, and nothing is read from or written to it', () => {
    const uid = process.getuid!();
    const d = join(dir, 'shared');
    mkdirSync(d, { mode: 0o700 });
    expect(trustedDirectory(d, uid)).toBe(true);
    writeFileSync(join(d, 'x.v8cache'), 'planted');
    chmodSync(d, 0o777);
    expect(trustedDirectory(d, uid)).toBe(false);
    const file = openCodeCache(d, 'x.v8cache', uid)!;
    expect(file.data, 'a planted file is not read').toBeUndefined();
    file.save(Buffer.from('code'));
    expect(readFileSync(join(d, 'x.v8cache'), 'utf8')).toBe('planted');
    expect(trustedDirectory(d, uid + 1), "another user's directory").toBe(false);
    expect(trustedDirectory(join(d, 'x.v8cache'), uid), 'a file').toBe(false);
  });

  it('a directory keeps the files written last', () => {
    const d = join(dir, 'prune');
    mkdirSync(d, { mode: 0o700 });
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(d, `f${i}.v8cache`), 'x');
      utimesSync(join(d, `f${i}.v8cache`), 1000 + i, 1000 + i);
    }
    writeFileSync(join(d, 'other.txt'), 'kept');
    pruneCodeCache(d, 2);
    expect(filesIn(d)).toEqual(['f3.v8cache', 'f4.v8cache', 'other.txt']);
  });
});

describe('the executable with its code cache', () => {
  beforeAll(() => assertBuilt());

  it('prints the same with the cache off, on a first run (writing it) and on a run that takes it; the cache file is kept', () => {
    const cache = join(dir, 'cache');
    const off = bin(['-f', FIXTURE], 'off');
    expect(off.status, off.stderr).toBe(0);
    const first = bin(['-f', FIXTURE], cache);
    expect(first).toEqual(off);
    const written = filesIn(cache);
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^inject-[0-9a-f]{16}-\d+-\d+-node.*\.v8cache$/);
    const file = join(cache, written[0]!);
    if (process.platform !== 'win32') {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(cache).mode & 0o777).toBe(0o700);
    }
    // A run that takes the cache leaves the file as it was (one that refused it would rewrite it).
    const past = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(file, past, past);
    const second = bin(['-f', FIXTURE], cache);
    expect(second).toEqual(off);
    expect(Math.round(statSync(file).mtimeMs / 1000)).toBe(past);
    expect(filesIn(cache)).toEqual(written);
  });

  it('refuses a damaged cache file and writes a good one in its place', () => {
    const cache = join(dir, 'damaged');
    const off = bin(['lint', FIXTURE], 'off');
    bin(['lint', FIXTURE], cache);
    const [name] = filesIn(cache);
    expect(name).toMatch(/^lint-/);
    const file = join(cache, name!);
    const good = readFileSync(file);
    const junk = Buffer.alloc(good.length, 0x5a);
    writeFileSync(file, junk);
    expect(bin(['lint', FIXTURE], cache)).toEqual(off);
    const after = readFileSync(file);
    expect(after.equals(junk), 'replaced').toBe(false);
    expect(after.length).toBeGreaterThan(1000);
    expect(bin(['lint', FIXTURE], cache)).toEqual(off);
  });

  it('runs started together on an empty cache all print the same, and leave one whole file', async () => {
    const cache = join(dir, 'together');
    const off = bin(['-f', FIXTURE], 'off');
    const runs = await Promise.all(
      Array.from({ length: 4 }, () =>
        new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
          const p = spawn(process.execPath, [BIN_PATH, '-f', FIXTURE], { env: { ...process.env, KUBE_INJECT_CACHE_DIR: cache } });
          let stdout = '';
          let stderr = '';
          p.stdout.on('data', (d) => (stdout += d));
          p.stderr.on('data', (d) => (stderr += d));
          p.on('close', (status) => resolve({ status, stdout, stderr }));
        }),
      ),
    );
    for (const r of runs) expect(r).toEqual(off);
    const files = filesIn(cache);
    expect(files, 'no temporary file is left').toHaveLength(1);
    expect(bin(['-f', FIXTURE], cache)).toEqual(off);
  });

  it('keeps one file per command, and none when the cache is off or cannot be written', () => {
    const cache = join(dir, 'groups');
    expect(bin(['--version'], cache).status).toBe(0);
    expect(bin(['iptables'], cache).status).toBe(0);
    expect(filesIn(cache).map((f) => f.split('-')[0])).toEqual(['iptables', 'meta']);
    expect(bin(['--version'], 'off').stdout).toBe(bin(['--version'], cache).stdout);
    const blocked = join(dir, 'not-a-dir');
    writeFileSync(blocked, '');
    const r = bin(['--version'], join(blocked, 'cache'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('is written only by a run that did its work: not by one that stopped at an error or injected nothing', () => {
    const cache = join(dir, 'exercised');
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'kind: Deployment\nmetadata: [\n');
    const serviceOnly = join(dir, 'service-only.yaml');
    writeFileSync(serviceOnly, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - name: http\n    port: 80\n');
    expect(bin(['-q', '-f', broken], cache).status).not.toBe(0);
    expect(bin(['lint', '-f', broken], cache).status).not.toBe(0);
    expect(bin(['-q', '-f', serviceOnly], cache).status).toBe(0);
    expect(filesIn(cache)).toEqual([]);
    expect(bin(['-q', '-f', FIXTURE], cache).status).toBe(0);
    expect(bin(['lint', '-f', serviceOnly], cache).status).toBe(0);
    expect(filesIn(cache).map((f) => f.split('-')[0])).toEqual(['inject', 'lint']);
  });

  it('is not written by a run whose pods worker threads injected (this thread compiled little of the engine), but by the next one', () => {
    const cache = join(dir, 'on-workers');
    const parallel = bin(['-q', '-j', '2', '-f', FIXTURE], cache);
    expect(parallel.status, parallel.stderr).toBe(0);
    expect(parallel.stdout).toContain('istio-proxy');
    expect(filesIn(cache)).toEqual([]);
    expect(bin(['-q', '-j', '1', '-f', FIXTURE], cache).status).toBe(0);
    expect(filesIn(cache).map((f) => f.split('-')[0])).toEqual(['inject']);
  });

  it('is not written by a run that tuned V8 for a long stream, even one that injected on this thread after all', () => {
    // Long enough by its size to start the workers (and tune V8's compiler) while it is read, too
    // few documents to give them: this thread injects, and the run is quick, but its flags are not
    // those a run starts with, and V8 would refuse its code to a run that has not changed them.
    const cache = join(dir, 'tuned');
    const big = join(dir, 'few-large.yaml');
    const data = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`key-${i}`, 'x'.repeat(300)]));
    writeFileSync(big, `${readFileSync(FIXTURE, 'utf8')}\n---\n${JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'large' }, data })}\n`);
    const tuned = bin(['-q', '-f', big], cache);
    expect(tuned.status, tuned.stderr).toBe(0);
    expect(tuned.stdout).toContain('istio-proxy');
    expect(filesIn(cache)).toEqual([]);
    expect(bin(['-q', '-f', FIXTURE], cache).status).toBe(0);
    expect(filesIn(cache).map((f) => f.split('-')[0])).toEqual(['inject']);
  });

  it('is not written by a long run, which would leave out the code of start-up, but by the next short one', () => {
    const cache = join(dir, 'long-run');
    const stream = join(dir, 'long-stream.yaml');
    writeFileSync(stream, generateStream(3000));
    const t = performance.now();
    const long = bin(['-q', '-j', '1', '-f', stream, '-o', join(dir, 'long-out.yaml')], cache);
    expect(long.status, long.stderr).toBe(0);
    // Only meaningful if the run did take longer than the limit (it does, by far, on any machine so far).
    expect(performance.now() - t).toBeGreaterThan(SAVE_WITHIN_MS);
    expect(filesIn(cache)).toEqual([]);
    expect(bin(['-q', '-f', FIXTURE], cache).status).toBe(0);
    expect(filesIn(cache).map((f) => f.split('-')[0])).toEqual(['inject']);
  });
});
