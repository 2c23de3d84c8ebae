/**
 * What a run without a lint configuration file needs: the file's name, the configuration's type
 * and the defaults. Apart from config.ts so that such a run never loads the configuration
 * checker (and ajv with it).
 */
import type { Severity } from './types.js';
export interface RuleSetting {
    readonly severity?: Severity | 'off';
    readonly options: Readonly<Record<string, unknown>>;
}
export interface LintConfig {
    /** The file it came from, when there is one. */
    readonly file?: string;
    readonly rules: Readonly<Record<string, RuleSetting>>;
}
export declare const CONFIG_FILE = ".kube-inject.yaml";
export declare const DEFAULT_CONFIG: LintConfig;
