import { printable } from '../emit/printable.js';
import { describeObject } from '../model/document.js';
import { uninject, type UninjectOutcome } from '../pipeline.js';
import { inputPaths, sourceIO } from './common-options.js';
import { EXIT, type CliIO } from './io.js';
import type { UninjectOptions } from './options.js';
import { writeManifestsOrErrors } from './write-manifests.js';

/** What `kube-inject uninject` does: runs the pipeline, writes the manifests, reports on stderr. */
export async function runUninject(opts: UninjectOptions, io: CliIO): Promise<number> {
  const run = await uninject({ paths: inputPaths(opts.filename, io), io: sourceIO(io), injection: opts });
  for (const w of run.warnings) io.stderr.write(`warning: ${printable(w)}\n`);
  const failed = await writeManifestsOrErrors(run, opts.output, io);
  if (failed !== undefined) return failed;
  for (const line of reportLines(run.outcomes, opts.quiet === true)) io.stderr.write(printable(line) + '\n');
  return EXIT.ok;
}

/**
 * One line per resource (unless quiet), then the warnings: a note about a key injection
 * overwrites is said once per key for the whole run, the others per resource.
 */
export function reportLines(outcomes: readonly UninjectOutcome[], quiet: boolean): string[] {
  const lines: string[] = [];
  const overwritten = new Map<string, { message: string; count: number }>();
  const warnings: string[] = [];
  for (const o of outcomes) {
    const what = describeObject(o.kind, o.namespace, o.name);
    if (!quiet) {
      const removed = [...o.removedLabels.map((k) => `label ${k}`), ...o.removedAnnotations.map((k) => `annotation ${k}`), ...o.removedSpec.map((k) => `spec.${k}`)];
      const restored = [...o.restoredLabels.map((k) => `label ${k}`), ...o.restoredAnnotations.map((k) => `annotation ${k}`)];
      const details = [...(removed.length > 0 ? [`removed ${removed.join(', ')}`] : []), ...(restored.length > 0 ? [`restored ${restored.join(', ')}`] : [])];
      lines.push(`${what} ${o.outcome}${details.length > 0 ? ` (${details.join('; ')})` : ''}`);
    }
    for (const n of o.notes) {
      if (n.code !== 'overwritten-by-injection') {
        warnings.push(`warning: ${what}: ${n.message} [${n.code}]`);
        continue;
      }
      const seen = overwritten.get(n.subject);
      if (seen) seen.count++;
      else overwritten.set(n.subject, { message: n.message, count: 1 });
    }
  }
  for (const { message, count } of overwritten.values()) {
    warnings.push(`warning: ${message} (${count} resource${count === 1 ? '' : 's'}) [overwritten-by-injection]`);
  }
  return [...lines, ...warnings];
}
