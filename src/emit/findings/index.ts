/** The findings reporters, by format name. */
import { KubeInjectError } from '../../model/errors.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import type { Reporter, ReporterOptions } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

export type { Reporter, ReporterOptions } from './reporter.js';
export { colorLevelFor } from './reporter.js';

const FACTORIES = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
} as const satisfies Record<string, (o: ReporterOptions) => Reporter>;

export type FindingsFormat = keyof typeof FACTORIES;

export const FORMATS: readonly FindingsFormat[] = Object.keys(FACTORIES) as FindingsFormat[];

export function isFormat(name: string): name is FindingsFormat {
  return Object.hasOwn(FACTORIES, name);
}

export function createReporter(format: string, options: ReporterOptions): Reporter {
  if (!isFormat(format)) {
    throw new KubeInjectError('usage', `unknown output format ${JSON.stringify(format)}; valid formats are: ${FORMATS.join(', ')}`);
  }
  return FACTORIES[format](options);
}
