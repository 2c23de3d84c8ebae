import { readAtMost, readDirectory, statFile } from './fs-read.js';
import { join, resolve } from 'node:path';
import { KubeInjectError } from '../model/errors.js';
import type { SourceFile } from '../model/document.js';

export const MANIFEST_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

/** The largest file (or standard input) read: a limit against a device or a runaway file. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** What the CLI layer hands the reader so that it never touches `process` itself. */
export interface SourceIO {
  readStdin(): Promise<string>;
  /**
   * The directory relative paths are read from (the CLI's working directory); names stay as
   * given. Without it, the process's.
   */
  readonly cwd?: string;
}

export interface WalkOptions {
  /** Directory entries skipped by name, on top of hidden ones (`node_modules` for context files). */
  readonly skip?: readonly string[];
}

/** One `-f` argument, read: what it named and the files it gave, or why they could not be read. */
export interface InputRead {
  /** The path as given; `-` for standard input. */
  readonly given: string;
  /** `unreadable`: the path itself could not be opened (it does not exist …). */
  readonly kind: 'stdin' | 'file' | 'directory' | 'unreadable';
  /** The files read, in walk order (one for a file or standard input). */
  readonly sources: SourceFile[];
  /** The path itself, or files under a directory, that could not be read; the rest are read. */
  readonly errors: KubeInjectError[];
  /** Entries of a directory walk that were passed over (symbolic links, FIFOs, devices …). */
  readonly warnings: string[];
}

/** Reads every `-f` argument; a file that cannot be read is an error of its input, the others are read. */
export async function readInputs(paths: readonly string[], io: SourceIO, options: WalkOptions = {}): Promise<InputRead[]> {
  if (paths.filter((p) => p === '-').length > 1) throw new KubeInjectError('usage', '`-f -` (standard input) may be given only once');
  const out: InputRead[] = [];
  for (const path of paths) out.push(await readInput(path, io, options));
  return out;
}

async function readInput(path: string, io: SourceIO, options: WalkOptions): Promise<InputRead> {
  if (path === '-') return { given: path, kind: 'stdin', sources: [makeSource('<stdin>', await io.readStdin())], errors: [], warnings: [] };
  const fsPath = (p: string) => (io.cwd === undefined ? p : resolve(io.cwd, p));
  let info;
  try {
    info = statFile(fsPath(path));
  } catch (e) {
    return { given: path, kind: 'unreadable', sources: [], errors: [ioError(path, e)], warnings: [] };
  }
  if (!info.isDirectory()) {
    // A path named on the command line is followed if it is a link: the user chose it. It must
    // end at a regular file: a FIFO or a device could be read forever.
    if (!info.isFile()) return { given: path, kind: 'unreadable', sources: [], errors: [notRegular(path, info)], warnings: [] };
    try {
      return { given: path, kind: 'file', sources: [makeSource(path, await readText(path, fsPath(path)))], errors: [], warnings: [] };
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      return { given: path, kind: 'file', sources: [], errors: [e], warnings: [] };
    }
  }
  const sources: SourceFile[] = [];
  const errors: KubeInjectError[] = [];
  const warnings: string[] = [];
  const skip = new Set(options.skip ?? []);
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = readDirectory(fsPath(dir));
    } catch (e) {
      errors.push(ioError(dir, e));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || skip.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (!MANIFEST_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) continue;
      // A walk reads regular files only: a link could lead out of the tree (to ~/.ssh) and a
      // FIFO or device could be read forever. Name such a file with -f to read it.
      else if (!entry.isFile()) warnings.push(`${full}: skipped, ${entry.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'} (directory walks read regular files only; name it with -f to read it)`);
      else {
        try {
          sources.push(makeSource(full, await readText(full, fsPath(full))));
        } catch (e) {
          if (!(e instanceof KubeInjectError)) throw e;
          errors.push(e);
        }
      }
    }
  };
  await walk(path);
  return { given: path, kind: 'directory', sources, errors, warnings };
}

/**
 * The text of one named file, read as the inputs are: a regular file (a link to one is
 * followed: the user named it), at most MAX_INPUT_BYTES, strict UTF-8, without a leading BOM.
 * Errors are `io` errors naming `file`, the cause kept (`ENOENT` …).
 * @param at where to read it, when not `file` itself (a path resolved against a working directory)
 */
export async function readTextFile(file: string, at: string = file): Promise<string> {
  let info;
  try {
    info = statFile(at);
  } catch (e) {
    throw ioError(file, e);
  }
  if (!info.isFile()) throw notRegular(file, info);
  return makeSource(file, await readText(file, at)).text;
}

export function makeSource(name: string, raw: string): SourceFile {
  return { name, text: raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw };
}

/** The text of `file` (its name in messages), read from `at`: at most MAX_INPUT_BYTES. */
async function readText(file: string, at: string): Promise<string> {
  let buf: Buffer;
  try {
    buf = readAtMost(at, MAX_INPUT_BYTES);
  } catch (e) {
    throw ioError(file, e);
  }
  if (buf.length > MAX_INPUT_BYTES) throw new KubeInjectError('io', `file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB, the most kube-inject reads`, { file });
  return decodeUtf8(file, buf);
}

/** Strict UTF-8, with the first bad byte's line and column when it is not. */
export function decodeUtf8(file: string, buf: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const text = new TextDecoder('utf-8').decode(buf);
    const bad = text.indexOf('\uFFFD');
    const line = text.slice(0, bad).split('\n').length;
    throw new KubeInjectError('io', 'file is not valid UTF-8', { file, line, column: bad - text.lastIndexOf('\n', bad - 1) });
  }
}

function notRegular(path: string, info: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): KubeInjectError {
  const what = info.isFIFO() ? 'a FIFO' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a regular file';
  return new KubeInjectError('io', `cannot read: ${what}; give a regular file, or pipe it to -f -`, { file: path });
}

function ioError(path: string, e: unknown): KubeInjectError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (e as Error)?.message ?? String(e);
  return new KubeInjectError('io', `cannot read: ${reason}`, { file: path }, { cause: e });
}
