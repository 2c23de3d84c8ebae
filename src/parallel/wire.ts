/**
 * What crosses between threads: a document as the injection walk and the writer read it (its
 * own text, offsets into that text, its value), and errors as data. A worker never places an
 * error in a file: the main thread does, with the document it read (`placeError`), so a
 * message names the same line and column whichever thread injected the document.
 */
import type { ResourceOutcome } from '../inject/index.js';
import type { ManifestDocument, Position } from '../model/document.js';
import { KubeInjectError, type ErrorCode, type SourcePosition } from '../model/errors.js';

export interface WireDocument {
  readonly name: string;
  /** The document's own text (`documentText`), and the offsets below relative to it. */
  readonly text: string;
  readonly index: number;
  readonly contentStart: number;
  readonly startLine: number;
  readonly value: unknown;
  readonly empty: boolean;
  readonly format: 'yaml' | 'json';
  readonly eol: '\n' | '\r\n';
}

export function toWire(doc: ManifestDocument): WireDocument {
  return {
    name: doc.source.name,
    text: doc.source.text.slice(doc.start, doc.end),
    index: doc.index,
    contentStart: doc.contentStart - doc.start,
    startLine: doc.startLine,
    value: doc.value,
    empty: doc.empty,
    format: doc.format,
    eol: doc.eol,
  };
}

/** A line no document has: a position the worker could not know, which `placeError` fills in. */
const UNPLACED: Position = { line: -1, column: -1 };

/** The document a worker injects: its own text as the source; positions are left to the main thread. */
export function fromWire(w: WireDocument): ManifestDocument {
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
    locate: () => UNPLACED,
  };
}

export interface WireError {
  readonly kind: 'kube-inject' | 'internal';
  readonly code?: ErrorCode;
  readonly message: string;
  readonly position?: SourcePosition;
  readonly stack?: string;
}

export function errorToWire(e: unknown): WireError {
  if (e instanceof KubeInjectError) return { kind: 'kube-inject', code: e.code, message: e.message, position: e.position };
  const err = e instanceof Error ? e : new Error(String(e));
  return { kind: 'internal', message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
}

/** The error again, placed in `doc` (the main thread's own document) where the worker could not place it. */
export function errorFromWire(w: WireError, doc: ManifestDocument | undefined): Error {
  if (w.kind === 'internal') {
    const e = new Error(w.message);
    if (w.stack) e.stack = w.stack;
    return e;
  }
  const position = { ...w.position };
  if (position.line === UNPLACED.line && doc !== undefined) {
    Object.assign(position, doc.locate(position.pointer ?? '', position.at));
    position.file = doc.source.name;
  }
  return new KubeInjectError(w.code!, w.message, position);
}

/** An outcome without its document (the main thread attaches its own). */
export type WireOutcome = Omit<ResourceOutcome, 'doc'>;

export function outcomeToWire(o: ResourceOutcome): WireOutcome {
  const { doc: _doc, ...rest } = o;
  return rest;
}
