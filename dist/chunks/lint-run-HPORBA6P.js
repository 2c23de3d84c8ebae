import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  makeReporter,
  writeReport
} from "./chunk-TIFBOVIF.js";
import {
  failing,
  lint
} from "./chunk-CCE77N4K.js";
import "./chunk-UMAIDY4N.js";
import {
  EXIT,
  inputPaths,
  sourceIO
} from "./chunk-7K6H56GF.js";
import "./chunk-2T2YJOTI.js";
import {
  printable
} from "./chunk-HHQ7RDVS.js";
import "./chunk-7GQ4EQMO.js";
import "./chunk-5ZJ3FROS.js";
import "./chunk-HUARZBUR.js";
import "./chunk-OCEBRQR6.js";
import "./chunk-IRG7ARSU.js";
import "./chunk-7A4CGTSI.js";
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
