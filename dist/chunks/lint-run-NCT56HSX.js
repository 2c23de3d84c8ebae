import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  makeReporter,
  writeReport
} from "./chunk-EPFA5SZX.js";
import {
  failing,
  lint
} from "./chunk-AAZ4DBVL.js";
import "./chunk-UMAIDY4N.js";
import {
  EXIT,
  inputPaths,
  sourceIO
} from "./chunk-TNVLKAHH.js";
import "./chunk-EP2HQHWJ.js";
import {
  printable
} from "./chunk-Y57SN2EC.js";
import "./chunk-7GQ4EQMO.js";
import "./chunk-ECBWALNN.js";
import "./chunk-AX4J76SZ.js";
import "./chunk-4FZ5O6JR.js";
import "./chunk-T7URVJXS.js";
import "./chunk-GNM53JSE.js";
import "./chunk-HFT2YTTB.js";
import "./chunk-JFMT7K4A.js";
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
