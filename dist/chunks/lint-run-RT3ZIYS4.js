import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  makeReporter,
  writeReport
} from "./chunk-6NK54AWJ.js";
import {
  failing,
  lint
} from "./chunk-EVLHSJW7.js";
import "./chunk-UMAIDY4N.js";
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
import "./chunk-R56FJPZO.js";
import "./chunk-7DD2NUNG.js";
import "./chunk-ACMWZV3F.js";
import "./chunk-GXKLT2VF.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-MRUMKARZ.js";
import "./chunk-66ALYMBE.js";
import "./chunk-GKZETWE4.js";

// src/cli/lint-run.ts
async function runLint(opts, io) {
  const reporter = makeReporter(opts.format, io.stdout, io, { log: io.stderr });
  const run = await lint({
    paths: inputPaths(opts.filename, io),
    io: sourceIO(io),
    lintConfig: opts.config,
    context: opts.context,
    expectInjected: opts.expectInjected === true,
    nativeSidecars: opts.nativeSidecars === true,
    meshConfig: opts.meshConfig
  });
  for (const w of run.warnings) io.stderr.write(`warning: ${printable(w)}
`);
  writeReport(reporter, run.lint, run.errors);
  if (run.errors.length > 0) return EXIT.invalid;
  return failing(run.lint.findings, opts.failOn).length > 0 ? EXIT.findings : EXIT.ok;
}
export {
  runLint
};
