/**
 * Per-resource suppression: the annotation `kube-inject.io/ignore: <rule>[,<rule>…][=<reason>]`
 * on the object a finding is about (for a workload, on its own metadata or on its pod template).
 * An entry is a rule id, an Istio code (`IST0118`) or `*`; everything after the first `=` is the
 * reason, reported with the suppressed finding.
 */

import { goTrimSpace } from '../istio/annotations/go-parse.js';

export const IGNORE_ANNOTATION = 'kube-inject.io/ignore';

export interface IgnoreDirective {
  readonly entries: readonly string[];
  readonly reason?: string;
}

export function parseIgnore(value: string): IgnoreDirective {
  const eq = value.indexOf('=');
  const list = eq < 0 ? value : value.slice(0, eq);
  const reason = eq < 0 ? '' : goTrimSpace(value.slice(eq + 1));
  const entries = list
    .split(',')
    .map(goTrimSpace)
    .filter((e) => e !== '');
  return reason === '' ? { entries } : { entries, reason };
}

/** Entries that name no rule and no Istio code of a rule. */
export function unknownIgnoreEntries(d: IgnoreDirective, ruleIds: ReadonlySet<string>, codes: ReadonlySet<string>): string[] {
  return d.entries.filter((e) => e !== '*' && !ruleIds.has(e) && !codes.has(e.toUpperCase()));
}

function covers(d: IgnoreDirective, ruleId: string, istioCode: string | undefined): boolean {
  return d.entries.some((e) => e === '*' || e === ruleId || (istioCode !== undefined && e.toUpperCase() === istioCode));
}

/**
 * The suppression that applies to a finding of `ruleId`/`istioCode`, given the annotation maps
 * to look in (the object's, then its pod template's); undefined when none does.
 */
export function findSuppression(
  annotationMaps: ReadonlyArray<Readonly<Record<string, unknown>>>,
  ruleId: string,
  istioCode: string | undefined,
): { reason?: string } | undefined {
  for (const annotations of annotationMaps) {
    const raw = annotations[IGNORE_ANNOTATION];
    if (typeof raw !== 'string') continue;
    const d = parseIgnore(raw);
    if (covers(d, ruleId, istioCode)) return d.reason === undefined ? {} : { reason: d.reason };
  }
  return undefined;
}
