import { type Rule, type Severity } from './types.js';
export declare const CONFIG_FILE = ".kube-inject.yaml";
export interface RuleSetting {
    readonly severity?: Severity | 'off';
    readonly options: Readonly<Record<string, unknown>>;
}
export interface LintConfig {
    /** The file it came from, when there is one. */
    readonly file?: string;
    readonly rules: Readonly<Record<string, RuleSetting>>;
}
export declare const DEFAULT_CONFIG: LintConfig;
export declare function configSchema(rules: readonly Rule[]): object;
/** Parses and checks a configuration file's text. */
export declare function parseLintConfig(file: string, text: string, rules?: readonly Rule[]): LintConfig;
/**
 * The configuration for a run: `--config FILE` (which must exist), else `.kube-inject.yaml` in
 * `cwd` when there is one, else the defaults.
 */
export declare function loadLintConfig(configPath: string | undefined, cwd: string, rules?: readonly Rule[]): Promise<LintConfig>;
