/**
 * Finding and reading the lint configuration for a run. The checker (config.ts, which compiles
 * a schema with ajv) is loaded only when there is a file to check: most runs have none, and
 * loading ajv was a tenth of the start-up of `kube-inject lint` on a small input.
 */
import { resolve } from 'node:path';
import { KubeInjectError } from '../model/errors.js';
import { readTextFile } from '../read/sources.js';
import { CONFIG_FILE, DEFAULT_CONFIG, type LintConfig } from './config-defaults.js';
import { RULES } from './registry.js';
import type { Rule } from './types.js';

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
  const { parseLintConfig } = await import('./config.js');
  return parseLintConfig(shown, text, rules);
}
