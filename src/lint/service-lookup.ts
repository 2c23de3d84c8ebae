/**
 * Which Services select a pod, without testing every Service of the namespace against every
 * pod (which grows with the square of the input: a `helm template` stream puts thousands of
 * Services in one namespace).
 *
 * Every selector that selects anything has an `In` requirement (a Service's label map is all
 * `In` requirements), and a pod can only match it by carrying that key with one of its values. So
 * each Service is filed under one of its `In` requirements, the one whose key and values the
 * fewest Services share, and a pod looks up only the buckets of its own labels. The candidates
 * are then tested with the full selector, as before; Services whose selector has no `In`
 * requirement (possible only for a LabelSelector with expressions alone) are tested for every pod.
 */
import type { Selector } from './selector.js';
import { selects } from './selector.js';

export interface SelectingObject {
  readonly namespace: string;
  readonly selector: Selector | null;
}

/** Counts of the work done, for tests (a regression shows as more selector tests than pods and matches). */
export interface LookupCounters {
  /** Selector evaluations. */
  selectorChecks: number;
}

interface Filed<S> {
  readonly service: S;
  /** Input order: results are returned in it. */
  readonly order: number;
}

interface NamespaceIndex<S> {
  /** label key -> label value -> Services filed under that pair. */
  readonly byLabel: Map<string, Map<string, Filed<S>[]>>;
  /** Services that any pod may match. */
  readonly always: Filed<S>[];
}

export class ServiceLookup<S extends SelectingObject> {
  private readonly namespaces = new Map<string, NamespaceIndex<S>>();

  constructor(
    services: readonly S[],
    private readonly counters?: LookupCounters,
  ) {
    // How many Services ask for each (namespace, key, value): a Service is filed under its rarest.
    const frequency = new Map<string, Map<string, Map<string, number>>>();
    for (const s of services) {
      for (const r of s.selector?.requirements ?? []) {
        if (r.op !== 'In') continue;
        const byKey = getOrSet(getOrSet(frequency, s.namespace, () => new Map()), r.key, () => new Map<string, number>());
        for (const v of r.values) byKey.set(v, (byKey.get(v) ?? 0) + 1);
      }
    }
    services.forEach((service, order) => {
      const reqs = service.selector?.requirements;
      if (!reqs) return; // selects nothing
      const ns = getOrSet(this.namespaces, service.namespace, () => ({ byLabel: new Map(), always: [] }));
      let best: { key: string; values: readonly string[]; cost: number } | undefined;
      for (const r of reqs) {
        if (r.op !== 'In') continue;
        const byKey = frequency.get(service.namespace)!.get(r.key)!;
        let cost = 0;
        for (const v of r.values) cost += byKey.get(v)!;
        if (!best || cost < best.cost) best = { key: r.key, values: r.values, cost };
      }
      const filed = { service, order };
      if (!best) {
        ns.always.push(filed);
        return;
      }
      const byValue = getOrSet(ns.byLabel, best.key, () => new Map<string, Filed<S>[]>());
      // A pod has one value per key: listing the Service under each of its values finds it once.
      for (const v of new Set(best.values)) getOrSet(byValue, v, () => []).push(filed);
    });
  }

  /** The Services of `namespace` that select a pod with these labels, in input order. */
  /**
   * The Services selecting pods with `labels` in `namespace`, in input order. Pods with the same
   * labels share one answer (the same array): 2,000 pods under 2,000 Services of one selector are
   * 2,000 lookups and one list, not four million entries.
   */
  selecting(namespace: string, labels: Readonly<Record<string, string>>): readonly S[] {
    const key = JSON.stringify([namespace, Object.keys(labels).sort().map((k) => [k, labels[k]])]);
    let answer = this.answers.get(key);
    if (answer === undefined) this.answers.set(key, (answer = this.select(namespace, labels)));
    return answer;
  }

  private readonly answers = new Map<string, readonly S[]>();

  private select(namespace: string, labels: Readonly<Record<string, string>>): readonly S[] {
    const ns = this.namespaces.get(namespace);
    if (!ns) return [];
    let candidates: Filed<S>[] = ns.always;
    let sorted = true;
    for (const key of Object.keys(labels)) {
      const bucket = ns.byLabel.get(key)?.get(labels[key]!);
      if (!bucket) continue;
      if (candidates.length === 0) candidates = bucket;
      else {
        candidates = candidates.concat(bucket);
        sorted = false;
      }
    }
    if (!sorted) candidates = candidates.slice().sort((a, b) => a.order - b.order);
    const out: S[] = [];
    for (const c of candidates) {
      if (this.counters) this.counters.selectorChecks++;
      if (selects(c.service.selector, labels)) out.push(c.service);
    }
    return out;
  }
}

function getOrSet<K, V>(m: Map<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) m.set(k, (v = make()));
  return v;
}
