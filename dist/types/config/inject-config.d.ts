import { type ConfigFile } from './read-file.js';
/** Where a template's text sits in a file, so template errors can name the file's line. */
export interface TemplateSource {
    readonly name: string;
    readonly text: string;
    readonly file: string;
    /** 1-based line of the file on which the template's first line stands. */
    readonly line: number;
    /** Columns to add: the indentation of a template embedded in a YAML block scalar. */
    readonly indent: number;
}
/**
 * The injector file the user gives (`--inject-config`: `data.config` of the
 * istio-sidecar-injector ConfigMap), as read.
 */
interface InjectorFile {
    /** The configuration document, as read (templates removed); validated by the caller. */
    readonly settings: Record<string, unknown>;
    readonly settingsFile?: ConfigFile;
    readonly templates: TemplateSource[];
    /** `data.values` of a ConfigMap, when there is one. */
    readonly values?: ConfigFile;
}
/**
 * Reads `--inject-config`: (a) an istio-sidecar-injector ConfigMap manifest, (b) its bare
 * `config` document, or (c) a bare template, used as `sidecar` (as istioctl does: anything that
 * is not a configuration with templates is a template). The ConfigMap must have `data.config`.
 */
export declare function readInjectConfig(path: string): Promise<InjectorFile>;
export {};
