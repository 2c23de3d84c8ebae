/**
 * The file system calls `-o` makes, as promises over Node's callback API. `node:fs/promises`
 * would do the same, but loading it loads Node's whole stream stack (readline included), a share
 * of a short run's start-up that nothing here needs. (The reader reads synchronously:
 * `fs-read.ts` says why.)
 */
import { realpath, rename, stat, unlink, writeFile, type Stats, type WriteFileOptions } from 'node:fs';

function call<T>(f: (cb: (e: NodeJS.ErrnoException | null, v: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => f((e, v) => (e ? reject(e) : resolve(v))));
}

export const statAsync = (path: string): Promise<Stats> => call((cb) => stat(path, cb));
export const realpathAsync = (path: string): Promise<string> => call((cb) => realpath(path, cb));
export const renameAsync = (from: string, to: string): Promise<void> => call<void>((cb) => rename(from, to, (e) => cb(e, undefined)));
export const unlinkAsync = (path: string): Promise<void> => call<void>((cb) => unlink(path, (e) => cb(e, undefined)));
export const writeFileAsync = (path: string, text: string, options: WriteFileOptions): Promise<void> => call<void>((cb) => writeFile(path, text, options, (e) => cb(e, undefined)));
