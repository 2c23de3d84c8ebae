/**
 * A manifest document: one YAML (or JSON) document of an input stream, with everything needed
 * to write it back byte-for-byte and to point at any of its fields by line and column.
 */
import type { KubeInjectError } from './errors.js';
export interface SourceFile {
    /** The name the user gave (`-` is shown as `<stdin>`). */
    readonly name: string;
    /** The whole text, without a leading BOM. */
    readonly text: string;
}
/** A document on its way out: unchanged (written byte-for-byte) or with a new value. */
export interface OutputDocument {
    readonly doc: ManifestDocument;
    /** The new value when the document changed; absent when it did not. */
    readonly value?: unknown;
}
export interface Position {
    /** 1-based. */
    line: number;
    /** 1-based. */
    column: number;
}
export interface ManifestDocument {
    readonly source: SourceFile;
    /** 0-based index of the document within its file. */
    readonly index: number;
    /** Offsets of the document's text (its `---` marker, comments and content) in `source.text`. */
    readonly start: number;
    readonly end: number;
    /** 1-based line of the first line of the document's content (or of its text, when empty). */
    readonly startLine: number;
    /** The parsed value; `null` for an empty or comment-only document. */
    readonly value: unknown;
    /** True when the document has no content node (empty or comments only). */
    readonly empty: boolean;
    /** JSON documents are written back as JSON when they change. */
    readonly format: 'yaml' | 'json';
    /** The document's own line ending, kept when a changed document is written. */
    readonly eol: '\n' | '\r\n';
    /** Offset in `source.text` where the content node starts (after marker and leading comments). */
    readonly contentStart: number;
    /**
     * Where the field at a JSON pointer is in the source: the key of a mapping entry (`'key'`,
     * the default) or its value. Falls back to the nearest ancestor that exists in the source
     * (a field that came in through a merge key or alias points at the merge key or alias).
     */
    locate(pointer: string, at?: 'key' | 'value'): Position;
}
/**
 * Line and column of the field at `pointer`: of its key (an unknown or misplaced field) or of its
 * value (a bad value). The one way lint findings and injection errors are placed, so both name
 * the same line:column for the same problem.
 */
export declare function fieldPosition(doc: ManifestDocument, pointer: string, at?: 'key' | 'value'): Position;
/** The exact source text of a document. */
export declare function documentText(doc: ManifestDocument): string;
/** `Deployment "ns/name"`, the way every message names an object. */
export declare function describeObject(kind: string, namespace: string | undefined, name: string | undefined): string;
/**
 * Gives an error raised inside a document its file, line and column: `base` is the pointer of
 * the part the error's own pointer is relative to (a pod template inside a Deployment, say).
 */
export declare function positionIn(doc: ManifestDocument, e: KubeInjectError, base: string, resource?: string): KubeInjectError;
