/**
 * Kubernetes label selectors (`metav1.LabelSelector`), one matcher for the injector's
 * never/always selectors and the linter's Service selectors: `matchLabels` and `matchExpressions` (In, NotIn, Exists, DoesNotExist), all ANDed.
 * A selector that cannot be turned into requirements is reported and then never matches; an
 * empty selector never matches either (Istio skips `selector.Empty()`).
 */

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

interface Requirement {
  key: string;
  op: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values: string[];
}

export interface CompiledSelector {
  /** Null when the selector is invalid or empty: it matches nothing. */
  readonly requirements: readonly Requirement[] | null;
  readonly error?: string;
}

const NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function keyError(key: string): string | undefined {
  const parts = key.split('/');
  if (parts.length > 2) return `invalid label key ${JSON.stringify(key)}`;
  const name = parts[parts.length - 1]!;
  if (name.length === 0 || name.length > 63 || !NAME.test(name)) return `invalid label key ${JSON.stringify(key)}`;
  if (parts.length === 2) {
    const prefix = parts[0]!;
    if (prefix.length === 0 || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)) {
      return `invalid label key ${JSON.stringify(key)}`;
    }
  }
  return undefined;
}

function valueError(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > 63 || !NAME.test(value)) return `invalid label value ${JSON.stringify(value)}`;
  return undefined;
}

function compileRequirement(r: LabelSelectorRequirement): Requirement | string {
  const values = Array.isArray(r.values) ? r.values.map(String) : [];
  const err = keyError(String(r.key ?? ''));
  if (err) return err;
  switch (r.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) return `values must be non-empty for operator ${r.operator}`;
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) return `values must be empty for operator ${r.operator}`;
      break;
    default:
      return `${JSON.stringify(r.operator)} is not a valid label selector operator`;
  }
  for (const v of values) {
    const e = valueError(v);
    if (e) return e;
  }
  return { key: r.key, op: r.operator, values };
}

export function compileSelector(selector: LabelSelector): CompiledSelector {
  const reqs: Requirement[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    const r = compileRequirement({ key, operator: 'In', values: [String(value)] });
    if (typeof r === 'string') return { requirements: null, error: r };
    reqs.push(r);
  }
  for (const expr of selector.matchExpressions ?? []) {
    const r = compileRequirement(expr);
    if (typeof r === 'string') return { requirements: null, error: r };
    reqs.push(r);
  }
  return { requirements: reqs.length === 0 ? null : reqs };
}

export function selectorMatches(selector: CompiledSelector, labels: Readonly<Record<string, string>>): boolean {
  if (selector.requirements === null) return false;
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
