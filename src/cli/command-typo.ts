import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { editDistance } from '../istio/annotations/suggest.js';
import { KubeInjectError } from '../model/errors.js';

const COMMANDS = ['inject', 'lint', 'help'];

/**
 * `inject` is the default command and takes files as arguments, so `kube-inject lnt app.yaml`
 * would read a file named `lnt`. When the first argument names no file and is a near miss of a
 * command, say so instead of "no such file".
 */
export function refuseCommandTypo(operands: readonly string[], cwd: string): void {
  const first = operands[0];
  if (first === undefined || !/^[a-z][a-z-]*$/.test(first) || existsSync(resolve(cwd, first))) return;
  const near = COMMANDS.find((c) => editDistance(first, c) <= 2);
  if (near === undefined) return;
  throw new KubeInjectError('usage', `unknown command "${first}" (did you mean "${near}"?); to read a file of that name, write ./${first}`);
}
