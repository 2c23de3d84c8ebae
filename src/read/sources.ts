import { readFile, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { KubeInjectError } from '../model/errors.js';
import type { SourceFile } from '../model/document.js';

export const MANIFEST_EXTENSIONS: readonly string[] = ['.yaml', '.yml', '.json'];

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
}

/**
 * Expands `-f` arguments into source files: a file as is; a directory walked recursively in
 * sorted order (manifest extensions only, hidden entries skipped); `-` for standard input.
 * Throws on the first file that cannot be read.
 */
export async function readSources(paths: readonly string[], io: SourceIO): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (const input of await readInputs(paths, io)) {
    if (input.errors.length > 0) throw input.errors[0]!;
    out.push(...input.sources);
  }
  return out;
}

/** Reads every `-f` argument; a file that cannot be read is an error of its input, the others are read. */
export async function readInputs(paths: readonly string[], io: SourceIO, options: WalkOptions = {}): Promise<InputRead[]> {
  if (paths.filter((p) => p === '-').length > 1) throw new KubeInjectError('usage', '`-f -` (standard input) may be given only once');
  const out: InputRead[] = [];
  for (const path of paths) out.push(await readInput(path, io, options));
  return out;
}

async function readInput(path: string, io: SourceIO, options: WalkOptions): Promise<InputRead> {
  if (path === '-') return { given: path, kind: 'stdin', sources: [makeSource('<stdin>', await io.readStdin())], errors: [] };
  const fsPath = (p: string) => (io.cwd === undefined ? p : resolve(io.cwd, p));
  let info;
  try {
    info = await stat(fsPath(path));
  } catch (e) {
    return { given: path, kind: 'unreadable', sources: [], errors: [ioError(path, e)] };
  }
  if (!info.isDirectory()) {
    try {
      return { given: path, kind: 'file', sources: [makeSource(path, await readText(path, fsPath(path)))], errors: [] };
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      return { given: path, kind: 'file', sources: [], errors: [e] };
    }
  }
  const sources: SourceFile[] = [];
  const errors: KubeInjectError[] = [];
  const skip = new Set(options.skip ?? []);
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(fsPath(dir), { withFileTypes: true });
    } catch (e) {
      errors.push(ioError(dir, e));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || skip.has(entry.name)) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (MANIFEST_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
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
  return { given: path, kind: 'directory', sources, errors };
}

export function makeSource(name: string, raw: string): SourceFile {
  return { name, text: raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw };
}

/** The text of `file` (its name in messages), read from `at`. */
async function readText(file: string, at: string): Promise<string> {
  let buf: Buffer;
  try {
    buf = await readFile(at);
  } catch (e) {
    throw ioError(file, e);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const text = new TextDecoder('utf-8').decode(buf);
    const bad = text.indexOf('\uFFFD');
    const line = text.slice(0, bad).split('\n').length;
    throw new KubeInjectError('io', 'file is not valid UTF-8', { file, line, column: bad - text.lastIndexOf('\n', bad - 1) });
  }
}

function ioError(path: string, e: unknown): KubeInjectError {
  const code = (e as NodeJS.ErrnoException)?.code;
  const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (e as Error)?.message ?? String(e);
  return new KubeInjectError('io', `cannot read: ${reason}`, { file: path }, { cause: e });
}
