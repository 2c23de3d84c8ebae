import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  explain
} from "./chunk-YTR7P22R.js";
import {
  inputPaths,
  sourceIO
} from "./chunk-ROX5TJXM.js";
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import "./chunk-DZY2NMEH.js";
import {
  formatError,
  renderExplanation
} from "./chunk-GPEQLJ3B.js";
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
import "./chunk-DY3IP3X6.js";
import "./chunk-R65FSZE3.js";
import "./chunk-HW64GBDU.js";

// src/cli/explain-run.ts
async function runExplain(opts, io) {
  const run = await explain({ paths: inputPaths(opts.filename, io), io: sourceIO(io), lintConfig: opts.config, injection: opts });
  for (const w of run.warnings) io.stderr.write(`warning: ${printable(w)}
`);
  if (opts.format === "text") run.explanations.forEach((w, i) => io.stdout.write((i > 0 ? "\n" : "") + renderExplanation("text", [w])));
  else io.stdout.write(renderExplanation(opts.format, run.explanations));
  for (const e of run.errors) io.stderr.write(formatError(e) + "\n");
  if (run.errors.length === 0) return EXIT.ok;
  io.stderr.write(`kube-inject: ${run.errors.length} error${run.errors.length === 1 ? "" : "s"}; the workloads they are about are not explained
`);
  return EXIT.invalid;
}
export {
  runExplain
};
