import { type Rule } from './types.js';
import type { LintConfig } from './config-defaults.js';
export { CONFIG_FILE, DEFAULT_CONFIG, type LintConfig, type RuleSetting } from './config-defaults.js';
export declare function configSchema(rules: readonly Rule[]): object;
/** Parses and checks a configuration file's text. */
export declare function parseLintConfig(file: string, text: string, rules?: readonly Rule[]): LintConfig;
