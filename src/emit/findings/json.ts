/**
 * Machine-readable report, one JSON document (fields documented in docs/lint.md):
 *
 *   { "version": 1, "tool": { "name", "version" },
 *     "summary": { "error", "warning", "info", "suppressed" },
 *     "errors": [{ "file", "line", "column", "message" }…],
 *     "findings": [Finding…], "suppressed": [Finding… with "suppression"] }
 *
 * Input errors are also written to the log stream (standard error) as text, for the person
 * watching a run whose report goes to a file.
 */
import type { Finding } from '../../lint/types.js';
import type { KubeInjectError } from '../../model/errors.js';
import { errorMessage, formatError } from '../format-error.js';
import { count, emptyCounts, type Reporter, type ReporterOptions } from './reporter.js';

export const JSON_REPORT_VERSION = 1;

export interface JsonFinding {
  ruleId: string;
  severity: string;
  istioCode: string | null;
  message: string;
  file: string;
  line: number;
  column: number;
  /** 0-based index of the document in its file. */
  document: number;
  /** JSON pointer of the field inside the document. */
  pointer: string;
  resource: { apiVersion: string; kind: string; namespace: string; name: string };
  suppression?: { kind: 'annotation'; reason: string | null };
}

/** An input the run could not read or check; what is not known is null (a directory without manifests has no line). */
export interface JsonError {
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
}

export function toJsonError(e: KubeInjectError): JsonError {
  const p = e.position;
  return { file: p.file ?? null, line: p.line ?? null, column: p.column ?? null, message: errorMessage(e) };
}

export function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    istioCode: f.istioCode ?? null,
    message: f.message,
    file: f.document.file,
    line: f.line,
    column: f.column,
    document: f.document.index,
    pointer: f.pointer,
    resource: { ...f.resource },
  };
  if (f.suppressed) out.suppression = { kind: 'annotation', reason: f.suppressed.reason ?? null };
  return out;
}

export function jsonReporter(o: ReporterOptions): Reporter {
  const counts = emptyCounts();
  const findings: JsonFinding[] = [];
  const suppressed: JsonFinding[] = [];
  const errors: JsonError[] = [];
  return {
    error(e) {
      errors.push(toJsonError(e));
      o.log?.write(formatError(e) + '\n');
    },
    write(f) {
      count(counts, f);
      (f.suppressed ? suppressed : findings).push(toJsonFinding(f));
    },
    flush() {
      const report = {
        version: JSON_REPORT_VERSION,
        tool: { name: 'kube-inject', version: o.toolVersion },
        summary: counts,
        errors,
        findings,
        suppressed,
      };
      o.out.write(JSON.stringify(report, null, 2) + '\n');
    },
  };
}
