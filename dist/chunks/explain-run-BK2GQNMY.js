import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  explain
} from "./chunk-EVLHSJW7.js";
import {
  inputPaths,
  sourceIO
} from "./chunk-JPQZ4QX4.js";
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import "./chunk-JD4ZQMSG.js";
import {
  formatError,
  renderExplanation
} from "./chunk-LTQPEKQH.js";
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
import "./chunk-MRUMKARZ.js";
import "./chunk-66ALYMBE.js";
import "./chunk-GKZETWE4.js";

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
