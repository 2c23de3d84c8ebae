import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  printLintForInject
} from "./chunk-6NK54AWJ.js";
import {
  writeManifestsOrErrors
} from "./chunk-UKOD3VP6.js";
import {
  inject
} from "./chunk-EVLHSJW7.js";
import "./chunk-UMAIDY4N.js";
import "./chunk-6DKJWYWS.js";
import {
  inputPaths,
  sourceIO
} from "./chunk-JPQZ4QX4.js";
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import "./chunk-JD4ZQMSG.js";
import "./chunk-LTQPEKQH.js";
import {
  printable
} from "./chunk-Z6UKEAVH.js";
import "./chunk-HAYXLUUR.js";
import "./chunk-7GQ4EQMO.js";
import "./chunk-MR5K7NCO.js";
import "./chunk-FPC4SLT7.js";
import "./chunk-QLM7QKL3.js";
import {
  existsSync,
  init_node_fs
} from "./chunk-R56FJPZO.js";
import "./chunk-7DD2NUNG.js";
import {
  editDistance
} from "./chunk-ACMWZV3F.js";
import {
  describeObject
} from "./chunk-GXKLT2VF.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-MRUMKARZ.js";
import {
  KubeInjectError
} from "./chunk-66ALYMBE.js";
import "./chunk-GKZETWE4.js";

// src/cli/inject-run.ts
import { availableParallelism } from "node:os";

// src/cli/command-typo.ts
init_node_fs();
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
    env: opts.allowEnv === true ? io.env : {},
    // Long streams are injected on every CPU; `--jobs N` says how many threads, whatever the length.
    ...opts.jobs !== void 0 ? { threads: opts.jobs, parallelFrom: 0 } : { threads: Math.min(availableParallelism(), 8) }
  });
  printLintForInject(run.lint, io);
  for (const w of run.warnings) io.stderr.write(`warning: ${printable(w)}
`);
  if (run.strictFailures > 0) {
    io.stderr.write(`kube-inject: --strict: ${run.strictFailures} lint error${run.strictFailures === 1 ? "" : "s"}; nothing was written
`);
    return EXIT.findings;
  }
  const failed = await writeManifestsOrErrors(run, opts.output, io);
  if (failed !== void 0) return failed;
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
