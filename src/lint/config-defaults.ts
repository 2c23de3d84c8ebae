/**
 * What a run without a lint configuration file needs: the file's name and the defaults. Apart
 * from config.ts so that such a run never loads the configuration checker (and ajv with it).
 */
import type { LintConfig } from './config.js';

export const CONFIG_FILE = '.kube-inject.yaml';

export const DEFAULT_CONFIG: LintConfig = { rules: {} };
