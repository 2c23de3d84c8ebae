/**
 * The file system calls the reader makes, synchronous. A run reads its inputs before it does
 * anything else, so nothing waits meanwhile; the same calls made asynchronously start libuv's
 * thread pool (four threads) and hand every stat, open, read and close to it and back, six
 * round trips for one small file: on a busy machine each of them waits for a thread to be
 * scheduled, and a run on one file took a few milliseconds more than it computes (`strace -f`).
 */
import { closeSync, openSync, readSync, readdirSync, statSync, type Dirent, type Stats } from 'node:fs';

export const statFile = (path: string): Stats => statSync(path);
export const readDirectory = (path: string): Dirent[] => readdirSync(path, { withFileTypes: true });

/** Up to `limit + 1` bytes of a file: one more than allowed says it is too large. */
export function readAtMost(path: string, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= limit) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}
