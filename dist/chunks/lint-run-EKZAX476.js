import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  failing,
  lint,
  makeReporter,
  writeReport
} from "./chunk-S5ZPEVAB.js";
import {
  inputPaths,
  sourceIO
} from "./chunk-FTEPAC7C.js";
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import "./chunk-CTS7ROZO.js";
import "./chunk-ITG7PEGX.js";
import {
  printable
} from "./chunk-Z6UKEAVH.js";
import "./chunk-XI23CS2L.js";
import "./chunk-7GQ4EQMO.js";
import "./chunk-O42NFUKT.js";
import "./chunk-HUARZBUR.js";
import "./chunk-KIMMVMBM.js";
import "./chunk-PCSYW5TY.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-6IGL3DAH.js";
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
