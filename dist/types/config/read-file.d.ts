import { KubeInjectError } from '../model/errors.js';
import type { ManifestDocument } from '../model/document.js';
/** A configuration file read as one YAML/JSON document, with its locations kept for errors. */
export interface ConfigFile {
    readonly file: string;
    readonly doc: ManifestDocument;
    readonly value: unknown;
    /**
     * For a document embedded in a string field of another file (a ConfigMap's `data.config`):
     * the line of that file where the embedded text starts, and its indentation.
     */
    readonly origin?: {
        readonly line: number;
        readonly indent: number;
    };
}
/** File, line and column of the field at `pointer`, in the file the user gave. */
export declare function positionOf(cfg: ConfigFile, pointer: string): {
    file: string;
    line: number;
    column: number;
};
export declare function readConfigFile(path: string, what: string): Promise<ConfigFile>;
export declare function parseConfigText(file: string, text: string, what: string): ConfigFile;
/** An error about the field at `pointer` of a configuration file. */
export declare function configError(cfg: ConfigFile, pointer: string, message: string): KubeInjectError;
/**
 * Helm's way of layering values: maps merge key by key, anything else (lists included) is
 * replaced, and `null` removes a key. Returns a new value; inputs are not changed. A key
 * `__proto__` is data like any other key: it never reads or sets a prototype.
 */
export declare function deepMerge(base: unknown, over: unknown): unknown;
