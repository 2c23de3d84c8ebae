import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  failing,
  lint,
  makeReporter,
  writeReport
} from "./chunk-GRJJCE2C.js";
import {
  EXIT,
  inputPaths,
  sourceIO
} from "./chunk-IOBUI6CL.js";
import "./chunk-A4NWZNHK.js";
import {
  printable
} from "./chunk-HHQ7RDVS.js";
import "./chunk-7GQ4EQMO.js";
import "./chunk-PLYE3QQO.js";
import "./chunk-HUARZBUR.js";
import "./chunk-QC6CDSPJ.js";
import "./chunk-3N2BWEVG.js";
import "./chunk-JNAE65XT.js";
import "./chunk-ZV2WLJBK.js";
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
