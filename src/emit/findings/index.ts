/** The findings reporters, by format name. */
import { KubeInjectError } from '../../model/errors.js';
import { FORMATS, type FindingsFormat } from './formats.js';
import { githubReporter } from './github.js';
import { jsonReporter } from './json.js';
import type { Reporter, ReporterOptions } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';

export type { Reporter, ReporterOptions } from './reporter.js';
export { colorLevelFor } from './reporter.js';

export { FORMATS, type FindingsFormat } from './formats.js';

const FACTORIES: Readonly<Record<FindingsFormat, (o: ReporterOptions) => Reporter>> = {
  text: textReporter,
  json: jsonReporter,
  sarif: sarifReporter,
  github: githubReporter,
};

export function isFormat(name: string): name is FindingsFormat {
  return Object.hasOwn(FACTORIES, name);
}

export function createReporter(format: string, options: ReporterOptions): Reporter {
  if (!isFormat(format)) {
    throw new KubeInjectError('usage', `unknown output format ${JSON.stringify(format)}; valid formats are: ${FORMATS.join(', ')}`);
  }
  return FACTORIES[format](options);
}
