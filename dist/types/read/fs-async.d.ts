/**
 * The file system calls the reader and `-o` make, as promises over Node's callback API.
 * `node:fs/promises` would do the same, but loading it loads Node's whole stream stack (readline
 * included), a share of a short run's start-up that nothing here needs.
 */
import { type Dirent, type Stats, type WriteFileOptions } from 'node:fs';
export declare const statAsync: (path: string) => Promise<Stats>;
export declare const realpathAsync: (path: string) => Promise<string>;
export declare const readdirAsync: (path: string) => Promise<Dirent[]>;
export declare const renameAsync: (from: string, to: string) => Promise<void>;
export declare const unlinkAsync: (path: string) => Promise<void>;
export declare const writeFileAsync: (path: string, text: string, options: WriteFileOptions) => Promise<void>;
/** Up to `limit + 1` bytes of a file: one more than allowed says it is too large. */
export declare function readAtMost(path: string, limit: number): Promise<Buffer>;
