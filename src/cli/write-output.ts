import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, unlinkSync } from 'node:fs';
import { realpathAsync, renameAsync, statAsync, unlinkAsync, writeFileAsync } from '../read/fs-async.js';
import { basename, dirname, join } from 'node:path';
import { KubeInjectError } from '../model/errors.js';

/** Temporary files being written, removed by `removePendingOutput` when the process is stopped. */
const pending = new Set<string>();

/**
 * Writes `-o` output so that a reader never sees half a file, and `-o` naming an input file
 * rewrites it safely: through a temporary file in the same directory and a rename. What is at
 * the path is respected:
 * - a symbolic link stays one: the file it points at is replaced;
 * - an existing file keeps its permissions (and, as root, its owner);
 * - a file with other hard links is rewritten in place, so the links still share it (not atomic);
 * - a FIFO or a device (`-o /dev/stdout`) is written to directly, never replaced.
 */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  let target = path;
  let existing;
  try {
    target = await realpathAsync(path);
    existing = await statAsync(target);
  } catch {
    existing = undefined; // a new file (or a dangling link's missing target: written as a new file)
  }
  try {
    if (existing && (!existing.isFile() || existing.nlink > 1)) {
      if (existing.isDirectory()) throw new Error('it is a directory');
      await writeFileAsync(target, text, 'utf8');
      return;
    }
    const tmp = join(dirname(target), `.kube-inject-tmp-${basename(target)}-${randomBytes(4).toString('hex')}`);
    pending.add(tmp);
    try {
      await writeFileAsync(tmp, text, { encoding: 'utf8', flag: 'wx', mode: existing ? existing.mode & 0o7777 : 0o666 });
      if (existing) {
        chmodSync(tmp, existing.mode & 0o7777);
        try {
          chownSync(tmp, existing.uid, existing.gid);
        } catch {
          // Only root may give a file away; others keep their own.
        }
      }
      await renameAsync(tmp, target);
    } catch (e) {
      await unlinkAsync(tmp).catch(() => undefined);
      throw e;
    } finally {
      pending.delete(tmp);
    }
  } catch (e) {
    throw new KubeInjectError('io', `cannot write output: ${(e as Error).message}`, { file: path }, { cause: e });
  }
}

/** Removes the temporary files of writes under way (the process was interrupted). */
export function removePendingOutput(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // already renamed or gone
    }
  }
  pending.clear();
}
