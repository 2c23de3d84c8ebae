/**
 * kube-inject's built-in injection templates, default values, default mesh config and injector
 * config.
 *
 * The text lives in files next to this module (`*.tmpl`, `*.yaml`) so that operators can read
 * and fork them. They are found relative to this module's URL:
 *  - from source (vitest, tsx): this file is `src/templates/index.ts`, the files are beside it;
 *  - from the bundle: this code is inlined into `dist/cli.js` and the build copies the files to
 *    `dist/templates/`, i.e. `./templates/` relative to the bundle.
 * The first of those two directories that holds `injector.yaml` is used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load, YAML11_SCHEMA } from 'js-yaml';
import { isMap } from '../model/values.js';
import { parseBlockYaml } from '../read/block-yaml.js';

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

const INJECTOR_FILE = 'injector.yaml';

let cachedDir: URL | undefined;

/**
 * Where the template files are for a module at `moduleUrl`: the module's own directory (source
 * layout) or a `templates/` directory beside or above it (bundle layouts), whichever holds
 * `injector.yaml`.
 */
export function findTemplatesDir(moduleUrl: string | URL): URL | undefined {
  for (const dir of templateDirCandidates(moduleUrl)) {
    if (existsSync(fileURLToPath(new URL(INJECTOR_FILE, dir)))) return dir;
  }
  return undefined;
}

function templateDirCandidates(moduleUrl: string | URL): URL[] {
  // Source layout; beside the bundle; beside the chunk (dist/chunks/) the bundler split this into.
  return [new URL('./', moduleUrl), new URL('./templates/', moduleUrl), new URL('../templates/', moduleUrl)];
}

/** The directory holding the built-in files (see the module comment). */
export function templatesDir(): URL {
  cachedDir ??= findTemplatesDir(import.meta.url);
  if (cachedDir) return cachedDir;
  throw new Error(
    `kube-inject: built-in templates not found (looked for ${INJECTOR_FILE} in ${templateDirCandidates(import.meta.url)
      .map((u) => fileURLToPath(u))
      .join(' and ')})`,
  );
}

/** Reads one of the built-in files by name (e.g. `sidecar.tmpl`). */
export function readBuiltinFile(name: string): string {
  if (name.includes('/') || name.includes('\\') || name.startsWith('.')) {
    throw new Error(`kube-inject: invalid built-in file name ${JSON.stringify(name)}`);
  }
  return readFileSync(fileURLToPath(new URL(name, templatesDir())), 'utf8');
}

const textCache = new Map<string, string>();
function cachedText(name: string): string {
  let text = textCache.get(name);
  if (text === undefined) {
    text = readBuiltinFile(name);
    textCache.set(name, text);
  }
  return text;
}

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
export function parseBuiltinYaml(text: string): unknown {
  const fast = parseBlockYaml(text, YAML11_SCHEMA);
  if (fast.ok) return fast.value ?? {};
  return load(text, { schema: YAML11_SCHEMA }) ?? {};
}

/** The build's readings of the built-in YAML files, as JSON text (null: none beside the file). */
const readings = new Map<string, string | null>();

function parseYamlFile(name: string): unknown {
  const text = cachedText(name);
  // The build's reading, when there is one for this very text (the bundle; not the sources).
  // Parsed anew on every call: callers own what they are given.
  let json = readings.get(name);
  if (json === undefined) {
    const path = fileURLToPath(new URL(`${name}.json`, templatesDir()));
    json = existsSync(path) ? readFileSync(path, 'utf8') : null;
    readings.set(name, json);
  }
  if (json !== null) {
    const read = JSON.parse(json) as ReadYamlFile;
    if (read.text === text) return read.value;
  }
  return parseBuiltinYaml(text);
}

function stringList(v: unknown, what: string): string[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw new Error(`kube-inject: ${INJECTOR_FILE}: ${what} must be a list of strings`);
  }
  return v as string[];
}

/** The raw `injector.yaml` with `templates` still naming files. */
function injectorFile(): Record<string, unknown> {
  const doc = parseYamlFile(INJECTOR_FILE);
  if (!isMap(doc)) throw new Error(`kube-inject: ${INJECTOR_FILE} is not a mapping`);
  return doc;
}

/** Built-in templates: name -> Go template text. A fresh object on every call. */
export function loadBuiltinTemplates(): Record<string, string> {
  const files = injectorFile().templates;
  if (!isMap(files)) throw new Error(`kube-inject: ${INJECTOR_FILE}: templates must be a mapping`);
  const out: Record<string, string> = {};
  for (const [name, file] of Object.entries(files)) {
    if (typeof file !== 'string') {
      throw new Error(`kube-inject: ${INJECTOR_FILE}: template ${name} must name a file`);
    }
    out[name] = cachedText(file);
  }
  return out;
}

/**
 * The parse tree the build wrote for built-in template `name` (`<file>.tree.json` beside its
 * file, see scripts/template-trees.ts), as text; undefined from source or when there is none.
 */
export function builtinTemplateTree(name: string): string | undefined {
  const files = injectorFile().templates;
  const file = isMap(files) ? files[name] : undefined;
  if (typeof file !== 'string') return undefined;
  const path = fileURLToPath(new URL(`${file}.tree.json`, templatesDir()));
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Default values (`.Values`), parsed; a fresh copy on every call. */
export function builtinValues(): Record<string, unknown> {
  return parseYamlFile('values.yaml') as Record<string, unknown>;
}

/** Default MeshConfig (proto JSON field names), parsed; a fresh copy on every call. */
export function builtinMeshConfig(): Record<string, unknown> {
  return parseYamlFile('mesh.yaml') as Record<string, unknown>;
}

/** The injector configuration with the template texts filled in; a fresh copy on every call. */
export function builtinInjectorFile(): BuiltinInjectorFile {
  const doc = injectorFile();
  const policy = doc.policy ?? 'enabled';
  if (policy !== 'enabled' && policy !== 'disabled') {
    throw new Error(`kube-inject: ${INJECTOR_FILE}: policy must be enabled or disabled`);
  }
  const aliases: Record<string, string[]> = {};
  if (isMap(doc.aliases)) {
    for (const [k, v] of Object.entries(doc.aliases)) aliases[k] = stringList(v, `aliases.${k}`);
  }
  const injected: Record<string, string> = {};
  if (isMap(doc.injectedAnnotations)) {
    for (const [k, v] of Object.entries(doc.injectedAnnotations)) injected[k] = String(v);
  }
  return {
    defaultTemplates: stringList(doc.defaultTemplates, 'defaultTemplates'),
    policy,
    alwaysInjectSelector: Array.isArray(doc.alwaysInjectSelector) ? doc.alwaysInjectSelector : [],
    neverInjectSelector: Array.isArray(doc.neverInjectSelector) ? doc.neverInjectSelector : [],
    injectedAnnotations: injected,
    aliases,
    templates: loadBuiltinTemplates(),
  };
}
