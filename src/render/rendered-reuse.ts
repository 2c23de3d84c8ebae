/**
 * Reading a template's output by difference. One template renders nearly the same text for every
 * pod: the same lines, with a name, a port list or an annotation's value changed on a few of
 * them. So the reader keeps, per template and line count, the last text it read in full (with
 * the value and where each single-line scalar stood), and reads a new text with as many lines as
 * a copy of that value in which only the changed scalars are read again.
 *
 * It is exact or it declines (`undefined`; the caller reads the text in full): every changed line
 * must be one that held a single-line scalar value (`key: v`, `- v`, `- key: v`), keep everything
 * before the value, and hold a value the full reader reads as a single-line scalar on its own
 * (`k: <value>`). The structure of block YAML is decided line by line from what precedes the
 * values, so the lines that did not change give the same nodes, and the changed values are what
 * the full reader would read there. `test/inject/rendered-overlays.ts` holds it to the full reader
 * over every pair of overlays of the conformance suites.
 */
import type { Schema } from 'js-yaml';
import { deepFreeze } from '../model/frozen.js';
import { parseBlockYaml, type BlockYamlResult, type ScalarSite } from '../read/block-yaml.js';

interface Seed {
  readonly lines: readonly string[];
  readonly value: unknown;
  readonly sites: ReadonlyMap<number, ScalarSite>;
  /** The seed the text read after one read by this seed was read by, last time. */
  next?: Seed;
}

/** Seeds kept per template and line count (the most recently used first), and per template. */
const SEEDS_PER_LENGTH = 4;
const MAX_LENGTHS = 32;

/** The characters a changed value may not start with: block scalars, flow, anchors, tags, comments. */
const NOT_SCALAR_START = /^[|>[{&*!#]/;

export class RenderedReuse {
  private readonly seeds = new Map<number, Seed[]>();
  /** The seed the last text was read by. */
  private last: Seed | undefined;

  constructor(private readonly schema: Schema) {}

  /** The value of `text` if a seed lets it be read by difference; undefined otherwise. */
  read(text: string): unknown {
    const lines = text.split('\n');
    const seeds = this.seeds.get(lines.length);
    if (seeds === undefined) return undefined;
    // A stream repeats its pod shapes in a pattern (a Deployment, then a StatefulSet, ...): the
    // seed that followed the last one's last time is tried first, then the rest, latest first.
    const next = this.last?.next;
    const guess = next === undefined ? -1 : seeds.indexOf(next);
    if (guess >= 0) {
      const v = this.readBy(seeds[guess]!, lines);
      if (v !== undefined) return this.readWith(seeds, guess, v);
    }
    for (let k = 0; k < seeds.length; k++) {
      if (k === guess) continue;
      const v = this.readBy(seeds[k]!, lines);
      if (v !== undefined) return this.readWith(seeds, k, v);
    }
    return undefined;
  }

  /** `v`, read by `seeds[k]`: that seed becomes the latest of its length, and what followed the last. */
  private readWith(seeds: Seed[], k: number, v: unknown): unknown {
    const seed = seeds[k]!;
    if (k > 0) {
      seeds.splice(k, 1);
      seeds.unshift(seed);
    }
    if (this.last !== undefined) this.last.next = seed;
    this.last = seed;
    return v;
  }

  private readBy(seed: Seed, lines: readonly string[]): unknown {
    // First the lines alone, which is all it takes to find that a seed does not fit (most tries
    // do not: a stream cycles through several pod shapes of one length); then the changed values.
    const changed: Array<{ site: ScalarSite; rest: string }> = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const old = seed.lines[i]!;
      if (line === old) continue;
      const site = seed.sites.get(i);
      if (site === undefined || line.length <= site.start) return undefined;
      if (line.slice(0, site.start) !== old.slice(0, site.start)) return undefined;
      const rest = line.slice(site.start);
      if (NOT_SCALAR_START.test(rest)) return undefined;
      changed.push({ site, rest });
    }
    let out = seed.value;
    for (const { site, rest } of changed) {
      const one = parseBlockYaml(`k: ${rest}\n`, this.schema);
      if (!one.ok) return undefined;
      const v = (one.value as Record<string, unknown>).k;
      if (v === null || typeof v === 'object') return undefined;
      out = withValueAt(out, site.path, v, seed.value);
    }
    return out;
  }

  /**
   * Reads `text` in full, as `parseBlockYaml` does, and keeps what it read as a seed. The value
   * is frozen (deeply), and what `read` returns shares the seed's unchanged parts: the values
   * are read-only to the caller (the strategic merge copies what it takes from an overlay).
   */
  seed(text: string): BlockYamlResult {
    const sites: ScalarSite[] = [];
    const r = parseBlockYaml(text, this.schema, sites);
    if (!r.ok) return r;
    const lines = text.split('\n');
    if (isPlainJson(r.value)) {
      let seeds = this.seeds.get(lines.length);
      if (!seeds) {
        if (this.seeds.size >= MAX_LENGTHS) {
          const oldest = this.seeds.keys().next().value!;
          for (const s of this.seeds.get(oldest)!) s.next = undefined;
          this.seeds.delete(oldest);
        }
        this.seeds.set(lines.length, (seeds = []));
      }
      const seed: Seed = { lines, value: deepFreeze(r.value), sites: new Map(sites.map((s) => [s.line, s])) };
      seeds.unshift(seed);
      // A seed let go holds on to no other (one still kept may point to it, never through it).
      if (seeds.length > SEEDS_PER_LENGTH) seeds.pop()!.next = undefined;
      if (this.last !== undefined) this.last.next = seed;
      this.last = seed;
    }
    return r;
  }
}

/**
 * `root` with the scalar at `path` replaced: the containers along the path that still belong to
 * `seed` are copied, everything else is shared.
 */
function withValueAt(root: unknown, path: readonly (string | number)[], value: unknown, seed: unknown): unknown {
  const copy = (node: unknown, i: number, seedNode: unknown): unknown => {
    if (i === path.length) return value;
    const key = path[i]!;
    const shared = node === seedNode;
    const out = shared ? (Array.isArray(node) ? [...node] : { ...(node as object) }) : node;
    const child = (node as Record<string | number, unknown>)[key];
    const seedChild = (seedNode as Record<string | number, unknown>)[key];
    (out as Record<string | number, unknown>)[key] = copy(child, i + 1, seedChild);
    return out;
  };
  return copy(root, 0, seed);
}

/** Only plain objects, arrays and primitives: what may be shared frozen. */
function isPlainJson(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return typeof v !== 'function' && typeof v !== 'symbol' && typeof v !== 'bigint';
  if (Array.isArray(v)) return v.every(isPlainJson);
  if (Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k in v) if (!isPlainJson((v as Record<string, unknown>)[k])) return false;
  return true;
}
