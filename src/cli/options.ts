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
  /** Threads to inject with (`--jobs`); default: one per CPU, for long streams. */
  jobs?: number;
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

export interface ServeOptions extends InjectionInputs {
  tlsCert: string;
  tlsKey: string;
  port: number;
  address: string;
  failClosed?: boolean;
  certCheckInterval: number;
  requestTimeout: number;
  workers: number;
}

export interface WebhookManifestsOptions extends InjectionInputs {
  namespace: string;
  name: string;
  image: string;
  replicas: number;
  caFile?: string;
  certManager?: boolean;
  tlsSecret?: string;
  failClosed?: boolean;
  timeoutSeconds: number;
}

export interface UninjectOptions extends InjectionInputs {
  filename: string[];
  output?: string;
  quiet?: boolean;
}

export interface IptablesOptions extends InjectionInputs {
  filename: string[];
}

export interface ExplainOptions extends InjectionInputs {
  filename: string[];
  format: 'text' | 'json' | 'mermaid';
  config?: string;
}
