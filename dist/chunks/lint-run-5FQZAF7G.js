import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  makeReporter,
  writeReport
} from "./chunk-C5KRPKWJ.js";
import {
  failing,
  lint
} from "./chunk-YTR7P22R.js";
import "./chunk-UMAIDY4N.js";
import {
  inputPaths,
  sourceIO
} from "./chunk-ROX5TJXM.js";
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import "./chunk-DZY2NMEH.js";
import "./chunk-GPEQLJ3B.js";
import {
  printable
} from "./chunk-Z6UKEAVH.js";
import "./chunk-ONAS2RY5.js";
import "./chunk-7GQ4EQMO.js";
import "./chunk-SHTSHX22.js";
import "./chunk-SRFRKE7F.js";
import "./chunk-4FZ5O6JR.js";
import "./chunk-AGZNUTG6.js";
import "./chunk-RODY3LIP.js";
import "./chunk-K3TB7OTU.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-DY3IP3X6.js";
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
