import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { KubeInjectError } from '../model/errors.js';

/**
 * Writes `-o` output through a temporary file in the same directory and a rename, so a reader
 * never sees half a file and `-o` naming an input file rewrites it safely.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  const tmp = join(dirname(path), `.kube-inject-tmp-${basename(path)}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(tmp, text, { encoding: 'utf8', mode: 0o644 });
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new KubeInjectError('io', `cannot write output: ${(e as Error).message}`, { file: path }, { cause: e });
  }
}
