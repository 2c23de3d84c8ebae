import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  makeReporter,
  writeReport
} from "./chunk-RGGRAZX4.js";
import {
  failing,
  lint
} from "./chunk-PLLDFB7A.js";
import "./chunk-UMAIDY4N.js";
import {
  inputPaths,
  sourceIO
} from "./chunk-ROX5TJXM.js";
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import "./chunk-FWZXBLIN.js";
import "./chunk-VXBVGIO3.js";
import {
  printable
} from "./chunk-Z6UKEAVH.js";
import "./chunk-7QKUWDZE.js";
import "./chunk-7GQ4EQMO.js";
import "./chunk-D5DHHIU4.js";
import "./chunk-AX4J76SZ.js";
import "./chunk-4FZ5O6JR.js";
import "./chunk-P327LHM6.js";
import "./chunk-MIGZF3OT.js";
import "./chunk-HFT2YTTB.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-WVV7UOCD.js";
import "./chunk-R65FSZE3.js";
import "./chunk-HW64GBDU.js";

// src/cli/lint-run.ts
async function runLint(opts, io) {
  const reporter = makeReporter(opts.format, io.stdout, io, { log: io.stderr });
  const run = await lint({
    paths: inputPaths(opts.filename, io),
    io: sourceIO(io),
    lintConfig: opts.config,
    context: opts.context,
    expectInjected: opts.expectInjected === true,
    nativeSidecars: opts.nativeSidecars === true
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
