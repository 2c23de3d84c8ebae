import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  lintDocuments
} from "./chunk-JD4ZQMSG.js";
import {
  explainWorkload,
  servicesIn
} from "./chunk-LTQPEKQH.js";
import {
  writeStream
} from "./chunk-HAYXLUUR.js";
import {
  SEVERITY_RANK
} from "./chunk-7GQ4EQMO.js";
import {
  CONFIG_FILE,
  DEFAULT_CONFIG,
  RULES
} from "./chunk-MR5K7NCO.js";
import {
  MANIFEST_EXTENSIONS,
  readInputs,
  readTextFile
} from "./chunk-QLM7QKL3.js";
import {
  splitStream
} from "./chunk-7DD2NUNG.js";
import {
  locateWorkloads,
  positionIn
} from "./chunk-GXKLT2VF.js";
import {
  KubeInjectError,
  getAt
} from "./chunk-66ALYMBE.js";

// src/lint/config-load.ts
import { resolve } from "node:path";
async function loadLintConfig(configPath, cwd, rules = RULES) {
  const explicit = configPath !== void 0;
  const path = resolve(cwd, configPath ?? CONFIG_FILE);
  const shown = configPath ?? CONFIG_FILE;
  let text;
  try {
    text = await readTextFile(shown, path);
  } catch (e) {
    const cause = e.cause;
    if (!explicit && cause?.code === "ENOENT") return DEFAULT_CONFIG;
    throw new KubeInjectError("config", `cannot read the lint configuration: ${e.message.replace(/^cannot read: /, "")}`, { file: shown }, { cause: e });
  }
  const { parseLintConfig } = await import("./config-R67ONRH3.js");
  return parseLintConfig(shown, text, rules);
}

// src/read/manifests.ts
import { resolve as resolve2 } from "node:path";
async function readManifests(paths, io) {
  const inputs = await readInputs(paths, io);
  const docs = [];
  const errors = [];
  const files = [];
  const warnings = [];
  for (const input of inputs) {
    errors.push(...input.errors);
    warnings.push(...input.warnings);
    for (const source of input.sources) {
      files.push(source.name);
      try {
        for (const doc of splitStream(source)) docs.push(doc);
      } catch (e) {
        if (!(e instanceof KubeInjectError)) throw e;
        errors.push(e.locate({ file: source.name }));
      }
    }
  }
  const named = inputs.some((input) => input.kind === "file");
  if (errors.length === 0 && !named && !docs.some((d) => !d.empty)) errors.push(noManifests(inputs));
  return { docs, errors, files, warnings };
}
function noManifests(inputs) {
  const what = inputs.map((input) => {
    const blank = input.sources.every((s) => s.text.trim() === "");
    switch (input.kind) {
      case "stdin":
        return `standard input (${blank ? "it is empty" : "only comments and empty documents"})`;
      case "directory":
        if (input.sources.length === 0) return `${input.given} (looked for ${MANIFEST_EXTENSIONS.join(", ")})`;
        return `${input.given} (${input.sources.length} file${input.sources.length === 1 ? "" : "s"}, only comments and empty documents)`;
      case "file":
      case "unreadable":
        return input.given;
    }
  });
  return new KubeInjectError("no-manifests", `no manifests found in ${what.join(", ")}`);
}
var CONTEXT_SKIP = ["node_modules"];
async function readContext(paths, io, inputFiles) {
  if (paths.includes("-")) throw new KubeInjectError("usage", "--context reads files and directories, not standard input");
  const key = (name) => io.cwd === void 0 ? name : resolve2(io.cwd, name);
  const seen = new Set(inputFiles.map(key));
  const docs = [];
  for (const input of await readInputs(paths, io, { skip: CONTEXT_SKIP })) {
    if (input.kind === "unreadable") throw new KubeInjectError("usage", `--context: ${input.errors[0].message}`, { file: input.given });
    for (const source of input.sources) {
      if (seen.has(key(source.name))) continue;
      seen.add(key(source.name));
      let split;
      try {
        split = splitStream(source);
      } catch (e) {
        if (!(e instanceof KubeInjectError)) throw e;
        continue;
      }
      docs.push(...split.filter((d) => isKubernetesObject(d.value)));
    }
  }
  return docs;
}
function isKubernetesObject(v) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const o = v;
  return typeof o.apiVersion === "string" && o.apiVersion !== "" && typeof o.kind === "string" && o.kind !== "";
}

// src/pipeline.ts
async function lint(inputs) {
  const { read, result } = await readAndLint(inputs);
  return { docs: read.docs, lint: result, errors: [...read.errors, ...result.errors], warnings: read.warnings };
}
async function readAndLint(inputs) {
  const config = await loadLintConfig(inputs.lintConfig, inputs.io.cwd ?? ".");
  const meshConfig = inputs.meshConfig?.length ? await (await import("./load-injection-7M5K53RG.js")).loadMeshConfig(inputs.meshConfig) : void 0;
  const read = await readManifests(inputs.paths, inputs.io);
  return { read, result: await lintRead(read, config, inputs, meshConfig) };
}
async function lintRead(read, config, inputs, meshConfig) {
  const context = inputs.context?.length ? await readContext(inputs.context, inputs.io, read.files) : [];
  return lintDocuments(read.docs, config, { expectInjected: inputs.expectInjected === true, nativeSidecars: inputs.nativeSidecars === true, context, ...meshConfig ? { meshConfig } : {} });
}
var PARALLEL_FROM_DOCUMENTS = 300;
async function inject(inputs) {
  const [{ loadInjectorConfig }, { prepareInjector, namespacesIn }, { injectStream }] = await Promise.all([
    import("./load-injection-7M5K53RG.js"),
    import("./inject-SEUKY434.js"),
    import("./one-document-7IKY5RWN.js")
  ]);
  const env = inputs.env ?? {};
  const injectorConfig = await loadInjectorConfig(inputs.injection, env);
  const injector = prepareInjector(injectorConfig);
  const config = await loadLintConfig(inputs.lintConfig, inputs.io.cwd ?? ".");
  const input = await readManifests(inputs.paths, inputs.io);
  const nsRead = inputs.namespaceFiles?.length ? await readManifests(inputs.namespaceFiles, inputs.io) : void 0;
  const read = nsRead ? { ...input, errors: [...input.errors, ...nsRead.errors], warnings: [...input.warnings, ...nsRead.warnings] } : input;
  const namespaces = namespacesIn([...nsRead?.docs ?? [], ...read.docs]);
  const threads = inputs.threads ?? 1;
  const parallel = read.errors.length === 0 && threads > 1 && read.docs.length >= (inputs.parallelFrom ?? PARALLEL_FROM_DOCUMENTS) ? (await import("./pool-ZHMNPA6W.js")).startParallelInjection(read.docs, { injection: { ...inputs.injection }, env, namespaces: [...namespaces] }, threads) : void 0;
  try {
    const mesh = inputs.injection.meshConfig?.length ? injectorConfig.meshConfig : void 0;
    const result = await lintRead(input, config, inputs, mesh);
    const linted = { docs: read.docs, lint: result };
    const strictFailures = inputs.strict === true ? failing(result.findings, "error").length : 0;
    const failed = { ...linted, errors: read.errors, outcomes: [], warnings: [...read.warnings, ...injector.configWarnings], strictFailures, text: null };
    if (strictFailures > 0) return failed;
    const run = parallel ? await parallel.finish(injector) : injectStream(read.docs, injector, { namespaces });
    const errors = [...read.errors, ...run.errors];
    const warnings = [...read.warnings, ...injector.configWarnings, ...run.outcomes.flatMap((o) => o.warnings)];
    if (errors.length > 0) return { ...failed, errors, warnings, outcomes: run.outcomes };
    return { ...linted, errors, outcomes: run.outcomes, warnings, strictFailures, text: run.text };
  } finally {
    parallel?.cancel();
  }
}
function failing(findings, threshold) {
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
}
async function uninject(inputs) {
  const [{ loadInjectorConfig }, { prepareInjector, uninjectDocuments, injectedRevisions }] = await Promise.all([import("./load-injection-7M5K53RG.js"), import("./inject-SEUKY434.js")]);
  const read = await readManifests(inputs.paths, inputs.io);
  const revisions = inputs.injection.revision !== void 0 ? [inputs.injection.revision] : [...injectedRevisions(read.docs)];
  const injectors = /* @__PURE__ */ new Map();
  for (const revision of revisions.length > 0 ? revisions : [""]) {
    injectors.set(revision, prepareInjector(await loadInjectorConfig({ ...inputs.injection, revision: inputs.injection.revision ?? revision }, inputs.env ?? {})));
  }
  const first = injectors.values().next().value;
  const run = uninjectDocuments(read.docs, (revision) => {
    const injector = injectors.get(inputs.injection.revision ?? revision) ?? first;
    return (req) => injector.inject(req);
  });
  const errors = [...read.errors, ...run.errors];
  const warnings = [...read.warnings, ...first.configWarnings];
  return { docs: read.docs, outcomes: run.outcomes, errors, warnings, text: errors.length > 0 ? null : writeStream(run.output) };
}
async function injectedWorkloads(inputs) {
  const [{ loadInjectorConfig }, { prepareInjector, namespacesIn }] = await Promise.all([import("./load-injection-7M5K53RG.js"), import("./inject-SEUKY434.js")]);
  const injector = prepareInjector(await loadInjectorConfig(inputs.injection, inputs.env ?? {}));
  const { read, result } = await readAndLint(inputs);
  const namespaces = namespacesIn(read.docs);
  const errors = [...read.errors, ...result.errors];
  const workloads = [];
  for (const doc of read.docs) {
    let located;
    try {
      located = locateWorkloads(doc.value);
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      errors.push(positionIn(doc, e, ""));
      continue;
    }
    for (const w of located) {
      const podTemplate = getAt(doc.value, w.podTemplatePointer);
      const base = { doc, kind: w.kind, name: w.name, namespace: w.namespace, label: w.label };
      try {
        const r = injector.inject({ kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate, namespaceObject: (n) => namespaces.get(n) });
        if (r.outcome === "skipped") workloads.push({ ...base, outcome: "skipped", reason: r.reason, podTemplate, warnings: [] });
        else workloads.push({ ...base, outcome: "injected", podTemplate: r.podTemplate, warnings: r.warnings });
      } catch (e) {
        if (!(e instanceof KubeInjectError) || e.position.file !== void 0) throw e;
        errors.push(positionIn(doc, e, w.podTemplatePointer, w.label));
      }
    }
  }
  return { docs: read.docs, lint: result, errors, warnings: [...read.warnings, ...injector.configWarnings], workloads };
}
async function explain(inputs) {
  const run = await injectedWorkloads(inputs);
  const services = servicesIn(run.docs.map((d) => d.value));
  const outboundCache = /* @__PURE__ */ new Map();
  const explanations = run.workloads.map(
    (w) => explainWorkload({
      ...w,
      services,
      outboundCache,
      findings: run.lint.findings.filter((f) => f.document.file === w.doc.source.name && f.document.index === w.doc.index && f.resource.kind === w.kind && f.resource.name === w.name && !f.suppressed)
    })
  );
  return { ...run, explanations };
}

export {
  lint,
  inject,
  failing,
  uninject,
  injectedWorkloads,
  explain
};
