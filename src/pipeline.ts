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
import { writeStream } from './emit/manifests.js';
import type { DocumentsInjected, ResourceOutcome } from './inject/documents.js';
import { loadLintConfig } from './lint/config-load.js';
import { lintDocuments, type LintResult } from './lint/runner.js';
import { SEVERITY_RANK, type Finding, type Severity } from './lint/types.js';
import type { ManifestDocument } from './model/document.js';
import type { KubeInjectError } from './model/errors.js';
import { readContext, readManifests } from './read/manifests.js';
import type { SourceIO } from './read/sources.js';

export type { ResourceOutcome } from './inject/documents.js';

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
export async function lint(inputs: RunInputs & { readonly context?: readonly string[]; readonly expectInjected?: boolean; readonly meshConfig?: readonly string[] }): Promise<LintRun> {
  const { read, result } = await readAndLint(inputs);
  return { docs: read.docs, lint: result, errors: [...read.errors, ...result.errors], warnings: read.warnings };
}

async function readAndLint(inputs: RunInputs & { readonly context?: readonly string[]; readonly expectInjected?: boolean; readonly meshConfig?: readonly string[] }) {
  const config = await loadLintConfig(inputs.lintConfig, inputs.io.cwd ?? '.');
  // Read only when given, so a plain lint run does not load the configuration code.
  const meshConfig = inputs.meshConfig?.length ? await (await import('./config/load-injection.js')).loadMeshConfig(inputs.meshConfig) : undefined;
  const read = await readManifests(inputs.paths, inputs.io);
  const context = inputs.context?.length ? await readContext(inputs.context, inputs.io, read.files) : [];
  const result = lintDocuments(read.docs, config, { expectInjected: inputs.expectInjected === true, nativeSidecars: inputs.nativeSidecars === true, context, ...(meshConfig ? { meshConfig } : {}) });
  return { read, result };
}

export interface InjectRun extends LintRun {
  readonly outcomes: readonly ResourceOutcome[];
  /** The reader's warnings, the injector configuration's, then each workload's, in order. */
  readonly warnings: readonly string[];
  /** With `strict`, the lint errors that stopped the run (then nothing was injected). */
  readonly strictFailures: number;
  /** The manifests to write; `null` when the run failed (all or nothing). */
  readonly text: string | null;
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
  },
): Promise<InjectRun> {
  const [{ loadInjectorConfig }, { prepareInjector, injectDocuments, namespacesIn }] = await Promise.all([import('./config/load-injection.js'), import('./inject/index.js')]);
  const injector = prepareInjector(await loadInjectorConfig(inputs.injection, inputs.env ?? {}));
  const { read: input, result } = await readAndLint(inputs);
  const nsRead = inputs.namespaceFiles?.length ? await readManifests(inputs.namespaceFiles, inputs.io) : undefined;
  const read = nsRead ? { ...input, errors: [...input.errors, ...nsRead.errors], warnings: [...input.warnings, ...nsRead.warnings] } : input;
  // What the lint pass could not check, injection reports in its own words (at the same place).
  const linted = { docs: read.docs, lint: result };
  const strictFailures = inputs.strict === true ? failing(result.findings, 'error').length : 0;
  const failed = { ...linted, errors: read.errors, outcomes: [], warnings: [...read.warnings, ...injector.configWarnings], strictFailures, text: null };
  if (strictFailures > 0) return failed;
  const namespaces = namespacesIn([...(nsRead?.docs ?? []), ...read.docs]);
  const run: DocumentsInjected = injectDocuments(read.docs, injector, { namespaces });
  const errors = [...read.errors, ...run.errors];
  const warnings = [...read.warnings, ...injector.configWarnings, ...run.outcomes.flatMap((o) => o.warnings)];
  if (errors.length > 0) return { ...failed, errors, warnings, outcomes: run.outcomes };
  return { ...linted, errors, outcomes: run.outcomes, warnings, strictFailures, text: writeStream(run.output) };
}

/** The findings at or above `threshold`. */
export function failing(findings: readonly Finding[], threshold: Severity): Finding[] {
  return findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold]);
}
