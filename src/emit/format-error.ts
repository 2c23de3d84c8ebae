import type { KubeInjectError } from '../model/errors.js';

/** The one place that turns an error into text for people: `file:line:column: message`. */
export function formatError(e: KubeInjectError): string {
  const p = e.position;
  let where = '';
  if (p.file !== undefined) {
    where = p.file;
    if (p.line !== undefined) where += `:${p.line}`;
    if (p.line !== undefined && p.column !== undefined) where += `:${p.column}`;
    where += ': ';
  }
  const about = p.resource && !e.message.includes(p.resource) ? `${p.resource}: ` : '';
  return `${where}error: ${about}${e.message}`;
}
