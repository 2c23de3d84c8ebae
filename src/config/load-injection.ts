import { KubeInjectError } from '../model/errors.js';
import { BUILTINS, TemplateError, deserializeTree, goJsonFieldResolver, parseTemplate, type Template } from '../gotemplate/index.js';
import { injectionFunctions } from '../render/index.js';
import { builtinInjectorFile, builtinMeshConfig, builtinTemplateTree, builtinValues, type BuiltinInjectorFile } from '../templates/index.js';
import type { InjectorConfig } from '../inject/types.js';
import type { LabelSelector } from '../model/label-selector.js';
import { readInjectConfig, type TemplateSource } from './inject-config.js';
import { checkSchema } from './check-schema.js';
import { isMap } from '../model/values.js';
import { deepMerge, parseConfigText, readConfigFile, type ConfigFile } from './read-file.js';

/** The environment `env` in templates reads (the CLI's `io.env`). */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The injection inputs as the CLI gathers them from its options. */
export interface InjectionInputs {
  values?: string[];
  meshConfig?: string[];
  injectConfig?: string;
  operatorFile?: string;
  hub?: string;
  tag?: string;
  proxyImage?: string;
  revision?: string;
  nativeSidecars?: boolean;
  /** istiod's COMPLIANCE_POLICY (`--compliance-policy`); else values `pilot.env.COMPLIANCE_POLICY`. */
  compliancePolicy?: string;
  /** istiod's platform (`--platform`); else values `global.platform` (`openshift` takes the proxy's IDs from the Namespace). */
  platform?: string;
}

/**
 * Builds the injector configuration: our defaults, then the user's files in order (later files
 * deep-merge over earlier ones), then an IstioOperator's `spec.values`/`spec.meshConfig`, then
 * the flags. Every file is checked against its schema before it is used.
 *
 * @param env what the templates' `env` function reads: nothing, unless the user allows it (the
 *   CLI's `--allow-env`), so that a supplied template cannot copy a CI secret into the output.
 */
export async function loadInjectorConfig(inputs: InjectionInputs, env: Environment): Promise<InjectorConfig> {
  const fromFile = inputs.injectConfig ? await readInjectConfig(inputs.injectConfig) : undefined;
  let values: unknown = builtinValues();
  const valueFiles = await Promise.all((inputs.values ?? []).map((f) => readConfigFile(f, 'values file')));
  const valueSources = valueFiles.length > 0 ? valueFiles : fromFile?.values ? [fromFile.values] : [];
  for (const file of valueSources) values = deepMerge(values, await checkSchema(file, 'values', valuesOf(file)));

  let mesh: unknown = builtinMeshConfig();
  for (const path of inputs.meshConfig ?? []) mesh = deepMerge(mesh, await readMeshFile(path));

  if (inputs.operatorFile) {
    const iop = await checkSchema(await readConfigFile(inputs.operatorFile, 'IstioOperator file'), 'istio-operator');
    const spec = isMap(iop) && isMap(iop.spec) ? iop.spec : {};
    if (spec.values !== undefined) values = deepMerge(values, spec.values);
    if (spec.meshConfig !== undefined) mesh = deepMerge(mesh, spec.meshConfig);
  }
  values = chartValues(applyFlags(values as Record<string, unknown>, inputs));

  const builtin = builtinInjectorFile();
  const settings = fromFile ? (fromFile.settingsFile ? await checkSchema(fromFile.settingsFile, 'injector-config', fromFile.settings, true) : {}) : settingsFromValues(values as Record<string, unknown>, builtin);
  const sources = fromFile ? fromFile.templates : Object.entries(builtin.templates).map(([name, text]) => builtinSource(name, text));
  const templates = parseTemplates([...sources, ...valuesTemplates(values, sources)], env);
  const s = settings as Record<string, unknown>;
  const defaultTemplates = Array.isArray(s.defaultTemplates) && s.defaultTemplates.length > 0 ? (s.defaultTemplates as string[]) : ['sidecar'];
  return {
    values: values as Record<string, unknown>,
    meshConfig: mesh as Record<string, unknown>,
    templates,
    defaultTemplates,
    aliases: (s.aliases as Record<string, string[]> | undefined) ?? {},
    policy: s.policy === 'disabled' ? 'disabled' : 'enabled',
    alwaysInjectSelector: (s.alwaysInjectSelector as LabelSelector[] | undefined) ?? [],
    neverInjectSelector: (s.neverInjectSelector as LabelSelector[] | undefined) ?? [],
    injectedAnnotations: (s.injectedAnnotations as Record<string, string> | undefined) ?? {},
    nativeSidecars: inputs.nativeSidecars === true,
    revision: inputs.revision ?? (typeof (values as Record<string, unknown>).revision === 'string' ? ((values as Record<string, unknown>).revision as string) : ''),
    compliancePolicy: inputs.compliancePolicy ?? istiodEnv(values, 'COMPLIANCE_POLICY'),
    platform: inputs.platform ?? platformOf(values),
  };
}

/**
 * An environment variable of istiod as the chart sets it from values `pilot.env` (top-level `env`
 * is copied there by `chartValues`); `''` when unset.
 */
function istiodEnv(values: unknown, name: string): string {
  const pilot = isMap(values) && isMap(values.pilot) ? values.pilot : {};
  const env = isMap(pilot.env) ? pilot.env : {};
  const v = env[name];
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

/** istiod's PLATFORM, which the chart sets from `global.platform`. */
function platformOf(values: unknown): string {
  const global = isMap(values) && isMap(values.global) ? values.global : {};
  return typeof global.platform === 'string' ? global.platform : '';
}

/** A values file may also be the sidecar injector ConfigMap, whose `data.values` is JSON. */
function valuesOf(file: ConfigFile): unknown {
  const v = file.value;
  if (isMap(v) && v.kind === 'ConfigMap' && isMap(v.data) && typeof v.data.values === 'string') {
    try {
      return JSON.parse(v.data.values);
    } catch (e) {
      throw new KubeInjectError('config', `data.values is not valid JSON: ${(e as Error).message}`, { file: file.file, ...file.doc.locate('/data/values', 'value') });
    }
  }
  return v;
}

/** Our default mesh config with the `--mesh-config` files merged over it, in order (for `lint`). */
export async function loadMeshConfig(paths: readonly string[]): Promise<Record<string, unknown>> {
  let mesh: unknown = builtinMeshConfig();
  for (const path of paths) mesh = deepMerge(mesh, await readMeshFile(path));
  return mesh as Record<string, unknown>;
}

/** `--mesh-config`: a MeshConfig document, or the `istio` ConfigMap holding one in `data.mesh`. */
async function readMeshFile(path: string): Promise<unknown> {
  const file = await readConfigFile(path, 'mesh config');
  const v = file.value;
  if (isMap(v) && v.kind === 'ConfigMap') {
    const data = isMap(v.data) ? v.data : {};
    if (typeof data.mesh !== 'string') throw new KubeInjectError('config', 'the ConfigMap has no data.mesh (is it the istio ConfigMap?)', { file: path, ...file.doc.locate('/data') });
    const inner = parseConfigText(`${path} (data.mesh)`, data.mesh, 'data.mesh');
    return checkSchema(inner, 'mesh-config');
  }
  return checkSchema(file, 'mesh-config');
}

function applyFlags(values: Record<string, unknown>, f: InjectionInputs): unknown {
  const global: Record<string, unknown> = {};
  if (f.hub !== undefined) global.hub = f.hub;
  if (f.tag !== undefined) global.tag = f.tag;
  if (f.proxyImage !== undefined) global.proxy = { image: f.proxyImage };
  const over: Record<string, unknown> = { global };
  if (f.revision !== undefined) over.revision = f.revision;
  return deepMerge(values, over);
}

/**
 * Install values use top-level `cni` and `env` where the injector reads `pilot.cni` and
 * `pilot.env`: Istio's chart copies them over when it renders the injector's values, and so
 * does kube-inject, so the same values file works for both.
 */
function chartValues(values: unknown): unknown {
  if (!isMap(values)) return values;
  const pilot: Record<string, unknown> = {};
  for (const key of ['cni', 'env']) if (isMap(values[key])) pilot[key] = values[key];
  return Object.keys(pilot).length === 0 ? values : deepMerge(values, { pilot });
}

/** Without an injector config file, the injector settings come from values, as Istio's chart renders them. */
function settingsFromValues(values: Record<string, unknown>, builtin: BuiltinInjectorFile): Record<string, unknown> {
  const hook = isMap(values.sidecarInjectorWebhook) ? values.sidecarInjectorWebhook : {};
  const global = isMap(values.global) ? values.global : {};
  const proxy = isMap(global.proxy) ? global.proxy : {};
  const list = (v: unknown, d: unknown) => (Array.isArray(v) && v.length > 0 ? v : d);
  return {
    policy: proxy.autoInject === 'disabled' ? 'disabled' : builtin.policy,
    defaultTemplates: list(hook.defaultTemplates, builtin.defaultTemplates),
    aliases: builtin.aliases,
    alwaysInjectSelector: list(hook.alwaysInjectSelector, builtin.alwaysInjectSelector),
    neverInjectSelector: list(hook.neverInjectSelector, builtin.neverInjectSelector),
    injectedAnnotations: isMap(hook.injectedAnnotations) ? { ...builtin.injectedAnnotations, ...hook.injectedAnnotations } : builtin.injectedAnnotations,
  };
}

/** Custom templates from `sidecarInjectorWebhook.templates`, as Istio's chart adds them to the config. */
function valuesTemplates(values: unknown, existing: readonly TemplateSource[]): TemplateSource[] {
  const hook = isMap(values) && isMap(values.sidecarInjectorWebhook) ? values.sidecarInjectorWebhook : {};
  const custom = isMap(hook.templates) ? hook.templates : {};
  return Object.entries(custom)
    .filter(([name, text]) => typeof text === 'string' && !existing.some((t) => t.name === name))
    .map(([name, text]) => ({ name, text: text as string, file: `values: sidecarInjectorWebhook.templates.${name}`, line: 1, indent: 0 }));
}

function builtinSource(name: string, text: string): TemplateSource {
  return { name, text, file: `built-in template ${name}`, line: 1, indent: 0 };
}

/**
 * Templates are parsed once, on first use: a stream that only needs `sidecar` never pays for
 * parsing the gateway or waypoint templates. An error names the file, line and column.
 */
function parseTemplates(sources: readonly TemplateSource[], env: Environment): Record<string, Template> {
  const funcs = injectionFunctions({ getEnv: (key) => env[key] });
  const out: Record<string, Template> = {};
  for (const src of sources) {
    let parsed: Template | undefined;
    Object.defineProperty(out, src.name, {
      enumerable: true,
      get: () => (parsed ??= parseOne(src, funcs)),
    });
  }
  return out;
}

function parseOne(src: TemplateSource, funcs: ReturnType<typeof injectionFunctions>): Template {
  try {
    // A built-in template comes with its parse tree, made at build time: start-up need not parse it.
    const treeText = src.file === builtinSource(src.name, '').file ? builtinTemplateTree(src.name) : undefined;
    const tree = treeText === undefined ? undefined : deserializeTree(treeText, src.text, [...Object.keys(BUILTINS), ...Object.keys(funcs)]);
    return parseTemplate(src.name, src.text, { funcs, fieldResolver: goJsonFieldResolver, ...(tree ? { tree } : {}) });
  } catch (e) {
    if (e instanceof TemplateError) {
      throw new KubeInjectError('template', e.message, { file: src.file, line: src.line + e.templateLine - 1, column: e.templateColumn + src.indent });
    }
    throw e;
  }
}
