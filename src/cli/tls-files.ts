/**
 * The serving certificate and key, read from their files and read again when either changes.
 * Polled (`fs.watchFile`, which stats through symbolic links): a Kubernetes Secret volume swaps a
 * `..data` link when cert-manager rotates the Secret, which an inotify watch on the file misses.
 */
import { readFile } from 'node:fs/promises';
import { unwatchFile, watchFile, type Stats } from 'node:fs';
import { KubeInjectError } from '../model/errors.js';

export interface TlsPair {
  readonly cert: Buffer;
  readonly key: Buffer;
}

export async function readTlsPair(certFile: string, keyFile: string): Promise<TlsPair> {
  const read = (file: string, what: string) =>
    readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new KubeInjectError('io', `cannot read the ${what}: ${e.code ?? e.message}`, { file });
    });
  const [cert, key] = await Promise.all([read(certFile, 'TLS certificate'), read(keyFile, 'TLS key')]);
  return { cert, key };
}

/**
 * Calls `apply` with the new pair after either file changes (once both are readable); `apply`
 * throws to keep the old pair (a certificate written before its key, say), and the next change
 * tries again. Returns the function that stops watching.
 */
export function watchTlsPair(certFile: string, keyFile: string, intervalMs: number, apply: (pair: TlsPair) => void, log: (line: string) => void): () => void {
  let pending = false;
  const reload = (curr: Stats, prev: Stats) => {
    // Reading the files changes their access time only: that is no rotation.
    if (pending || (curr.mtimeMs === prev.mtimeMs && curr.ino === prev.ino && curr.size === prev.size && curr.ctimeMs === prev.ctimeMs)) return;
    pending = true;
    // Both files of a rotation land within moments of each other: wait one interval for the second.
    setTimeout(() => {
      pending = false;
      readTlsPair(certFile, keyFile)
        .then((pair) => {
          apply(pair);
          log(`TLS certificate reloaded from ${certFile}`);
        })
        .catch((e: Error) => log(`TLS certificate not reloaded, keeping the previous one: ${e.message}`));
    }, intervalMs);
  };
  const opts = { interval: intervalMs, persistent: false };
  watchFile(certFile, opts, reload);
  watchFile(keyFile, opts, reload);
  return () => {
    unwatchFile(certFile, reload);
    unwatchFile(keyFile, reload);
  };
}
