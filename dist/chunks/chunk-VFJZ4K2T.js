import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  readInputs,
  readTextFile
} from "./chunk-QLM7QKL3.js";
import {
  existsSync,
  init_node_fs,
  readFileSync
} from "./chunk-R56FJPZO.js";
import {
  splitStream
} from "./chunk-7DD2NUNG.js";
import {
  BUILTINS,
  TemplateError,
  deserializeTree,
  goJsonFieldResolver,
  injectionFunctions,
  parseTemplate
} from "./chunk-JVS6AGS5.js";
import {
  YAML11_SCHEMA,
  load,
  parseBlockYaml
} from "./chunk-MRUMKARZ.js";
import {
  KubeInjectError,
  isMap,
  joinPointer,
  setOwn
} from "./chunk-66ALYMBE.js";

// src/templates/index.ts
init_node_fs();
import { fileURLToPath } from "node:url";
var INJECTOR_FILE = "injector.yaml";
var cachedDir;
function findTemplatesDir(moduleUrl) {
  for (const dir of templateDirCandidates(moduleUrl)) {
    if (existsSync(fileURLToPath(new URL(INJECTOR_FILE, dir)))) return dir;
  }
  return void 0;
}
function templateDirCandidates(moduleUrl) {
  return [new URL("./", moduleUrl), new URL("./templates/", moduleUrl), new URL("../templates/", moduleUrl)];
}
function templatesDir() {
  cachedDir ??= findTemplatesDir(import.meta.url);
  if (cachedDir) return cachedDir;
  throw new Error(
    `kube-inject: built-in templates not found (looked for ${INJECTOR_FILE} in ${templateDirCandidates(import.meta.url).map((u) => fileURLToPath(u)).join(" and ")})`
  );
}
function readBuiltinFile(name) {
  if (name.includes("/") || name.includes("\\") || name.startsWith(".")) {
    throw new Error(`kube-inject: invalid built-in file name ${JSON.stringify(name)}`);
  }
  return readFileSync(fileURLToPath(new URL(name, templatesDir())), "utf8");
}
var textCache = /* @__PURE__ */ new Map();
function cachedText(name) {
  let text = textCache.get(name);
  if (text === void 0) {
    text = readBuiltinFile(name);
    textCache.set(name, text);
  }
  return text;
}
function parseYamlFile(name) {
  const text = cachedText(name);
  const fast = parseBlockYaml(text, YAML11_SCHEMA);
  if (fast.ok) return fast.value ?? {};
  return load(text, { schema: YAML11_SCHEMA }) ?? {};
}
function stringList(v, what) {
  if (v === void 0 || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) {
    throw new Error(`kube-inject: ${INJECTOR_FILE}: ${what} must be a list of strings`);
  }
  return v;
}
function injectorFile() {
  const doc = parseYamlFile(INJECTOR_FILE);
  if (!isMap(doc)) throw new Error(`kube-inject: ${INJECTOR_FILE} is not a mapping`);
  return doc;
}
function loadBuiltinTemplates() {
  const files = injectorFile().templates;
  if (!isMap(files)) throw new Error(`kube-inject: ${INJECTOR_FILE}: templates must be a mapping`);
  const out = {};
  for (const [name, file] of Object.entries(files)) {
    if (typeof file !== "string") {
      throw new Error(`kube-inject: ${INJECTOR_FILE}: template ${name} must name a file`);
    }
    out[name] = cachedText(file);
  }
  return out;
}
function builtinTemplateTree(name) {
  const files = injectorFile().templates;
  const file = isMap(files) ? files[name] : void 0;
  if (typeof file !== "string") return void 0;
  const path = fileURLToPath(new URL(`${file}.tree.json`, templatesDir()));
  return existsSync(path) ? readFileSync(path, "utf8") : void 0;
}
function builtinValues() {
  return parseYamlFile("values.yaml");
}
function builtinMeshConfig() {
  return parseYamlFile("mesh.yaml");
}
function builtinInjectorFile() {
  const doc = injectorFile();
  const policy = doc.policy ?? "enabled";
  if (policy !== "enabled" && policy !== "disabled") {
    throw new Error(`kube-inject: ${INJECTOR_FILE}: policy must be enabled or disabled`);
  }
  const aliases = {};
  if (isMap(doc.aliases)) {
    for (const [k, v] of Object.entries(doc.aliases)) aliases[k] = stringList(v, `aliases.${k}`);
  }
  const injected = {};
  if (isMap(doc.injectedAnnotations)) {
    for (const [k, v] of Object.entries(doc.injectedAnnotations)) injected[k] = String(v);
  }
  return {
    defaultTemplates: stringList(doc.defaultTemplates, "defaultTemplates"),
    policy,
    alwaysInjectSelector: Array.isArray(doc.alwaysInjectSelector) ? doc.alwaysInjectSelector : [],
    neverInjectSelector: Array.isArray(doc.neverInjectSelector) ? doc.neverInjectSelector : [],
    injectedAnnotations: injected,
    aliases,
    templates: loadBuiltinTemplates()
  };
}

// src/config/read-file.ts
function positionOf(cfg, pointer) {
  const at = cfg.doc.locate(pointer);
  const o = cfg.origin;
  return { file: cfg.file, line: o ? at.line + o.line - 1 : at.line, column: o ? at.column + o.indent : at.column };
}
async function readConfigFile(path, what) {
  if (path === "-") throw new KubeInjectError("usage", `${what}: give a file; standard input holds the manifests`, { file: path });
  const [input] = await readInputs([path], { readStdin: async () => "" });
  if (input.errors.length > 0) throw input.errors[0];
  if (input.kind !== "file") throw new KubeInjectError("usage", `${what}: give a file, not a directory`, { file: path });
  const source = input.sources[0];
  return parseConfigText(source.name, source.text, what);
}
function parseConfigText(file, text, what) {
  const docs = splitStream({ name: file, text }).filter((d) => !d.empty);
  if (docs.length === 0) throw new KubeInjectError("config", `${what} is empty`, { file, line: 1, column: 1 });
  if (docs.length > 1) {
    const pos = docs[1].locate("");
    throw new KubeInjectError("config", `${what} must hold one document, found ${docs.length}`, { file, ...pos });
  }
  const doc = docs[0];
  return { file, doc, value: doc.value };
}
function configError(cfg, pointer, message) {
  return new KubeInjectError("config", message, { pointer, ...positionOf(cfg, pointer) });
}
function deepMerge(base, over) {
  if (!isMap(base) || !isMap(over)) return over === void 0 ? base : over;
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === null) delete out[k];
    else setOwn(out, k, deepMerge(Object.hasOwn(base, k) ? base[k] : void 0, v));
  }
  return out;
}

// src/config/inject-config.ts
async function readInjectConfig(path) {
  let file;
  try {
    file = await readConfigFile(path, "injector config");
  } catch (e) {
    if (e instanceof KubeInjectError && e.code === "io") throw e;
    return bareTemplate(path, await readRaw(path));
  }
  const v = file.value;
  if (isMap(v) && v.kind === "ConfigMap") return fromConfigMap(file);
  if (isMap(v) && isMap(v.templates) && Object.keys(v.templates).length > 0) return fromConfig(file);
  return bareTemplate(path, file.doc.source.text);
}
function readRaw(path) {
  return readTextFile(path);
}
function bareTemplate(file, text) {
  return { settings: {}, templates: [{ name: "sidecar", text, file, line: 1, indent: 0 }] };
}
function fromConfigMap(cm) {
  const data = cm.value.data;
  if (!isMap(data) || typeof data.config !== "string") {
    throw configError(cm, "/data", "the ConfigMap has no data.config (is it the istio-sidecar-injector ConfigMap?)");
  }
  const config = fromConfig(embedded(cm, "/data/config", data.config, "data.config"));
  let values;
  if (typeof data.values === "string") values = embedded(cm, "/data/values", data.values, "data.values");
  return { ...config, ...values ? { values } : {} };
}
function embedded(outer, pointer, text, label) {
  const { line, indent } = blockStart(outer, pointer);
  try {
    return { ...parseConfigText(outer.file, text, label), origin: { line, indent } };
  } catch (e) {
    if (e instanceof KubeInjectError) {
      const p = e.position;
      throw new KubeInjectError(e.code, e.message, { ...p, file: outer.file, line: p.line !== void 0 ? p.line + line - 1 : line, column: p.column !== void 0 ? p.column + indent : void 0 });
    }
    throw e;
  }
}
function blockStart(file, pointer) {
  const at = file.doc.locate(pointer, "value");
  const text = file.doc.source.text.split("\n");
  const here = text[at.line - 1] ?? "";
  const c = here[at.column - 1];
  if (c === "|" || c === ">") return { line: at.line + 1, indent: (text[at.line] ?? "").match(/^ */)[0].length };
  const leading = here.match(/^ */)[0].length;
  if (at.column === 1 && leading > 0) return { line: at.line, indent: leading };
  return { line: at.line, indent: at.column - 1 };
}
function fromConfig(file) {
  const v = file.value;
  const { templates: raw, ...settings } = v;
  const templates = [];
  const add = (name, text, pointer) => {
    if (typeof text !== "string") throw configError(file, pointer, `template "${name}" must be a string`);
    const pos = blockStart(file, pointer);
    const o = file.origin;
    templates.push({ name, text, file: file.file, line: o ? o.line + pos.line - 1 : pos.line, indent: o ? o.indent + pos.indent : pos.indent });
  };
  if (isMap(raw)) for (const [name, text] of Object.entries(raw)) add(name, text, joinPointer("/templates", name));
  return { settings, settingsFile: file, templates };
}

// src/config/check-schema.ts
async function checkSchema(file, kind, value = file.value, located = value === file.value) {
  const { validateInput } = await import("./schemas-N32UKEL7.js");
  const problems = validateInput(kind, value);
  if (problems.length === 0) return value;
  const [first] = problems;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
  const key = first.pointer === "" ? "the document" : first.pointer.slice(1).replace(/\//g, ".").replace(/~1/g, "/").replace(/~0/g, "~");
  throw new KubeInjectError("config", `${key}: ${first.message}${more}`, {
    pointer: first.pointer,
    ...located ? positionOf(file, first.pointer) : { file: file.file }
  });
}

// src/config/load-injection.ts
async function loadInjectorConfig(inputs, env) {
  const fromFile = inputs.injectConfig ? await readInjectConfig(inputs.injectConfig) : void 0;
  let values = builtinValues();
  const valueFiles = await Promise.all((inputs.values ?? []).map((f) => readConfigFile(f, "values file")));
  const valueSources = valueFiles.length > 0 ? valueFiles : fromFile?.values ? [fromFile.values] : [];
  for (const file of valueSources) values = deepMerge(values, await checkSchema(file, "values", valuesOf(file)));
  let mesh = builtinMeshConfig();
  for (const path of inputs.meshConfig ?? []) mesh = deepMerge(mesh, await readMeshFile(path));
  if (inputs.operatorFile) {
    const iop = await checkSchema(await readConfigFile(inputs.operatorFile, "IstioOperator file"), "istio-operator");
    const spec = isMap(iop) && isMap(iop.spec) ? iop.spec : {};
    if (spec.values !== void 0) values = deepMerge(values, spec.values);
    if (spec.meshConfig !== void 0) mesh = deepMerge(mesh, spec.meshConfig);
  }
  values = chartValues(applyFlags(values, inputs));
  const builtin = builtinInjectorFile();
  const settings = fromFile ? fromFile.settingsFile ? await checkSchema(fromFile.settingsFile, "injector-config", fromFile.settings, true) : {} : settingsFromValues(values, builtin);
  const sources = fromFile ? fromFile.templates : Object.entries(builtin.templates).map(([name, text]) => builtinSource(name, text));
  const templates = parseTemplates([...sources, ...valuesTemplates(values, sources)], env);
  const s = settings;
  const defaultTemplates = Array.isArray(s.defaultTemplates) && s.defaultTemplates.length > 0 ? s.defaultTemplates : ["sidecar"];
  return {
    values,
    meshConfig: mesh,
    templates,
    defaultTemplates,
    aliases: s.aliases ?? {},
    policy: s.policy === "disabled" ? "disabled" : "enabled",
    alwaysInjectSelector: s.alwaysInjectSelector ?? [],
    neverInjectSelector: s.neverInjectSelector ?? [],
    injectedAnnotations: s.injectedAnnotations ?? {},
    nativeSidecars: inputs.nativeSidecars === true,
    revision: inputs.revision ?? (typeof values.revision === "string" ? values.revision : ""),
    compliancePolicy: inputs.compliancePolicy ?? istiodEnv(values, "COMPLIANCE_POLICY"),
    platform: inputs.platform ?? platformOf(values)
  };
}
function istiodEnv(values, name) {
  const pilot = isMap(values) && isMap(values.pilot) ? values.pilot : {};
  const env = isMap(pilot.env) ? pilot.env : {};
  const v = env[name];
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : "";
}
function platformOf(values) {
  const global = isMap(values) && isMap(values.global) ? values.global : {};
  return typeof global.platform === "string" ? global.platform : "";
}
function valuesOf(file) {
  const v = file.value;
  if (isMap(v) && v.kind === "ConfigMap" && isMap(v.data) && typeof v.data.values === "string") {
    try {
      return JSON.parse(v.data.values);
    } catch (e) {
      throw new KubeInjectError("config", `data.values is not valid JSON: ${e.message}`, { file: file.file, ...file.doc.locate("/data/values", "value") });
    }
  }
  return v;
}
async function loadMeshConfig(paths) {
  let mesh = builtinMeshConfig();
  for (const path of paths) mesh = deepMerge(mesh, await readMeshFile(path));
  return mesh;
}
async function readMeshFile(path) {
  const file = await readConfigFile(path, "mesh config");
  const v = file.value;
  if (isMap(v) && v.kind === "ConfigMap") {
    const data = isMap(v.data) ? v.data : {};
    if (typeof data.mesh !== "string") throw new KubeInjectError("config", "the ConfigMap has no data.mesh (is it the istio ConfigMap?)", { file: path, ...file.doc.locate("/data") });
    const inner = parseConfigText(`${path} (data.mesh)`, data.mesh, "data.mesh");
    return checkSchema(inner, "mesh-config");
  }
  return checkSchema(file, "mesh-config");
}
function applyFlags(values, f) {
  const global = {};
  if (f.hub !== void 0) global.hub = f.hub;
  if (f.tag !== void 0) global.tag = f.tag;
  if (f.proxyImage !== void 0) global.proxy = { image: f.proxyImage };
  const over = { global };
  if (f.revision !== void 0) over.revision = f.revision;
  return deepMerge(values, over);
}
function chartValues(values) {
  if (!isMap(values)) return values;
  const pilot = {};
  for (const key of ["cni", "env"]) if (isMap(values[key])) pilot[key] = values[key];
  return Object.keys(pilot).length === 0 ? values : deepMerge(values, { pilot });
}
function settingsFromValues(values, builtin) {
  const hook = isMap(values.sidecarInjectorWebhook) ? values.sidecarInjectorWebhook : {};
  const global = isMap(values.global) ? values.global : {};
  const proxy = isMap(global.proxy) ? global.proxy : {};
  const list = (v, d) => Array.isArray(v) && v.length > 0 ? v : d;
  return {
    policy: proxy.autoInject === "disabled" ? "disabled" : builtin.policy,
    defaultTemplates: list(hook.defaultTemplates, builtin.defaultTemplates),
    aliases: builtin.aliases,
    alwaysInjectSelector: list(hook.alwaysInjectSelector, builtin.alwaysInjectSelector),
    neverInjectSelector: list(hook.neverInjectSelector, builtin.neverInjectSelector),
    injectedAnnotations: isMap(hook.injectedAnnotations) ? { ...builtin.injectedAnnotations, ...hook.injectedAnnotations } : builtin.injectedAnnotations
  };
}
function valuesTemplates(values, existing) {
  const hook = isMap(values) && isMap(values.sidecarInjectorWebhook) ? values.sidecarInjectorWebhook : {};
  const custom = isMap(hook.templates) ? hook.templates : {};
  return Object.entries(custom).filter(([name, text]) => typeof text === "string" && !existing.some((t) => t.name === name)).map(([name, text]) => ({ name, text, file: `values: sidecarInjectorWebhook.templates.${name}`, line: 1, indent: 0 }));
}
function builtinSource(name, text) {
  return { name, text, file: `built-in template ${name}`, line: 1, indent: 0 };
}
function parseTemplates(sources, env) {
  const funcs = injectionFunctions({ getEnv: (key) => env[key] });
  const out = {};
  for (const src of sources) {
    let parsed;
    Object.defineProperty(out, src.name, {
      enumerable: true,
      get: () => parsed ??= parseOne(src, funcs)
    });
  }
  return out;
}
function parseOne(src, funcs) {
  try {
    const treeText = src.file === builtinSource(src.name, "").file ? builtinTemplateTree(src.name) : void 0;
    const tree = treeText === void 0 ? void 0 : deserializeTree(treeText, src.text, [...Object.keys(BUILTINS), ...Object.keys(funcs)]);
    return parseTemplate(src.name, src.text, { funcs, fieldResolver: goJsonFieldResolver, ...tree ? { tree } : {} });
  } catch (e) {
    if (e instanceof TemplateError) {
      throw new KubeInjectError("template", e.message, { file: src.file, line: src.line + e.templateLine - 1, column: e.templateColumn + src.indent });
    }
    throw e;
  }
}

export {
  loadInjectorConfig,
  loadMeshConfig
};
