/**
 * Frozen values, shared between pods. A template renders nearly the same overlay for every pod,
 * and its reader hands out the unchanged parts as the same frozen objects each time
 * (`render/rendered-reuse.ts`); the merge keeps them shared. A stage that turns such a value into
 * another one (the Go round trip, Go field order, the writer's text) can then do the work once per
 * distinct frozen object and remember the answer (`FrozenMemo`), instead of once per pod. What is
 * remembered is frozen too, so every pod gets the same, unchangeable answer.
 */

/** Values `deepFreeze` froze: frozen with everything below them. */
const deeplyFrozen = new WeakSet<object>();

/**
 * Whether `v` is a value `deepFreeze` froze, so that nothing in it can change. An object frozen
 * by someone else (a library caller's input, say) may hold parts that still change, so it is not
 * shared or remembered.
 */
export function isFrozenObject(v: unknown): v is object {
  return v !== null && typeof v === 'object' && Object.isFrozen(v) && deeplyFrozen.has(v);
}

/** `v`, frozen through and through. */
export function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !deeplyFrozen.has(v)) {
    Object.freeze(v);
    deeplyFrozen.add(v);
    for (const k in v) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/**
 * Answers per frozen object and variant (whatever else the answer depends on: a number, a string
 * or an object, compared as a Map key). Held weakly: a frozen overlay that no seed keeps any more
 * goes with its answers.
 */
export class FrozenMemo<A> {
  private readonly answers = new WeakMap<object, Map<unknown, A>>();

  get(v: object, variant: unknown): A | undefined {
    return this.answers.get(v)?.get(variant);
  }

  set(v: object, variant: unknown, answer: A): A {
    let m = this.answers.get(v);
    if (m === undefined) this.answers.set(v, (m = new Map()));
    m.set(variant, answer);
    return answer;
  }
}
