import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  explain
} from "./chunk-PLLDFB7A.js";
import {
  inputPaths,
  sourceIO
} from "./chunk-ROX5TJXM.js";
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import "./chunk-FWZXBLIN.js";
import {
  formatError,
  renderExplanation
} from "./chunk-VXBVGIO3.js";
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
import "./chunk-WVV7UOCD.js";
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
