/**
 * Where V8's compiled code for the bundle is kept between runs, and under which name.
 *
 * A run on one file spends much of its time compiling the bundle's JavaScript before it does any
 * work. V8 can hand that compiled code back (`vm.Script#createCachedData`) and take it again on
 * the next run; Node 20 has no built-in compile cache (`module.enableCompileCache` is Node 22),
 * so kube-inject keeps it itself, one file per command, in the user's cache directory:
 *
 *  - `KUBE_INJECT_CACHE_DIR` names the directory; empty, `0`, `off` or `false` turns the cache off;
 *  - else `$XDG_CACHE_HOME/kube-inject`, `~/.cache/kube-inject`, or `%LOCALAPPDATA%\kube-inject`.
 *
 * Compiled code is code: a directory another user could write to is never read (POSIX: it must
 * belong to this user and be writable by nobody else; kube-inject makes it with mode 0700). A
 * file is named by the bundle's build hash, size and modification time, Node's version, the CPU
 * architecture and Node's options, so a rebuilt or reinstalled bundle never meets code compiled
 * for another (V8 itself also refuses code from another V8 version or for another source
 * length). The directory keeps the 24 files written last.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable that names the cache directory or turns the cache off. */
export const CACHE_DIR_VARIABLE = 'KUBE_INJECT_CACHE_DIR';
const OFF = new Set(['', '0', 'off', 'false', 'no']);

/** The directory the cache would use, or undefined when the cache is off or no home is known. */
export function cacheDirectory(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | undefined {
  const named = env[CACHE_DIR_VARIABLE];
  if (named !== undefined) return OFF.has(named.trim().toLowerCase()) ? undefined : named;
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'kube-inject') : undefined;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'kube-inject');
  return env.HOME ? join(env.HOME, '.cache', 'kube-inject') : undefined;
}

/**
 * Which cache file a command line uses. Each command compiles a different part of the bundle, and
 * a cache holds what the run that wrote it compiled: `--version` must not leave inject a cache
 * without the injector in it. A wrong guess costs only speed.
 */
export function cacheGroup(argv: readonly string[]): string {
  if (argv.some((a) => a === '-V' || a === '--version' || a === '-h' || a === '--help')) return 'meta';
  const command = argv.find((a) => !a.startsWith('-'));
  return command !== undefined && CACHE_COMMANDS.has(command) ? command : 'inject';
}
/** The CLI's commands (test/package/code-cache.test.ts holds this to `--help`). */
export const CACHE_COMMANDS: ReadonlySet<string> = new Set(['inject', 'lint', 'uninject', 'iptables', 'explain', 'serve', 'webhook-manifests', 'help']);

export interface BundleIdentity {
  /** The build's hash of the bundle (scripts/build.mjs). */
  readonly buildHash: string;
  /** Its size and modification time now: a bundle changed after the build is another bundle. */
  readonly size: number;
  readonly mtimeMs: number;
}

/** Where a run is: Node's version, the CPU architecture, and the options Node was started with. */
export interface NodeIdentity {
  readonly version: string;
  readonly arch: string;
  /** `process.execArgv` and `NODE_OPTIONS`: V8 refuses code compiled under other V8 options. */
  readonly options: readonly string[];
}

/**
 * The cache file's name for one bundle, command group and Node. Runs with other Node options get
 * a file of their own, so that they do not replace each other's code on every run.
 */
export function cacheFileName(bundle: BundleIdentity, group: string, node: NodeIdentity): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '_');
  const options = node.options.length === 0 ? '' : `-o${fnv1a(node.options.join('\u0000'))}`;
  return `${safe(group)}-${safe(bundle.buildHash)}-${bundle.size}-${Math.trunc(bundle.mtimeMs)}-node${safe(node.version)}-${safe(node.arch)}${options}.v8cache`;
}

/** 32-bit FNV-1a of a string's UTF-16 units, in hex (a name, not a check: V8 checks the code). */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** True when `dir` may hold code this process runs: this user's, and writable by nobody else. */
export function trustedDirectory(dir: string, uid: number | undefined): boolean {
  try {
    const st = statSync(dir);
    if (!st.isDirectory()) return false;
    if (uid === undefined) return true; // Windows: the directory is under the user's own profile
    return st.uid === uid && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

export interface CodeCacheFile {
  /** The cached code, if a trusted file was there. */
  readonly data: Buffer | undefined;
  /** Writes new code in its place (atomically; any failure leaves the cache as it was). */
  save(data: Buffer): void;
}

/** The cache file for one run, or undefined when there is no usable cache directory. */
export function openCodeCache(dir: string | undefined, name: string, uid: number | undefined): CodeCacheFile | undefined {
  if (dir === undefined) return undefined;
  let trusted = trustedDirectory(dir, uid);
  const path = join(dir, name);
  let data: Buffer | undefined;
  if (trusted) {
    try {
      data = readFileSync(path);
    } catch {
      data = undefined;
    }
  }
  return {
    data,
    save(code) {
      try {
        if (!trusted) {
          mkdirSync(dir, { recursive: true, mode: 0o700 });
          trusted = trustedDirectory(dir, uid);
          if (!trusted) return;
        }
        const tmp = `${path}.${process.pid}.tmp`;
        try {
          writeFileSync(tmp, code, { mode: 0o600 });
          renameSync(tmp, path);
          pruneCodeCache(dir, MAX_CACHE_FILES);
        } catch {
          try {
            unlinkSync(tmp);
          } catch {
            // nothing was written
          }
        }
      } catch {
        // A read-only home, a full disk: the next run compiles again.
      }
    },
  };
}

/** How many cache files a directory keeps: every rebuild or upgrade of kube-inject makes new ones. */
export const MAX_CACHE_FILES = 24;

/** Removes the least recently written cache files beyond `keep`. */
export function pruneCodeCache(dir: string, keep: number): void {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.v8cache'))
    .map((name) => ({ name, mtimeMs: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const f of files.slice(keep)) unlinkSync(join(dir, f.name));
}
