import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  KubeInjectError
} from "./chunk-66ALYMBE.js";

// src/parallel/wire.ts
function toWire(doc) {
  return {
    name: doc.source.name,
    text: doc.source.text.slice(doc.start, doc.end),
    index: doc.index,
    contentStart: doc.contentStart - doc.start,
    startLine: doc.startLine,
    value: doc.value,
    empty: doc.empty,
    format: doc.format,
    eol: doc.eol
  };
}
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
function errorFromWire(w, doc) {
  if (w.kind === "internal") {
    const e = new Error(w.message);
    if (w.stack) e.stack = w.stack;
    return e;
  }
  const position = { ...w.position };
  if (position.line === UNPLACED.line) {
    Object.assign(position, doc.locate(position.pointer ?? "", position.at));
    position.file = doc.source.name;
  }
  return new KubeInjectError(w.code, w.message, position);
}
function outcomeToWire(o) {
  const { doc: _doc, ...rest } = o;
  return rest;
}

export {
  toWire,
  fromWire,
  errorToWire,
  errorFromWire,
  outcomeToWire
};
