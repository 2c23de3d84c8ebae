import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  writeStream
} from "./chunk-IPLNPRC7.js";
import {
  lintForInject
} from "./chunk-XYG2ECSR.js";
import {
  EXIT,
  readInputs
} from "./chunk-QRGYPS4P.js";
import "./chunk-BS7DMNXH.js";
import {
  formatError
} from "./chunk-YASOL5AJ.js";
import "./chunk-6P4YRG2C.js";
import "./chunk-7GQ4EQMO.js";
import {
  describeObject,
  injectDocuments
} from "./chunk-S67S6PVX.js";
import "./chunk-AB2M46ON.js";
import "./chunk-6B2P5HNI.js";
import "./chunk-NI2DDGUX.js";
import {
  KubeInjectError
} from "./chunk-CSELITEP.js";
import "./chunk-HW64GBDU.js";

// src/cli/write-output.ts
import { randomBytes } from "node:crypto";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomic(path, text) {
  const tmp = join(dirname(path), `.kube-inject-tmp-${basename(path)}-${randomBytes(4).toString("hex")}`);
  try {
    await writeFile(tmp, text, { encoding: "utf8", mode: 420 });
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => void 0);
    throw new KubeInjectError("io", `cannot write output: ${e.message}`, { file: path }, { cause: e });
  }
}

// src/cli/inject-run.ts
async function createInjector(opts) {
  const [{ loadInjectorConfig }, { prepareInjector }] = await Promise.all([import("./load-injection-2MXJI6AZ.js"), import("./inject-6J75GASE.js")]);
  return prepareInjector(await loadInjectorConfig(opts));
}
async function runInject(opts, io) {
  const injector = await createInjector(opts);
  const { docs, errors: readErrors } = await readInputs(opts.filename, io);
  if ((await lintForInject(docs, opts, io)).failed) return EXIT.findings;
  const run = injectDocuments(docs, injector);
  const errors = [...readErrors, ...run.errors];
  if (errors.length > 0) {
    for (const e of errors) io.stderr.write(formatError(e) + "\n");
    io.stderr.write(`kube-inject: ${errors.length} error${errors.length === 1 ? "" : "s"}; nothing was written
`);
    return EXIT.invalid;
  }
  const text = writeStream(run.output);
  if (opts.output) await writeFileAtomic(opts.output, text);
  else io.stdout.write(text);
  for (const o of run.outcomes) {
    for (const w of o.warnings) io.stderr.write(`warning: ${w}
`);
    if (o.outcome === "skipped") io.stderr.write(`warning: ${describeObject(o.kind, o.namespace, o.name)} skipped: ${o.reason}
`);
    else if (!opts.quiet) io.stderr.write(`${describe(o)} ${o.outcome}
`);
  }
  return EXIT.ok;
}
function describe(o) {
  const kind = (o.kind || "object").toLowerCase();
  return `${kind} "${o.name || "<unnamed>"}"`;
}
export {
  runInject
};
