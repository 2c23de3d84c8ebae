/**
 * Label selectors as Services and workloads use them: a Service's `spec.selector` is a plain
 * label map (matchLabels semantics); a `metav1.LabelSelector` adds `matchExpressions` (In, NotIn,
 * Exists, DoesNotExist). All requirements are ANDed. An empty or unusable selector selects nothing
 * (a Service without a selector has its endpoints managed by hand).
 */

interface Requirement {
  readonly key: string;
  readonly op: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  readonly values: readonly string[];
}

export interface Selector {
  readonly requirements: readonly Requirement[];
}

const OPS = new Set(['In', 'NotIn', 'Exists', 'DoesNotExist']);

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A label value as Kubernetes would read it (YAML may give numbers or booleans). */
export function labelValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** A label map from an object's `labels` (non-scalar values dropped). */
export function labelMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isMap(v)) return out;
  for (const [k, raw] of Object.entries(v)) {
    const s = labelValue(raw);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

/**
 * Compiles a Service selector (a label map) or a LabelSelector (`matchLabels` and/or
 * `matchExpressions`). Returns null when it selects nothing.
 */
export function compileSelector(raw: unknown): Selector | null {
  if (!isMap(raw)) return null;
  const structured = isMap(raw.matchLabels) || Array.isArray(raw.matchExpressions);
  const labels = structured ? raw.matchLabels : raw;
  const reqs: Requirement[] = [];
  if (isMap(labels)) {
    for (const [key, v] of Object.entries(labels)) {
      const value = labelValue(v);
      if (value === undefined) return null;
      reqs.push({ key, op: 'In', values: [value] });
    }
  }
  if (structured && Array.isArray(raw.matchExpressions)) {
    for (const e of raw.matchExpressions) {
      if (!isMap(e) || typeof e.key !== 'string' || typeof e.operator !== 'string' || !OPS.has(e.operator)) return null;
      const values = Array.isArray(e.values) ? e.values.map(labelValue) : [];
      if (values.some((v) => v === undefined)) return null;
      reqs.push({ key: e.key, op: e.operator as Requirement['op'], values: values as string[] });
    }
  }
  return reqs.length === 0 ? null : { requirements: reqs };
}

export function selects(selector: Selector | null, labels: Readonly<Record<string, string>>): boolean {
  if (selector === null) return false;
  return selector.requirements.every((r) => {
    const has = Object.hasOwn(labels, r.key);
    switch (r.op) {
      case 'In':
        return has && r.values.includes(labels[r.key]!);
      case 'NotIn':
        return !has || !r.values.includes(labels[r.key]!);
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
    }
  });
}
