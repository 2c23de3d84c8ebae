/**
 * The frozen parts of injected values, sent once. Most of an injected pod is what the template
 * rendered for the pod before it, handed out as the same deeply frozen objects
 * (`model/frozen.ts`): about three nodes in five of a pod's value, on the bench's stream. A
 * structured clone copies them for every pod, and the main thread's writer, which remembers the
 * text of a frozen object (`emit/fast-yaml.ts`), meets only fresh copies.
 *
 * So the worker sends each frozen object once, under a number, and after that only the number;
 * the main thread keeps what it was sent, frozen again, and puts the same object wherever the
 * worker had it. What the main thread writes is the same either way (the values are equal); it
 * costs less to send, to receive and to write.
 *
 * The slots that held frozen objects are emptied for the clone and given back right after it
 * (`postMessage` clones at once), so nothing the worker holds is changed. A structured clone
 * keeps the identity of objects within one message: the list of emptied slots names each slot's
 * holder by the same object the results hold.
 */
import { deepFreeze, isFrozenObject } from '../model/frozen.js';

/**
 * Frozen objects the two sides remember before both start over, after the message that passes
 * it (a bound on the main thread's memory: a stream of ever new pod shapes makes ever new ones).
 */
const MAX_REMEMBERED = 1024;

/** An object or array, by key or index. */
type Slots = Record<string | number, unknown>;

/** What travels beside a batch's results: new frozen objects, and the slots that take one. */
export interface FrozenParts {
  /** Forget every number before these (the worker started over). */
  readonly reset: boolean;
  /** Number, object: the frozen objects sent for the first time. */
  readonly defs: readonly unknown[];
  /** Holder, key, number: each slot emptied for the clone. */
  readonly refs: readonly unknown[];
}

/** The worker's side: numbers its frozen objects, and empties their slots for one message. */
export class FrozenSender {
  private readonly numbers = new Map<object, number>();
  private reset = false;
  private readonly defs: unknown[] = [];
  private readonly refs: unknown[] = [];
  /** Holder, key, object: what `restore` puts back. */
  private readonly emptied: unknown[] = [];

  /** Empties the frozen slots of each holder's `value` (a batch's results). */
  takeValues(holders: ReadonlyArray<{ readonly value?: unknown }>): void {
    for (const h of holders) {
      const v = h.value;
      if (v === null || typeof v !== 'object') continue;
      if (isFrozenObject(v)) {
        this.record(h, 'value', v);
        (h as { value?: unknown }).value = null;
      } else this.within(v);
    }
  }

  /**
   * Empties the slots below `v` that hold frozen objects. Arrays and objects are walked apart, so
   * that each loop sees one kind of key (a walk that took both deoptimised over and over).
   */
  private within(v: object): void {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x === null || typeof x !== 'object') continue;
        if (isFrozenObject(x)) {
          this.record(v, i, x);
          v[i] = null;
        } else this.within(x);
      }
    } else {
      const o = v as Record<string, unknown>;
      for (const k in o) {
        const x = o[k];
        if (x === null || typeof x !== 'object') continue;
        if (isFrozenObject(x)) {
          this.record(o, k, x);
          o[k] = null;
        } else this.within(x);
      }
    }
  }

  private record(holder: object, key: string | number, v: object): void {
    let n = this.numbers.get(v);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(v, n);
      this.defs.push(n, v);
    }
    this.refs.push(holder, key, n);
    this.emptied.push(holder, key, v);
  }

  /** What the message carries beside the results, until `restore` (which must follow once it is sent). */
  parts(): FrozenParts {
    return { reset: this.reset, defs: this.defs, refs: this.refs };
  }

  /** Gives every emptied slot its object back, and starts the next message. */
  restore(): void {
    const e = this.emptied;
    for (let i = 0; i < e.length; i += 3) (e[i] as Slots)[e[i + 1] as string | number] = e[i + 2];
    // Emptied, not replaced: new arrays in these fields made V8 throw away the walk's optimised code.
    this.defs.length = 0;
    this.refs.length = 0;
    this.emptied.length = 0;
    // Between messages, so that every number a message names is in it or in one before it.
    this.reset = this.numbers.size >= MAX_REMEMBERED;
    if (this.reset) this.numbers.clear();
  }
}

/** The main thread's side, one per worker: what it was sent, frozen, by number. */
export class FrozenReceiver {
  private known: unknown[] = [];

  /** Fills the slots of a received message (its results hold the holders named in `parts`). */
  fill(parts: FrozenParts): void {
    if (parts.reset) this.known = [];
    const { defs, refs } = parts;
    for (let i = 0; i < defs.length; i += 2) this.known[defs[i] as number] = deepFreeze(defs[i + 1]);
    for (let i = 0; i < refs.length; i += 3) (refs[i] as Slots)[refs[i + 1] as string | number] = this.known[refs[i + 2] as number];
  }
}
