import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  joinDocuments,
  renderDocument
} from "./chunk-HAYXLUUR.js";
import {
  injectDocuments
} from "./chunk-4P6O6REU.js";

// src/parallel/one-document.ts
function injectOneDocument(doc, injector, context) {
  let run;
  try {
    run = injectDocuments([doc], injector, context);
  } catch (fatal) {
    return { outcomes: [], errors: [], fatal };
  }
  const out = run.output[0];
  return run.errors.length > 0 ? { outcomes: run.outcomes, errors: run.errors } : { text: renderDocument(out), outcomes: run.outcomes, errors: [] };
}
function injectStream(docs, injector, context) {
  return assemble(
    docs,
    docs.map((doc) => injectOneDocument(doc, injector, context))
  );
}
function assemble(docs, results) {
  const fatal = results.find((r) => r.fatal !== void 0);
  if (fatal) throw fatal.fatal;
  const outcomes = results.flatMap((r) => r.outcomes);
  const errors = results.flatMap((r) => r.errors);
  if (errors.length > 0) return { outcomes, errors, text: null };
  return { outcomes, errors, text: joinDocuments(docs.map((doc, i) => ({ doc, text: results[i].text }))) };
}

export {
  injectOneDocument,
  injectStream,
  assemble
};
