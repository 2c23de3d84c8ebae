import type { KubeInjectError } from '../model/errors.js';
import { printable } from './printable.js';

/**
 * The one place that turns an error into text for people: `file:line:column: error: message`,
 * control characters of the input escaped (see printable.ts).
 */
export function formatError(e: KubeInjectError): string {
  const p = e.position;
  let where = '';
  if (p.file !== undefined) {
    where = p.file;
    if (p.line !== undefined) where += `:${p.line}`;
    if (p.line !== undefined && p.column !== undefined) where += `:${p.column}`;
    where += ': ';
  }
  return printable(`${where}error: ${errorMessage(e)}`);
}

/** The message of an error without its place: `Deployment "ns/web": …` when it is about an object. */
export function errorMessage(e: KubeInjectError): string {
  const r = e.position.resource;
  return r && !e.message.includes(r) ? `${r}: ${e.message}` : e.message;
}
