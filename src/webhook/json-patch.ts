/**
 * RFC 6902 JSON Patch between two JSON values: the operations that turn `from` into `to`, as a
 * mutating webhook answers (`patchType: JSONPatch`). Objects are compared key by key; lists keep
 * their common head and tail and patch the middle in place, so inserting a container at the front
 * is one `add`, not a rewrite of every container after it. Keys whose value is `undefined` count
 * as absent (JSON has no such value). Pure; the inputs are never modified.
 */
import { isMap } from '../model/values.js';

export type PatchOperation =
  | { readonly op: 'add' | 'replace'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string };

/** A JSON Pointer token (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string): string {
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

export function createPatch(from: unknown, to: unknown): PatchOperation[] {
  const ops: PatchOperation[] = [];
  diff(from, to, '', ops);
  return ops;
}

function diff(a: unknown, b: unknown, path: string, ops: PatchOperation[]): void {
  if (a === b) return;
  if (isMap(a) && isMap(b)) return diffObjects(a, b, path, ops);
  if (Array.isArray(a) && Array.isArray(b)) return diffArrays(a, b, path, ops);
  if (deepEqual(a, b)) return;
  ops.push({ op: 'replace', path, value: b });
}

function diffObjects(a: Record<string, unknown>, b: Record<string, unknown>, path: string, ops: PatchOperation[]): void {
  for (const key of Object.keys(a)) {
    if (a[key] === undefined) continue;
    const p = `${path}/${escapeToken(key)}`;
    if (!Object.hasOwn(b, key) || b[key] === undefined) ops.push({ op: 'remove', path: p });
    else diff(a[key], b[key], p, ops);
  }
  for (const key of Object.keys(b)) {
    if (b[key] === undefined || (Object.hasOwn(a, key) && a[key] !== undefined)) continue;
    ops.push({ op: 'add', path: `${path}/${escapeToken(key)}`, value: b[key] });
  }
}

function diffArrays(a: readonly unknown[], b: readonly unknown[], path: string, ops: PatchOperation[]): void {
  let head = 0;
  const min = Math.min(a.length, b.length);
  while (head < min && deepEqual(a[head], b[head])) head++;
  let tail = 0;
  while (tail < min - head && deepEqual(a[a.length - 1 - tail], b[b.length - 1 - tail])) tail++;
  const aMid = a.length - head - tail;
  const bMid = b.length - head - tail;
  const common = Math.min(aMid, bMid);
  // The middle: element by element where both have one, then what `to` adds or `from` loses.
  for (let i = 0; i < common; i++) diff(a[head + i], b[head + i], `${path}/${head + i}`, ops);
  for (let i = common; i < bMid; i++) ops.push({ op: 'add', path: `${path}/${head + i}`, value: b[head + i] });
  // Removed from the last down, so each index is still valid when its operation runs.
  for (let i = aMid - 1; i >= common; i--) ops.push({ op: 'remove', path: `${path}/${head + i}` });
}

/** Structural equality of JSON values (`undefined` members count as absent). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key of Object.keys(ra)) {
    if (ra[key] === undefined) continue;
    count++;
    if (!Object.hasOwn(rb, key) || !deepEqual(ra[key], rb[key])) return false;
  }
  for (const key of Object.keys(rb)) if (rb[key] !== undefined) count--;
  return count === 0;
}
