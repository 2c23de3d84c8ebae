import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  injectedWorkloads
} from "./chunk-EVLHSJW7.js";
import {
  sourceIO
} from "./chunk-JPQZ4QX4.js";
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import "./chunk-JD4ZQMSG.js";
import {
  buildRules,
  captureCommand,
  formatError,
  parseIptablesArgs,
  restoreScript
} from "./chunk-LTQPEKQH.js";
import {
  printable
} from "./chunk-Z6UKEAVH.js";
import "./chunk-HAYXLUUR.js";
import "./chunk-7GQ4EQMO.js";
import "./chunk-MR5K7NCO.js";
import "./chunk-FPC4SLT7.js";
import "./chunk-QLM7QKL3.js";
import "./chunk-R56FJPZO.js";
import "./chunk-7DD2NUNG.js";
import "./chunk-ACMWZV3F.js";
import "./chunk-GXKLT2VF.js";
import "./chunk-MRUMKARZ.js";
import {
  INIT_CONTAINER
} from "./chunk-66ALYMBE.js";
import "./chunk-GKZETWE4.js";

// src/cli/iptables-run.ts
async function runIptables(args, opts, io) {
  if (opts.filename.length === 0) {
    const rules = buildRules(parseIptablesArgs(args));
    for (const w of rules.warnings) io.stderr.write(`warning: ${w}
`);
    io.stdout.write(restoreScript(rules));
    return EXIT.ok;
  }
  const run = await injectedWorkloads({ paths: opts.filename, io: sourceIO(io), injection: opts });
  for (const w of run.warnings) io.stderr.write(`warning: ${printable(w)}
`);
  if (run.errors.length > 0) {
    for (const e of run.errors) io.stderr.write(formatError(e) + "\n");
    io.stderr.write(`kube-inject: ${run.errors.length} error${run.errors.length === 1 ? "" : "s"}; nothing was written
`);
    return EXIT.invalid;
  }
  const parts = [];
  for (const w of run.workloads) {
    const who = printable(w.label);
    if (w.outcome === "skipped") {
      parts.push(`# ${who}: not injected (${printable(w.reason ?? "")}): no traffic capture
`);
      continue;
    }
    const capture = captureCommand(w.podTemplate);
    if (!capture) {
      parts.push(`# ${who}: no istio-init container (interception mode NONE, or a template without one): no traffic capture
`);
      continue;
    }
    const rules = buildRules(parseIptablesArgs([...capture.args, ...args], capture.env));
    for (const warning of rules.warnings) io.stderr.write(`warning: ${who}: ${warning}
`);
    const by = capture.container === INIT_CONTAINER ? `${INIT_CONTAINER} applies` : `the Istio CNI plugin applies (${capture.container} checks)`;
    parts.push(`# ${who}: the rules ${by}: istio-iptables ${capture.args.map(shellWord).join(" ")}
${restoreScript(rules)}`);
  }
  io.stdout.write(parts.join("\n"));
  return EXIT.ok;
}
function shellWord(s) {
  return /^[A-Za-z0-9_.,/:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
export {
  runIptables
};
