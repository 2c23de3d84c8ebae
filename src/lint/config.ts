/**
 * The lint configuration: `.kube-inject.yaml` in the working directory, or `--config FILE`.
 *
 *   rules:
 *     port-name: off                 # turn a rule off (`false` too)
 *     app-version-labels: error      # change its severity (error, warning, info)
 *     service-association:           # or give options, with an optional severity
 *       maxServices: 1
 *
 * Checked with ajv against a schema built from the registry; an error names the file, the bad
 * key and its line:column.
 */
import { resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { KubeInjectError } from '../model/errors.js';
import type { ManifestDocument } from '../model/document.js';
import { joinPointer, splitPointer } from '../model/pointer.js';
import { readTextFile } from '../read/sources.js';
import { splitStream } from '../read/split.js';
import { RULES } from './registry.js';
import { SEVERITIES, type Rule, type Severity } from './types.js';

export const CONFIG_FILE = '.kube-inject.yaml';

export interface RuleSetting {
  readonly severity?: Severity | 'off';
  readonly options: Readonly<Record<string, unknown>>;
}

export interface LintConfig {
  /** The file it came from, when there is one. */
  readonly file?: string;
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

export const DEFAULT_CONFIG: LintConfig = { rules: {} };

const LEVELS = [...SEVERITIES, 'off'];

export function configSchema(rules: readonly Rule[]): object {
  const properties: Record<string, object> = {};
  for (const r of rules) {
    properties[r.meta.id] = {
      if: { type: 'string' },
      then: { enum: LEVELS },
      else: {
        // `off` is the boolean false in YAML 1.1, as Kubernetes reads YAML; `true` keeps the default.
        if: { type: 'boolean' },
        else: {
          type: 'object',
          properties: { severity: { enum: LEVELS }, ...(r.meta.optionsSchema?.properties ?? {}) },
          additionalProperties: false,
        },
      },
    };
  }
  return {
    type: 'object',
    properties: { rules: { type: 'object', properties, additionalProperties: false } },
    additionalProperties: false,
  };
}

/** Parses and checks a configuration file's text. */
export function parseLintConfig(file: string, text: string, rules: readonly Rule[] = RULES): LintConfig {
  const docs = splitStream({ name: file, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text }).filter((d) => !d.empty);
  if (docs.length === 0) return { file, rules: {} };
  if (docs.length > 1) {
    throw new KubeInjectError('config', `the lint configuration must be one YAML document, found ${docs.length}`, { file, ...docs[1]!.locate('') });
  }
  const doc = docs[0]!;
  const validate = new Ajv({ allErrors: false, strict: false }).compile(configSchema(rules));
  if (!validate(doc.value)) throw configError(file, doc, validate.errors ?? [], rules);
  const raw = ((doc.value as { rules?: Record<string, unknown> }).rules ?? {}) as Record<string, unknown>;
  const out: Record<string, RuleSetting> = {};
  for (const [id, v] of Object.entries(raw)) {
    if (typeof v === 'string') {
      out[id] = { severity: v as Severity | 'off', options: {} };
    } else if (typeof v === 'boolean') {
      out[id] = v ? { options: {} } : { severity: 'off', options: {} };
    } else {
      const { severity, ...options } = v as Record<string, unknown>;
      out[id] = severity === undefined ? { options } : { severity: severity as Severity | 'off', options };
    }
  }
  return { file, rules: out };
}

function configError(file: string, doc: ManifestDocument, errors: readonly ErrorObject[], rules: readonly Rule[]): KubeInjectError {
  const e = errors.find((x) => x.keyword !== 'if') ?? errors[0]!;
  let pointer = e.instancePath;
  let at: 'key' | 'value' = 'value';
  let message = e.message ?? 'is not valid';
  const tokens = splitPointer(pointer);
  if (e.keyword === 'additionalProperties') {
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    pointer = joinPointer(pointer, key);
    at = 'key';
    if (tokens.length === 0) message = `unknown key ${JSON.stringify(key)} (the configuration has only "rules")`;
    else if (tokens.length === 1) message = `unknown rule ${JSON.stringify(key)}; rules are: ${rules.map((r) => r.meta.id).join(', ')}`;
    else {
      const rule = rules.find((r) => r.meta.id === tokens[1]);
      const known = ['severity', ...Object.keys(rule?.meta.optionsSchema?.properties ?? {})];
      message = `unknown option ${JSON.stringify(key)} for rule ${tokens[1]}; options are: ${known.join(', ')}`;
    }
  } else if (e.keyword === 'enum') {
    message = `must be one of ${LEVELS.join(', ')}`;
  }
  const where = splitPointer(pointer).join('.') || '(top level)';
  return new KubeInjectError('config', `invalid lint configuration: ${where}: ${message}`, { file, pointer, ...doc.locate(pointer, at) });
}

/**
 * The configuration for a run: `--config FILE` (which must exist), else `.kube-inject.yaml` in
 * `cwd` when there is one, else the defaults.
 */
export async function loadLintConfig(configPath: string | undefined, cwd: string, rules: readonly Rule[] = RULES): Promise<LintConfig> {
  const explicit = configPath !== undefined;
  const path = resolve(cwd, configPath ?? CONFIG_FILE);
  const shown = configPath ?? CONFIG_FILE;
  let text: string;
  try {
    // Read as every input is: a regular file, at most MAX_INPUT_BYTES, UTF-8.
    text = await readTextFile(shown, path);
  } catch (e) {
    const cause = (e as Error).cause as NodeJS.ErrnoException | undefined;
    if (!explicit && cause?.code === 'ENOENT') return DEFAULT_CONFIG;
    throw new KubeInjectError('config', `cannot read the lint configuration: ${(e as Error).message.replace(/^cannot read: /, '')}`, { file: shown }, { cause: e });
  }
  return parseLintConfig(shown, text, rules);
}
