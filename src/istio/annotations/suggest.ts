/** Did-you-mean for unknown Istio annotations (the linter's IST0108). */
import { REGISTRY } from './registry.js';

/**
 * The closest known annotation name to `unknownName`, or undefined when nothing is close. Case
 * differences are cheap (so `sidecar.istio.io/proxycpu` finds `proxyCPU`); the allowed distance
 * grows with the length of the name, up to a third of it.
 */
export function suggestAnnotation(unknownName: string): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const e of REGISTRY) {
    if (e.kind !== 'annotation' || e.name === unknownName) continue;
    const score =
      e.name.toLowerCase() === unknownName.toLowerCase() ? 0.5 : editDistance(unknownName.toLowerCase(), e.name.toLowerCase());
    if (score < bestScore) {
      best = e.name;
      bestScore = score;
    }
  }
  const limit = Math.max(2, Math.floor(unknownName.length / 3));
  return bestScore <= limit ? best : undefined;
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
