/**
 * The pipeline: read → locate → lint → inject → emit. Each command is one call here that returns
 * everything the run produced (documents, findings, outcomes, warnings, errors); `src/cli/` only
 * turns options into these calls and prints the results. Nothing here touches the process: files
 * and standard input come through `SourceIO`.
 *
 * The injection engine and its configuration loader are imported on first use, so a lint run
 * (and `--help`) never loads them.
 */
import type { InjectionInputs } from './config/load-injection.js';
import type { InjectionWorkers } from './parallel/pool.js';
import { writeStream } from './emit/manifests.js';
import type { ResourceOutcome } from './inject/documents.js';
import type { Injector } from './inject/types.js';
import type { UninjectOutcome } from './inject/uninject/documents.js';
import { loadLintConfig } from './lint/config-load.js';
import type { LintConfig } from './lint/config.js';
import { lintDocuments, type LintOptions, type LintResult } from './lint/runner.js';
import { SEVERITY_RANK, type Finding, type Severity } from './lint/types.js';
import { positionIn, type ManifestDocument } from './model/document.js';
import { KubeInjectError } from './model/errors.js';
import { locateWorkloads } from './locate/workloads.js';
import { getAt } from './model/pointer.js';
import { explainWorkload, servicesIn, type TrafficPath, type WorkloadExplanation } from './explain/index.js';
import { readContext, readManifests, type ManifestRead } from './read/manifests.js';
import type { SourceIO } from './read/sources.js';

export type { ResourceOutcome } from './inject/documents.js';
export type { UninjectOutcome } from './inject/uninject/documents.js';

/** What every run reads. */
export interface RunInputs {
  /** Files and directories (`-` for standard input), in the order given. */
  readonly paths: readonly string[];
  /** Standard input and the working directory relative paths are read from. */
  readonly io: SourceIO;
  /** The lint configuration file (`--config`); default `.kube-inject.yaml` in `io.cwd`, if any. */
  readonly lintConfig?: string;
  /** Treat pods as if injected with native sidecars (`--native-sidecars`). */
  readonly nativeSidecars?: boolean;
}

export interface LintRun {
  readonly docs: readonly ManifestDocument[];
  readonly lint: LintResult;
  /** Inputs that could not be read or parsed, and what the lint pass could not check (exit 2). */
  readonly errors: readonly KubeInjectError[];
  /** What the user should know that is no error (a directory walk passed over a symbolic link …). */
  readonly warnings: readonly string[];
}

/** read → locate → lint. */
export async function lint(inputs: LintInputs): Promise<LintRun> {
  const { read, result } = await readAndLint(inputs);
  return { docs: read.docs, lint: result, errors: [...read.errors, ...result.errors], warnings: read.warnings };
}

async function readAndLint(inputs: LintInputs) {
  const config = await loadLintConfig(inputs.lintConfig, inputs.io.cwd ?? '.');
  // Read only when given, so a plain lint run does not load the configuration code.
  const meshConfig = inputs.meshConfig?.length ? await (await import('./config/load-injection.js')).loadMeshConfig(inputs.meshConfig) : undefined;
  const read = await readManifests(inputs.paths, inputs.io);
  return { read, result: await lintRead(read, config, inputs, meshConfig) };
}

type LintInputs = RunInputs & {
  readonly context?: readonly string[];
  readonly expectInjected?: boolean;
  /** MeshConfig files (`lint --mesh-config`): the root namespace, DNS allocation, … as Istio reads them. */
  readonly meshConfig?: readonly string[];
};

async function lintRead(read: ManifestRead, config: LintConfig, inputs: LintInputs, meshConfig: LintOptions['meshConfig'] | undefined): Promise<LintResult> {
  const context = inputs.context?.length ? await readContext(inputs.context, inputs.io, read.files) : [];
  return lintDocuments(read.docs, config, { expectInjected: inputs.expectInjected === true, nativeSidecars: inputs.nativeSidecars === true, context, ...(meshConfig ? { meshConfig } : {}) });
}

/** Streams shorter than this are injected on the main thread alone (a worker takes ~50 ms to start). */
export const PARALLEL_FROM_DOCUMENTS = 300;
/**
 * Characters per document below which few streams fall: an input of at least this many per
 * document asked for (`parallelFrom`) starts its workers before it is parsed, so that they load
 * the injector meanwhile. A shorter one that turns out long enough starts them after.
 */
const CHARACTERS_PER_DOCUMENT = 400;

export interface InjectRun extends LintRun {
  readonly outcomes: readonly ResourceOutcome[];
  /** The reader's warnings, the injector configuration's, then each workload's, in order. */
  readonly warnings: readonly string[];
  /** With `strict`, the lint errors that stopped the run (then nothing was injected). */
  readonly strictFailures: number;
  /** The manifests to write; `null` when the run failed (all or nothing). */
  readonly text: string | null;
  /** Whether worker threads injected the stream (src/parallel/): then this thread ran little or none of the engine. */
  readonly onWorkers: boolean;
}

/** read → locate → lint → inject → emit. */
export async function inject(
  inputs: RunInputs & {
    readonly injection: InjectionInputs;
    readonly strict?: boolean;
    /** Files whose Namespace objects injection may read besides the input's (`--namespace-file`). */
    readonly namespaceFiles?: readonly string[];
    /** What the templates' `env` function may read (nothing unless the user allows it). */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /**
     * Threads to inject a long stream with (`--jobs`; default 1). The output is the same with
     * any number (src/parallel/).
     */
    readonly threads?: number;
    /** The fewest documents for which more than one thread is used (default: a few hundred; 0 with an explicit `--jobs`). */
    readonly parallelFrom?: number;
    /**
     * Called before worker threads start, which only a long stream does: the CLI tunes V8's
     * compiler for a long run there (`src/cli/compiler-tuning.ts`).
     */
    readonly beforeWorkers?: () => void;
  },
): Promise<InjectRun> {
  const [{ loadInjectorConfig }, { prepareInjector, namespacesIn }, { injectStream }] = await Promise.all([
    import('./config/load-injection.js'),
    import('./inject/index.js'),
    import('./parallel/one-document.js'),
  ]);
  const env = inputs.env ?? {};
  const injectorConfig = await loadInjectorConfig(inputs.injection, env);
  const injector = prepareInjector(injectorConfig);
  const config = await loadLintConfig(inputs.lintConfig, inputs.io.cwd ?? '.');
  // Workers (long streams only: loading worker_threads alone costs a short run ~10%) load the
  // injector while this thread reads, and inject while it parses and lints (src/parallel/).
  const threads = inputs.threads ?? 1;
  const parallelFrom = inputs.parallelFrom ?? PARALLEL_FROM_DOCUMENTS;
  const setup = { injection: { ...inputs.injection }, env };
  const startWorkers = async () => {
    inputs.beforeWorkers?.();
    return (await import('./parallel/pool.js')).startInjectionWorkers(setup, threads);
  };
  let workers: InjectionWorkers | undefined;
  try {
    const onRead = async (characters: number) => {
      if (threads > 1 && characters >= parallelFrom * CHARACTERS_PER_DOCUMENT) workers = await startWorkers();
    };
    // Where one document's injection does not depend on the rest of the stream, the worker
    // starts on documents as they are read.
    const onDocument = injector.readsNamespaces ? undefined : (doc: ManifestDocument) => workers?.offer(doc);
    const input = await readManifests(inputs.paths, inputs.io, { onRead, ...(onDocument ? { onDocument } : {}) });
    const nsRead = inputs.namespaceFiles?.length ? await readManifests(inputs.namespaceFiles, inputs.io) : undefined;
    const read = nsRead ? { ...input, errors: [...input.errors, ...nsRead.errors], warnings: [...input.warnings, ...nsRead.warnings] } : input;
    const namespaces = namespacesIn([...(nsRead?.docs ?? []), ...read.docs]);
    if (read.errors.length === 0 && threads > 1 && read.docs.length >= parallelFrom) workers ??= await startWorkers();
    else {
      workers?.cancel();
      workers = undefined;
    }
    const parallel = workers?.begin(read.docs, namespaces);
    // The lint pass reads the mesh config injection reads (`--mesh-config`), as it was loaded.
    const mesh = inputs.injection.meshConfig?.length ? injectorConfig.meshConfig : undefined;
    const result = await lintRead(input, config, inputs, mesh);
    // What the lint pass could not check, injection reports in its own words (at the same place).
    const linted = { docs: read.docs, lint: result };
    const strictFailures = inputs.strict === true ? failing(result.findings, 'error').length : 0;
    const onWorkers = parallel !== undefined;
    const failed = { ...linted, errors: read.errors, outcomes: [], warnings: [...read.warnings, ...injector.configWarnings], strictFailures, text: null, onWorkers };
    if (strictFailures > 0) return failed;
    const run = parallel ? await parallel.finish(injector) : injectStream(read.docs, injector, { namespaces });
    const errors = [...read.errors, ...run.errors];
    const warnings = [...read.warnings, ...injector.configWarnings, ...run.outcomes.flatMap((o) => o.warnings)];
    if (errors.length > 0) return { ...failed, errors, warnings, outcomes: run.outcomes };
    return { ...linted, errors, outcomes: run.outcomes, warnings, strictFailures, text: run.text, onWorkers };
  } finally {
    workers?.cancel();
  }
}


/** The findings at or above `threshold`. */
export function failing(findings: readonly Finding[], threshold: Severity): Finding[] {
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
}

export interface UninjectRun {
  readonly docs: readonly ManifestDocument[];
  readonly outcomes: readonly UninjectOutcome[];
  /** Inputs that could not be read or parsed, and pods that could not be uninjected (exit 2). */
  readonly errors: readonly KubeInjectError[];
  readonly warnings: readonly string[];
  /** The manifests to write; `null` when the run failed (all or nothing). */
  readonly text: string | null;
}

/** read → locate → uninject → emit (through the same writer as inject: untouched documents byte for byte). */
export async function uninject(inputs: RunInputs & { readonly injection: InjectionInputs; readonly env?: Readonly<Record<string, string | undefined>> }): Promise<UninjectRun> {
  const [{ loadInjectorConfig }, { prepareInjector, uninjectDocuments, injectedRevisions }] = await Promise.all([import('./config/load-injection.js'), import('./inject/index.js')]);
  const read = await readManifests(inputs.paths, inputs.io);
  // Each pod is uninjected with the engine of the revision its status records, unless --revision says.
  const revisions = inputs.injection.revision !== undefined ? [inputs.injection.revision] : [...injectedRevisions(read.docs)];
  const injectors = new Map<string, Injector>();
  for (const revision of revisions.length > 0 ? revisions : ['']) {
    injectors.set(revision, prepareInjector(await loadInjectorConfig({ ...inputs.injection, revision: inputs.injection.revision ?? revision }, inputs.env ?? {})));
  }
  const first = injectors.values().next().value!;
  const run = uninjectDocuments(read.docs, (revision) => {
    const injector = injectors.get(inputs.injection.revision ?? revision) ?? first;
    return (req) => injector.inject(req);
  });
  const errors = [...read.errors, ...run.errors];
  const warnings = [...read.warnings, ...first.configWarnings];
  return { docs: read.docs, outcomes: run.outcomes, errors, warnings, text: errors.length > 0 ? null : writeStream(run.output) };
}

/** A workload of the input with its pod template as injection leaves it. */
export interface InjectedWorkload {
  readonly doc: ManifestDocument;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  /** `Deployment "ns/web"`. */
  readonly label: string;
  readonly outcome: 'injected' | 'skipped';
  readonly reason?: string;
  /** The injected pod template (the original when skipped). */
  readonly podTemplate: unknown;
  readonly warnings: readonly string[];
}

export interface WorkloadsRun extends LintRun {
  readonly workloads: readonly InjectedWorkload[];
}

/**
 * read → locate → lint → inject, keeping each workload's injected pod template rather than
 * writing the stream: what `iptables -f` and `explain` look at.
 */
export async function injectedWorkloads(inputs: RunInputs & { readonly injection: InjectionInputs; readonly env?: Readonly<Record<string, string | undefined>> }): Promise<WorkloadsRun> {
  const [{ loadInjectorConfig }, { prepareInjector, namespacesIn }] = await Promise.all([import('./config/load-injection.js'), import('./inject/index.js')]);
  const injector = prepareInjector(await loadInjectorConfig(inputs.injection, inputs.env ?? {}));
  const { read, result } = await readAndLint(inputs);
  const namespaces = namespacesIn(read.docs);
  const errors: KubeInjectError[] = [...read.errors, ...result.errors];
  const workloads: InjectedWorkload[] = [];
  for (const doc of read.docs) {
    let located;
    try {
      located = locateWorkloads(doc.value);
    } catch (e) {
      if (!(e instanceof KubeInjectError)) throw e;
      errors.push(positionIn(doc, e, ''));
      continue;
    }
    for (const w of located) {
      const podTemplate = getAt(doc.value, w.podTemplatePointer) as { metadata?: object; spec: object };
      const base = { doc, kind: w.kind, name: w.name, namespace: w.namespace, label: w.label };
      try {
        const r = injector.inject({ kind: w.kind, apiVersion: w.apiVersion, name: w.name, namespace: w.namespace, podTemplate, namespaceObject: (n) => namespaces.get(n) });
        if (r.outcome === 'skipped') workloads.push({ ...base, outcome: 'skipped', reason: r.reason, podTemplate, warnings: [] });
        else workloads.push({ ...base, outcome: 'injected', podTemplate: r.podTemplate, warnings: r.warnings });
      } catch (e) {
        if (!(e instanceof KubeInjectError) || e.position.file !== undefined) throw e;
        errors.push(positionIn(doc, e, w.podTemplatePointer, w.label));
      }
    }
  }
  return { docs: read.docs, lint: result, errors, warnings: [...read.warnings, ...injector.configWarnings], workloads };
}

export interface ExplainRun extends WorkloadsRun {
  readonly explanations: readonly WorkloadExplanation[];
}

/** read → locate → lint → inject → explain each workload, with the Services of the input. */
export async function explain(inputs: Parameters<typeof injectedWorkloads>[0]): Promise<ExplainRun> {
  const run = await injectedWorkloads(inputs);
  const services = servicesIn(run.docs.map((d) => d.value));
  const outboundCache = new Map<string, readonly TrafficPath[]>();
  const explanations = run.workloads.map((w) =>
    explainWorkload({
      ...w,
      services,
      outboundCache,
      findings: run.lint.findings.filter((f) => f.document.file === w.doc.source.name && f.document.index === w.doc.index && f.resource.kind === w.kind && f.resource.name === w.name && !f.suppressed),
    }),
  );
  return { ...run, explanations };
}
