/**
 * GitHub Actions workflow commands, one per finding:
 * `::warning file=<path>,line=<n>,col=<n>,title=<rule>::<message>` (info is `notice`), and one
 * `::error file=<path>,line=<n>,col=<n>,title=kube-inject::<message>` per input error (the
 * Actions log shows these, so they are not repeated on standard error). Suppressed findings are
 * not written. Paths are relative to the working directory (the checkout).
 */
import { relative, resolve, sep } from 'node:path';
import type { Severity } from '../../lint/types.js';
import { errorMessage } from '../format-error.js';
import { printable } from '../printable.js';
import { fullMessage, type Reporter, type ReporterOptions } from './reporter.js';

const COMMAND: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escaping of the message, as the Actions toolkit does it (after escaping other controls: the log is a terminal). */
export function escapeData(s: string): string {
  return printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escaping of a property value (also `:` and `,`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function relativePath(cwd: string, file: string): string {
  if (file === '<stdin>') return file;
  const rel = relative(cwd, resolve(cwd, file)) || file;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export function githubReporter(o: ReporterOptions): Reporter {
  return {
    error(e) {
      const p = e.position;
      const props = [
        ...(p.file !== undefined ? [`file=${escapeProperty(relativePath(o.cwd, p.file))}`] : []),
        ...(p.file !== undefined && p.line !== undefined ? [`line=${p.line}`] : []),
        ...(p.file !== undefined && p.line !== undefined && p.column !== undefined ? [`col=${p.column}`] : []),
        'title=kube-inject',
      ].join(',');
      o.out.write(`::error ${props}::${escapeData(errorMessage(e))}\n`);
    },
    write(f) {
      if (f.suppressed) return;
      const title = f.istioCode ? `${f.ruleId} (${f.istioCode})` : f.ruleId;
      const props = [
        `file=${escapeProperty(relativePath(o.cwd, f.document.file))}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `title=${escapeProperty(`kube-inject ${title}`)}`,
      ].join(',');
      o.out.write(`::${COMMAND[f.severity]} ${props}::${escapeData(fullMessage(f))}\n`);
    },
    flush() {},
  };
}
