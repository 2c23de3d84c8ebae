import { goJsonFieldResolver, parseTemplate } from '../../src/gotemplate/index.js';
import type { FuncMap } from '../../src/gotemplate/index.js';

/** Parse and execute `src` with `data`; the Go field resolver is on unless `plain` is set. */
export function run(src: string, data: unknown = {}, funcs?: FuncMap, plain = false): string {
  return parseTemplate('t', src, { funcs, fieldResolver: plain ? undefined : goJsonFieldResolver }).execute(data);
}

/** The error message `run` throws. */
export function runError(src: string, data: unknown = {}, funcs?: FuncMap): string {
  try {
    run(src, data, funcs);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}
