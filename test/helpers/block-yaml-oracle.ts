/**
 * The oracle for `src/read/block-yaml.ts`: js-yaml's `load` with the project's schema. The fast
 * reader may decline any text; when it accepts one, js-yaml must read the same text without
 * error and give the very same value: same types, same numbers (Object.is: -0, NaN), same keys
 * in the same order, plain objects and arrays only.
 */
import { load, type Schema } from 'js-yaml';
import { parseBlockYaml } from '../../src/read/block-yaml.js';
import { KUBE_SCHEMA } from '../../src/read/yaml-schema.js';

/** Where two values first differ (a JSON-pointer-like path and what differs), or undefined when identical. */
/**
 * @param readOnly `a` may be frozen (the overlays `render/rendered-reuse.ts` shares between pods):
 *   its properties' writability is not compared.
 */
export function firstDifference(a: unknown, b: unknown, path = '', readOnly = false): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return `${path || '/'}: ${describe(a)} vs ${describe(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path || '/'}: array vs not`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${path || '/'}: different prototypes`;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return `${path || '/'}: length ${a.length} vs ${bb.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], bb[i], `${path}/${i}`, readOnly);
      if (d) return d;
    }
    return undefined;
  }
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return `${path || '/'}: keys ${String(ka)} vs ${String(kb)}`;
  for (const k of ka) {
    const da = Object.getOwnPropertyDescriptor(a, k)!;
    const db = Object.getOwnPropertyDescriptor(b, k)!;
    if (da.enumerable !== db.enumerable || (!readOnly && da.writable !== db.writable)) return `${path}/${String(k)}: property attributes differ`;
    const d = firstDifference(da.value, db.value, `${path}/${String(k)}`, readOnly);
    if (d) return d;
  }
  return undefined;
}

function describe(v: unknown): string {
  if (typeof v === 'number' && Object.is(v, -0)) return '-0 (number)';
  return `${typeof v === 'string' ? JSON.stringify(v) : String(v)} (${v === null ? 'null' : typeof v})`;
}

export type Verdict = { readonly accepted: true } | { readonly accepted: false; readonly reason: string };

/**
 * Reads `text` both ways. Throws when the fast reader accepted what js-yaml rejects, or read
 * something else; returns whether it accepted.
 */
export function checkAgainstJsYaml(text: string, schema: Schema = KUBE_SCHEMA): Verdict {
  const fast = parseBlockYaml(text, schema);
  if (!fast.ok) return { accepted: false, reason: fast.reason };
  let slow: unknown;
  try {
    slow = load(text, { schema });
  } catch (e) {
    throw new Error(`the fast reader accepted text js-yaml rejects (${(e as Error).message}):\n${text}`);
  }
  const d = firstDifference(fast.value, slow);
  if (d !== undefined) throw new Error(`the fast reader read ${d} (fast vs js-yaml):\n${text}`);
  return { accepted: true };
}
