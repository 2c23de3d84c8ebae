import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { REPO_ROOT } from './shared.js';

/** What a run of the CLI gave. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface InMemoryRunOptions {
  /** Text on standard input; reading it when absent gives ''. */
  readonly stdin?: string;
  /** Standard input is a terminal: the CLI must not read it (the fake throws if it does). */
  readonly stdinIsTTY?: boolean;
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  /** The environment the CLI sees; empty unless given (no NO_COLOR, no FORCE_COLOR leaking in). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Defaults to an empty temporary directory (no `.kube-inject.yaml` or other stray config). */
  readonly cwd?: string;
}

let neutral: string | null = null;
/** An empty directory, the default working directory of every run: runs do not depend on where the tests start. */
export function neutralCwd(): string {
  if (neutral === null) {
    const dir = mkdtempSync(join(tmpdir(), 'kube-inject-cwd-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    neutral = dir;
  }
  return neutral;
}

/** A fake process for `main`: captured stdout/stderr, given stdin, TTY flags, env and cwd. */
export function fakeIO(options: InMemoryRunOptions = {}): { io: CliIO; out: () => string; err: () => string; stdinReads: () => number } {
  const out: string[] = [];
  const err: string[] = [];
  let reads = 0;
  const io: CliIO = {
    stdin: {
      isTTY: options.stdinIsTTY === true,
      read: async () => {
        reads++;
        if (options.stdinIsTTY) throw new Error('test harness: the CLI read standard input although it is a terminal');
        return options.stdin ?? '';
      },
    },
    stdout: { write: (s: string) => void out.push(s), isTTY: options.stdoutIsTTY === true },
    stderr: { write: (s: string) => void err.push(s), isTTY: options.stderrIsTTY === true },
    env: { ...(options.env ?? {}) },
    cwd: options.cwd ?? neutralCwd(),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), stdinReads: () => reads };
}

/** Runs `main(argv, io)` in memory. A throw out of `main` is a bug and fails the test as is. */
export async function runCli(argv: readonly string[], options: InMemoryRunOptions = {}): Promise<CliRun> {
  const f = fakeIO(options);
  const code = await main(argv, f.io);
  return { code, stdout: f.out(), stderr: f.err() };
}

/** `main` on a manifest stream given on standard input (`-f -`), plus extra arguments. */
export function runCliOnText(text: string, extraArgs: readonly string[] = [], options: InMemoryRunOptions = {}): Promise<CliRun> {
  return runCli(['-f', '-', ...extraArgs], { ...options, stdin: text });
}

// ---------------------------------------------------------------------------------------------
// The real executable.

export const BIN_PATH = join(REPO_ROOT, 'bin', 'kube-inject.js');
const DIST_ENTRY = join(REPO_ROOT, 'dist', 'cjs', 'cli.cjs');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Throws unless `dist/` is built and not older than `src/`: the end-to-end tests would
 * otherwise judge old code. dist/ is committed; after changing src/ run `npm run build:dist`.
 */
export function assertBuilt(): void {
  if (!existsSync(DIST_ENTRY)) {
    throw new Error(`${DIST_ENTRY} does not exist: run \`npm run build:dist\` (dist/ is committed; did a checkout lose it?).`);
  }
  const built = statSync(DIST_ENTRY).mtimeMs;
  const source = newestMtime(join(REPO_ROOT, 'src'));
  if (source > built + 1000) {
    throw new Error(`${DIST_ENTRY} is older than src/ (a source file changed after the build): run \`npm run build:dist\` again.`);
  }
}

export interface ProcessRunOptions {
  readonly stdin?: string;
  readonly cwd?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly timeoutMs?: number;
}

/** Spawns `node bin/kube-inject.js …` and waits for it. */
export function runBin(argv: readonly string[], options: ProcessRunOptions = {}): Promise<CliRun & { signal: NodeJS.Signals | null }> {
  return spawnCollect(process.execPath, [BIN_PATH, ...argv], options);
}

/**
 * Runs `node bin/kube-inject.js <argv> | <consumer>` through bash and reports the exit status
 * of kube-inject (not of the consumer), the consumer's stdout, and the stderr of both.
 */
export function runBinPiped(argv: readonly string[], consumer: string, options: ProcessRunOptions = {}): Promise<CliRun & { signal: NodeJS.Signals | null }> {
  const quoted = [process.execPath, BIN_PATH, ...argv].map(shellQuote).join(' ');
  const script = `${quoted} | ${consumer}; exit "\${PIPESTATUS[0]}"`;
  return spawnCollect('bash', ['-c', script], options);
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function spawnCollect(cmd: string, args: string[], options: ProcessRunOptions): Promise<CliRun & { signal: NodeJS.Signals | null }> {
  return new Promise((resolvePromise, reject) => {
    const env: Record<string, string> = {};
    const inherited = { PATH: process.env['PATH'], HOME: process.env['HOME'], KUBE_INJECT_CACHE_DIR: process.env['KUBE_INJECT_CACHE_DIR'] };
    for (const [k, v] of Object.entries({ ...inherited, ...(options.env ?? {}) })) {
      if (v !== undefined) env[k] = v;
    }
    const child = spawn(cmd, args, { cwd: options.cwd ?? neutralCwd(), env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${cmd} ${args.join(' ')} did not finish within ${options.timeoutMs ?? 30_000} ms`));
    }, options.timeoutMs ?? 30_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({
        code: code ?? -1,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
  });
}
