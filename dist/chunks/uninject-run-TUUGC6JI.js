import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  writeManifestsOrErrors
} from "./chunk-UKOD3VP6.js";
import {
  uninject
} from "./chunk-EVLHSJW7.js";
import "./chunk-6DKJWYWS.js";
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
import {
  describeObject
} from "./chunk-GXKLT2VF.js";
import "./chunk-M2RPVSAC.js";
import "./chunk-MRUMKARZ.js";
import "./chunk-66ALYMBE.js";
import "./chunk-GKZETWE4.js";

// src/cli/uninject-run.ts
async function runUninject(opts, io) {
  const run = await uninject({ paths: inputPaths(opts.filename, io), io: sourceIO(io), injection: opts });
  for (const w of run.warnings) io.stderr.write(`warning: ${printable(w)}
`);
  const failed = await writeManifestsOrErrors(run, opts.output, io);
  if (failed !== void 0) return failed;
  for (const line of reportLines(run.outcomes, opts.quiet === true)) io.stderr.write(printable(line) + "\n");
  return EXIT.ok;
}
function reportLines(outcomes, quiet) {
  const lines = [];
  const overwritten = /* @__PURE__ */ new Map();
  const warnings = [];
  for (const o of outcomes) {
    const what = describeObject(o.kind, o.namespace, o.name);
    if (!quiet) {
      const removed = [...o.removedLabels.map((k) => `label ${k}`), ...o.removedAnnotations.map((k) => `annotation ${k}`), ...o.removedSpec.map((k) => `spec.${k}`)];
      const restored = [...o.restoredLabels.map((k) => `label ${k}`), ...o.restoredAnnotations.map((k) => `annotation ${k}`)];
      const details = [...removed.length > 0 ? [`removed ${removed.join(", ")}`] : [], ...restored.length > 0 ? [`restored ${restored.join(", ")}`] : []];
      lines.push(`${what} ${o.outcome}${details.length > 0 ? ` (${details.join("; ")})` : ""}`);
    }
    for (const n of o.notes) {
      if (n.code !== "overwritten-by-injection") {
        warnings.push(`warning: ${what}: ${n.message} [${n.code}]`);
        continue;
      }
      const seen = overwritten.get(n.subject);
      if (seen) seen.count++;
      else overwritten.set(n.subject, { message: n.message, count: 1 });
    }
  }
  for (const { message, count } of overwritten.values()) {
    warnings.push(`warning: ${message} (${count} resource${count === 1 ? "" : "s"}) [overwritten-by-injection]`);
  }
  return [...lines, ...warnings];
}
export {
  reportLines,
  runUninject
};
