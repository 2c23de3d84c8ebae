import { formatError } from '../emit/format-error.js';
import { printable } from '../emit/printable.js';
import { buildRules, parseIptablesArgs, restoreScript } from '../iptables/index.js';
import { captureCommand } from '../iptables/from-pod.js';
import { INIT_CONTAINER } from '../istio/sidecar.js';
import { injectedWorkloads } from '../pipeline.js';
import { sourceIO } from './common-options.js';
import { EXIT, type CliIO } from './io.js';
import type { IptablesOptions } from './options.js';

/**
 * `kube-inject iptables`: the rules for the flags given, or (with -f) for each workload's
 * istio-init as injection renders it, the flags given added after its own.
 */
export async function runIptables(args: readonly string[], opts: IptablesOptions, io: CliIO): Promise<number> {
  if (opts.filename.length === 0) {
    const rules = buildRules(parseIptablesArgs(args));
    for (const w of rules.warnings) io.stderr.write(`warning: ${w}\n`);
    io.stdout.write(restoreScript(rules));
    return EXIT.ok;
  }
  const run = await injectedWorkloads({ paths: opts.filename, io: sourceIO(io), injection: opts });
  for (const w of run.warnings) io.stderr.write(`warning: ${printable(w)}\n`);
  if (run.errors.length > 0) {
    for (const e of run.errors) io.stderr.write(formatError(e) + '\n');
    io.stderr.write(`kube-inject: ${run.errors.length} error${run.errors.length === 1 ? '' : 's'}; nothing was written\n`);
    return EXIT.invalid;
  }
  const parts: string[] = [];
  for (const w of run.workloads) {
    const who = printable(w.label);
    if (w.outcome === 'skipped') {
      parts.push(`# ${who}: not injected (${printable(w.reason ?? '')}): no traffic capture\n`);
      continue;
    }
    const capture = captureCommand(w.podTemplate);
    if (!capture) {
      parts.push(`# ${who}: no istio-init container (interception mode NONE, or a template without one): no traffic capture\n`);
      continue;
    }
    const rules = buildRules(parseIptablesArgs([...capture.args, ...args], capture.env));
    for (const warning of rules.warnings) io.stderr.write(`warning: ${who}: ${warning}\n`);
    const by = capture.container === INIT_CONTAINER ? `${INIT_CONTAINER} applies` : `the Istio CNI plugin applies (${capture.container} checks)`;
    parts.push(`# ${who}: the rules ${by}: istio-iptables ${capture.args.map(shellWord).join(' ')}\n${restoreScript(rules)}`);
  }
  io.stdout.write(parts.join('\n'));
  return EXIT.ok;
}

function shellWord(s: string): string {
  return /^[A-Za-z0-9_.,/:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
