import { KubeInjectError } from '../model/errors.js';
import type { SourceFile } from '../model/document.js';
export declare const MANIFEST_EXTENSIONS: readonly string[];
/** The largest file (or standard input) read: a limit against a device or a runaway file. */
export declare const MAX_INPUT_BYTES: number;
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
export declare function readInputs(paths: readonly string[], io: SourceIO, options?: WalkOptions): Promise<InputRead[]>;
/**
 * The text of one named file, read as the inputs are: a regular file (a link to one is
 * followed: the user named it), at most MAX_INPUT_BYTES, strict UTF-8, without a leading BOM.
 * Errors are `io` errors naming `file`, the cause kept (`ENOENT` …).
 * @param at where to read it, when not `file` itself (a path resolved against a working directory)
 */
export declare function readTextFile(file: string, at?: string): Promise<string>;
export declare function makeSource(name: string, raw: string): SourceFile;
/** Strict UTF-8, with the first bad byte's line and column when it is not. */
export declare function decodeUtf8(file: string, buf: Uint8Array): string;
