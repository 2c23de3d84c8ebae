/**
 * The file system calls the reader makes, synchronous. A run reads its inputs before it does
 * anything else, so nothing waits meanwhile; the same calls made asynchronously start libuv's
 * thread pool (four threads) and hand every stat, open, read and close to it and back, six
 * round trips for one small file: on a busy machine each of them waits for a thread to be
 * scheduled, and a run on one file took a few milliseconds more than it computes (`strace -f`).
 */
import { type Dirent, type Stats } from 'node:fs';
export declare const statFile: (path: string) => Stats;
export declare const readDirectory: (path: string) => Dirent[];
/** Up to `limit + 1` bytes of a file: one more than allowed says it is too large. */
export declare function readAtMost(path: string, limit: number): Buffer;
