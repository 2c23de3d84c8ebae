/** What commander hands each command's run, as declared in its `*-command.ts`. */
import type { InjectionInputs } from '../config/load-injection.js';
import type { Severity } from '../lint/types.js';

export interface InjectOptions extends InjectionInputs {
  filename: string[];
  output?: string;
  quiet?: boolean;
  strict?: boolean;
  /** The lint configuration file. */
  config?: string;
  /** Files with Namespace objects (`--namespace-file`). */
  namespaceFile?: string[];
  /** Templates' `env` function may read the environment. */
  allowEnv?: boolean;
}

export interface LintCommandOptions {
  filename: string[];
  context: string[];
  format: string;
  failOn: Severity;
  config?: string;
  expectInjected?: boolean;
  nativeSidecars?: boolean;
  meshConfig: string[];
}
