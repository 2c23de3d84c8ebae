/**
 * What a short run loads. Node's built-in modules cost milliseconds each to load, a large share
 * of a run on one file (issue: fast enough for every commit): the bundle loads node:child_process,
 * node:crypto, node:net and node:v8 on first use only, leaves chalk's colour detection (node:tty)
 * out, and the pipeline loads worker threads for long streams only (scripts/build.mjs,
 * src/pipeline.ts); node:v8 with them, to tune V8's compiler for the long run
 * (src/cli/compiler-tuning.ts, its only user).
 * Checked on the built executable, with output to files (a pipe written to loads node:net itself),
 * and once with standard error on a pipe that a clean run must leave unmade.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOne, generateStream } from '../../bench/generate.mjs';
import { assertBuilt, BIN_PATH } from '../helpers/run-cli.js';
import { REPO_ROOT } from '../helpers/shared.js';

const HEAVY = ['child_process', 'crypto', 'net', 'tty', 'v8', 'worker_threads'];
let dir = '';
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kube-inject-start-up-'));
  writeFileSync(join(dir, 'one.yaml'), generateOne());
  writeFileSync(join(dir, 'apps.yaml'), generateStream(150));
  writeFileSync(join(dir, 'hook.mjs'), "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.LOADED_FILE, process.moduleLoadList.join('\\n')));\n");
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * The built-in modules a run of the executable loaded (`process.moduleLoadList`). Standard error
 * is a file, or a pipe with `stderrPipe` (as `npm run bench` and most callers give it).
 */
function builtinsLoaded(args: string[], status: number, stderrPipe = false): string[] {
  const out = openSync(join(dir, 'out'), 'w');
  const err = openSync(join(dir, 'err'), 'w');
  try {
    const r = spawnSync(process.execPath, ['--import', join(dir, 'hook.mjs'), BIN_PATH, ...args], {
      stdio: ['ignore', out, stderrPipe ? 'pipe' : err],
      env: { ...process.env, LOADED_FILE: join(dir, 'loaded') },
    });
    expect(r.status, stderrPipe ? String(r.stderr) : readFileSync(join(dir, 'err'), 'utf8')).toBe(status);
    if (stderrPipe) expect(String(r.stderr), 'a clean run on one file writes nothing to stderr').toBe('');
  } finally {
    closeSync(out);
    closeSync(err);
  }
  return readFileSync(join(dir, 'loaded'), 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('NativeModule '))
    .map((l) => l.slice('NativeModule '.length));
}

describe('a run on one file', () => {
  for (const [what, args] of [
    ['lint', ['lint', 'ONE']],
    ['inject', ['-q', '-f', 'ONE']],
  ] as const) {
    it(`${what} loads none of ${HEAVY.join(', ')}`, () => {
      const loaded = builtinsLoaded(args.map((a) => (a === 'ONE' ? join(dir, 'one.yaml') : a)), 0);
      expect(loaded.length, 'the list is read').toBeGreaterThan(20);
      expect(loaded.filter((m) => HEAVY.includes(m))).toEqual([]);
    });
  }

  it('inject with standard error on a pipe, nothing to report, does not make the pipe (which loads node:net)', () => {
    const loaded = builtinsLoaded(['-q', '-f', join(dir, 'one.yaml')], 0, true);
    expect(loaded.length, 'the list is read').toBeGreaterThan(20);
    expect(loaded.filter((m) => HEAVY.includes(m))).toEqual([]);
  });

  it('a stream of a few hundred documents is injected with worker threads by default (V8 tuned for it), and with --jobs 1 without', () => {
    const apps = join(dir, 'apps.yaml');
    expect(builtinsLoaded(['-q', '-f', apps], 0)).toEqual(expect.arrayContaining(['worker_threads', 'v8']));
    expect(builtinsLoaded(['-q', '-j', '1', '-f', apps], 0).filter((m) => m === 'worker_threads' || m === 'v8')).toEqual([]);
  });

  it('loads node:crypto when it is used after all (SARIF fingerprints of findings)', () => {
    const loaded = builtinsLoaded(['lint', '--format', 'sarif', join(REPO_ROOT, 'fixtures', 'mistakes.yaml')], 1);
    expect(loaded.filter((m) => HEAVY.includes(m))).toEqual(['crypto']);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toMatch(/"partialFingerprints"/);
  });
});
