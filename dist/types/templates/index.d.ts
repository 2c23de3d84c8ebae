/**
 * The built-in injector file (`injector.yaml`, the shape of Istio's `istio-sidecar-injector`
 * `data.config`) with its template files read. `src/config/` turns it, with the user's files,
 * into the engine's `InjectorConfig`.
 */
export interface BuiltinInjectorFile {
    /** Templates used for pods without an `inject.istio.io/templates` annotation. */
    defaultTemplates: string[];
    /** `enabled`: inject unless a pod opts out; `disabled`: only pods that opt in. */
    policy: 'enabled' | 'disabled';
    alwaysInjectSelector: unknown[];
    neverInjectSelector: unknown[];
    /** Annotations added to every injected pod. */
    injectedAnnotations: Record<string, string>;
    /** Template name -> the template names it stands for. */
    aliases: Record<string, string[]>;
    /** Template name -> template text (the files named in `injector.yaml`, read). */
    templates: Record<string, string>;
}
/**
 * Where the template files are for a module at `moduleUrl`: the module's own directory (source
 * layout) or a `templates/` directory beside or above it (bundle layouts), whichever holds
 * `injector.yaml`.
 */
export declare function findTemplatesDir(moduleUrl: string | URL): URL | undefined;
/** The directory holding the built-in files (see the module comment). */
export declare function templatesDir(): URL;
/** Reads one of the built-in files by name (e.g. `sidecar.tmpl`). */
export declare function readBuiltinFile(name: string): string;
/** A built-in YAML file as the build read it (`<file>.json` beside it, scripts/template-trees.ts). */
export interface ReadYamlFile {
    /** The YAML text it was read from: the value is used only for that very text. */
    readonly text: string;
    readonly value: unknown;
}
/**
 * The value of a built-in YAML file's text: YAML 1.1, as Go's YAML library reads Istio's own
 * files. Plain block YAML is read by the fast reader (to the same value; anything else by
 * js-yaml): start-up need not compile js-yaml's parser.
 */
export declare function parseBuiltinYaml(text: string): unknown;
/** Built-in templates: name -> Go template text. A fresh object on every call. */
export declare function loadBuiltinTemplates(): Record<string, string>;
/**
 * The parse tree the build wrote for built-in template `name` (`<file>.tree.json` beside its
 * file, see scripts/template-trees.ts), as text; undefined from source or when there is none.
 */
export declare function builtinTemplateTree(name: string): string | undefined;
/** Default values (`.Values`), parsed; a fresh copy on every call. */
export declare function builtinValues(): Record<string, unknown>;
/** Default MeshConfig (proto JSON field names), parsed; a fresh copy on every call. */
export declare function builtinMeshConfig(): Record<string, unknown>;
/** The injector configuration with the template texts filled in; a fresh copy on every call. */
export declare function builtinInjectorFile(): BuiltinInjectorFile;
