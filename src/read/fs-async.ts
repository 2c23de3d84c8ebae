/**
 * The file system calls the reader and `-o` make, as promises over Node's callback API.
 * `node:fs/promises` would do the same, but loading it loads Node's whole stream stack (readline
 * included), a share of a short run's start-up that nothing here needs.
 */
import { close, open, read, readdir, realpath, rename, stat, unlink, writeFile, type Dirent, type Stats, type WriteFileOptions } from 'node:fs';

function call<T>(f: (cb: (e: NodeJS.ErrnoException | null, v: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => f((e, v) => (e ? reject(e) : resolve(v))));
}

export const statAsync = (path: string): Promise<Stats> => call((cb) => stat(path, cb));
export const realpathAsync = (path: string): Promise<string> => call((cb) => realpath(path, cb));
export const readdirAsync = (path: string): Promise<Dirent[]> => call((cb) => readdir(path, { withFileTypes: true }, cb));
export const renameAsync = (from: string, to: string): Promise<void> => call<void>((cb) => rename(from, to, (e) => cb(e, undefined)));
export const unlinkAsync = (path: string): Promise<void> => call<void>((cb) => unlink(path, (e) => cb(e, undefined)));
export const writeFileAsync = (path: string, text: string, options: WriteFileOptions): Promise<void> => call<void>((cb) => writeFile(path, text, options, (e) => cb(e, undefined)));

/** Up to `limit + 1` bytes of a file: one more than allowed says it is too large. */
export async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const fd = await call<number>((cb) => open(path, 'r', cb));
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limit) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const bytesRead = await call<number>((cb) => read(fd, chunk, 0, chunk.length, null, (e, n) => cb(e, n)));
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks);
  } finally {
    await call<void>((cb) => close(fd, (e) => cb(e, undefined)));
  }
}
