import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-6DKJWYWS.js";
import {
  EXIT
} from "./chunk-I7ABBAQW.js";
import {
  formatError
} from "./chunk-LTQPEKQH.js";

// src/cli/write-manifests.ts
async function writeManifestsOrErrors(run, output, io) {
  if (run.text === null) {
    for (const e of run.errors) io.stderr.write(formatError(e) + "\n");
    io.stderr.write(`kube-inject: ${run.errors.length} error${run.errors.length === 1 ? "" : "s"}; nothing was written
`);
    return EXIT.invalid;
  }
  if (output) await writeFileAtomic(output, run.text);
  else io.stdout.write(run.text);
  return void 0;
}

export {
  writeManifestsOrErrors
};
