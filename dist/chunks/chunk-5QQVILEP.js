import { createRequire as __kiCreateRequire } from 'node:module'; const require = __kiCreateRequire(import.meta.url);
import {
  dump
} from "./chunk-E7CVC4BD.js";

// src/emit/manifests.ts
function writeStream(docs) {
  const parts = [];
  let previous = "";
  for (const item of docs) {
    let text = "value" in item ? renderChanged(item.doc, item.value) : item.doc.source.text.slice(item.doc.start, item.doc.end);
    if (parts.length > 0) {
      if (!previous.endsWith("\n")) parts.push(item.doc.eol);
      if (!startsWithMarker(text)) text = `---${item.doc.eol}${text}`;
    }
    parts.push(text);
    previous = text;
  }
  const out = parts.join("");
  return out === "" || out.endsWith("\n") ? out : out + "\n";
}
function startsWithMarker(text) {
  return /^(([ \t]*(#[^\n]*)?|%[^\n]*)\r?\n)*---(\s|$)/.test(text);
}
function renderChanged(doc, value) {
  let prefix = doc.source.text.slice(doc.start, doc.contentStart);
  if (prefix !== "" && !prefix.endsWith("\n")) prefix = prefix.replace(/[ \t]+$/, "") + doc.eol;
  const text = doc.source.text.slice(doc.contentStart, doc.end);
  const body = doc.format === "json" ? JSON.stringify(value, null, 2) + "\n" : toYaml(value, { seqNoIndent: !INDENTED_SEQUENCE.test(text) && ZERO_INDENT_SEQUENCE.test(text) });
  return prefix + (doc.eol === "\n" ? body : body.replace(/\n/g, doc.eol));
}
var ZERO_INDENT_SEQUENCE = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1- /m;
var INDENTED_SEQUENCE = /^( *)[^\s#-][^\n]*:[ \t]*\r?\n\1 +- /m;
function toYaml(value, options = {}) {
  return dump(value, { lineWidth: -1, noRefs: true, seqNoIndent: options.seqNoIndent ?? false });
}

export {
  writeStream
};
