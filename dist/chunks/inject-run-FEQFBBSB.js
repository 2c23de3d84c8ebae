import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-XBGN2HRK.js";
import {
  inject,
  printLintForInject
} from "./chunk-GRJJCE2C.js";
import {
  EXIT,
  inputPaths,
  sourceIO
} from "./chunk-IOBUI6CL.js";
import "./chunk-A4NWZNHK.js";
import {
  formatError,
  printable
} from "./chunk-HHQ7RDVS.js";
import "./chunk-7GQ4EQMO.js";
import "./chunk-PLYE3QQO.js";
import "./chunk-HUARZBUR.js";
import "./chunk-QC6CDSPJ.js";
import {
  describeObject,
  editDistance
} from "./chunk-3N2BWEVG.js";
import "./chunk-JNAE65XT.js";
import {
  KubeInjectError
} from "./chunk-ZV2WLJBK.js";
import "./chunk-HW64GBDU.js";

// src/cli/command-typo.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
var COMMANDS = ["inject", "lint", "help"];
function refuseCommandTypo(operands, cwd) {
  const first = operands[0];
  if (first === void 0 || !/^[a-z][a-z-]*$/.test(first) || existsSync(resolve(cwd, first))) return;
  const near = COMMANDS.find((c) => editDistance(first, c) <= 2);
  if (near === void 0) return;
  throw new KubeInjectError("usage", `unknown command "${first}" (did you mean "${near}"?); to read a file of that name, write ./${first}`);
}

// src/cli/inject-run.ts
async function runInject(opts, io, operands = []) {
  refuseCommandTypo(operands, io.cwd);
  const run = await inject({
    paths: inputPaths(opts.filename, io),
    io: sourceIO(io),
    lintConfig: opts.config,
    nativeSidecars: opts.nativeSidecars === true,
    strict: opts.strict === true,
    injection: opts,
    namespaceFiles: opts.namespaceFile ?? [],
    // A template's `env` reads the environment only when the user says so: otherwise a supplied
    // template could write a CI secret into the output.
    env: opts.allowEnv === true ? io.env : {}
  });
  printLintForInject(run.lint, io);
  for (const w of run.warnings) io.stderr.write(`warning: ${printable(w)}
`);
  if (run.strictFailures > 0) {
    io.stderr.write(`kube-inject: --strict: ${run.strictFailures} lint error${run.strictFailures === 1 ? "" : "s"}; nothing was written
`);
    return EXIT.findings;
  }
  if (run.text === null) {
    for (const e of run.errors) io.stderr.write(formatError(e) + "\n");
    io.stderr.write(`kube-inject: ${run.errors.length} error${run.errors.length === 1 ? "" : "s"}; nothing was written
`);
    return EXIT.invalid;
  }
  if (opts.output) await writeFileAtomic(opts.output, run.text);
  else io.stdout.write(run.text);
  for (const o of run.outcomes) {
    const what = printable(describeObject(o.kind, o.namespace, o.name));
    if (o.outcome === "skipped") io.stderr.write(`warning: ${what} skipped: ${printable(o.reason ?? "")}
`);
    else if (!opts.quiet) io.stderr.write(`${what} ${o.outcome}
`);
  }
  return EXIT.ok;
}
export {
  runInject
};
