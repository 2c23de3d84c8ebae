import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  renderDocument
} from "./chunks/chunk-DY35CABH.js";
import {
  KubeInjectError,
  injectDocuments,
  isFrozenObject,
  loadInjectorConfig,
  prepareInjector
} from "./chunks/chunk-XPP6S6Y2.js";

// src/parallel/worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/parallel/frozen-wire.ts
var MAX_REMEMBERED = 1024;
var FrozenSender = class {
  numbers = /* @__PURE__ */ new Map();
  reset = false;
  defs = [];
  refs = [];
  /** Holder, key, object: what `restore` puts back. */
  emptied = [];
  /** Empties the frozen slots of each holder's `value` (a batch's results). */
  takeValues(holders) {
    for (const h of holders) {
      const v = h.value;
      if (v === null || typeof v !== "object") continue;
      if (isFrozenObject(v)) {
        this.record(h, "value", v);
        h.value = null;
      } else this.within(v);
    }
  }
  /**
   * Empties the slots below `v` that hold frozen objects. Arrays and objects are walked apart, so
   * that each loop sees one kind of key (a walk that took both deoptimised over and over).
   */
  within(v) {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        if (x === null || typeof x !== "object") continue;
        if (isFrozenObject(x)) {
          this.record(v, i, x);
          v[i] = null;
        } else this.within(x);
      }
    } else {
      const o = v;
      for (const k in o) {
        const x = o[k];
        if (x === null || typeof x !== "object") continue;
        if (isFrozenObject(x)) {
          this.record(o, k, x);
          o[k] = null;
        } else this.within(x);
      }
    }
  }
  record(holder, key, v) {
    let n = this.numbers.get(v);
    if (n === void 0) {
      n = this.numbers.size;
      this.numbers.set(v, n);
      this.defs.push(n, v);
    }
    this.refs.push(holder, key, n);
    this.emptied.push(holder, key, v);
  }
  /** What the message carries beside the results, until `restore` (which must follow once it is sent). */
  parts() {
    return { reset: this.reset, defs: this.defs, refs: this.refs };
  }
  /** Gives every emptied slot its object back, and starts the next message. */
  restore() {
    const e = this.emptied;
    for (let i = 0; i < e.length; i += 3) e[i][e[i + 1]] = e[i + 2];
    this.defs.length = 0;
    this.refs.length = 0;
    this.emptied.length = 0;
    this.reset = this.numbers.size >= MAX_REMEMBERED;
    if (this.reset) this.numbers.clear();
  }
};

// src/parallel/one-document.ts
function injectOne(doc, injector, context) {
  let run;
  try {
    run = injectDocuments([doc], injector, context);
  } catch (fatal) {
    return { outcomes: [], errors: [], fatal };
  }
  return run.errors.length > 0 ? { outcomes: run.outcomes, errors: run.errors } : { output: run.output[0], outcomes: run.outcomes, errors: [] };
}
function writeOne(out) {
  try {
    return { text: renderDocument(out) };
  } catch (fatal) {
    return { fatal };
  }
}

// src/parallel/wire.ts
var UNPLACED = { line: -1, column: -1 };
function fromWire(w) {
  return {
    source: { name: w.name, text: w.text },
    index: w.index,
    start: 0,
    end: w.text.length,
    startLine: w.startLine,
    value: w.value,
    empty: w.empty,
    format: w.format,
    eol: w.eol,
    contentStart: w.contentStart,
    locate: () => UNPLACED
  };
}
function errorToWire(e) {
  if (e instanceof KubeInjectError) return { kind: "kube-inject", code: e.code, message: e.message, position: e.position };
  const err = e instanceof Error ? e : new Error(String(e));
  return { kind: "internal", message: err.message, ...err.stack ? { stack: err.stack } : {} };
}
function outcomeToWire(o) {
  const { doc: _doc, ...rest } = o;
  return rest;
}

// src/parallel/worker.ts
var port = parentPort;
var setup = workerData;
var post = (m) => port.postMessage(m);
try {
  const injector = prepareInjector(await loadInjectorConfig(setup.injection, setup.env));
  let context;
  const frozen = new FrozenSender();
  const unfinished = { inject: (req) => injector.injectUnfinished(req), finishWorkload: (kind, object) => injector.finishWorkload(kind, object) };
  port.on("message", (m) => {
    if ("namespaces" in m) {
      context = { namespaces: new Map(m.namespaces) };
      return;
    }
    try {
      const results = m.docs.map((w, k) => {
        const r = injectOne(fromWire(w), m.write ? injector : unfinished, context);
        const at = m.at[k];
        if (r.fatal !== void 0) return { at, outcomes: [], errors: [], fatal: errorToWire(r.fatal) };
        const out = r.output;
        const outcomes = r.outcomes.map(outcomeToWire);
        const errors = r.errors.map(errorToWire);
        if (m.write && out !== void 0) {
          const written = writeOne(out);
          if ("fatal" in written) return { at, outcomes: [], errors: [], fatal: errorToWire(written.fatal) };
          return { at, text: written.text, outcomes, errors };
        }
        return { at, ...out !== void 0 && "value" in out ? { value: out.value } : {}, outcomes, errors };
      });
      if (m.write) post({ results });
      else {
        frozen.takeValues(results);
        try {
          post({ results, frozen: frozen.parts() });
        } finally {
          frozen.restore();
        }
      }
    } catch (e) {
      post({ failed: errorToWire(e) });
    }
  });
  post({ ready: true });
} catch (e) {
  post({ failed: errorToWire(e) });
}
