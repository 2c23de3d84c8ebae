import { joinPointer } from '../../model/pointer.js';
import { isMap } from '../../model/values.js';
import { isAnalyzedByIstio } from '../istio-scope.js';
import { selectorString, trafficIndex, type SelectorPolicy } from '../traffic/index.js';
import type { Rule, RuleContext } from '../types.js';

export const policyWorkloads: Rule = {
  meta: {
    id: 'policy-workloads',
    severity: 'warning',
    istioCodes: ['IST0127', 'IST0101'],
    description: 'Every AuthorizationPolicy applies to pods of the input, and the namespaces its rules name are Namespaces of the input.',
    help:
      'An AuthorizationPolicy applies to the pods its `selector.matchLabels` matches in its namespace (in the root namespace, ' +
      'the root namespace of the mesh config, istio-system by default, in every namespace), or without a selector to every pod of its namespace. One that matches no pod of the ' +
      'input does nothing: IST0127 (fix the labels, or pass the workloads with `--context`). A `from.source.namespaces` or ' +
      '`notNamespaces` entry that matches no Namespace object of the input (`*`, `prefix*` and `*suffix` patterns allowed) is ' +
      'IST0101, as istioctl analyze reports it: include the Namespace manifests, or fix the name.',
    docs: 'https://istio.io/latest/docs/reference/config/analysis/ist0127/',
  },
  check(ctx) {
    const t = trafficIndex(ctx.index);
    // A policy in the mesh config's root namespace applies mesh-wide.
    const ROOT_NAMESPACE = ctx.settings.mesh.rootNamespace;
    for (const ap of t.authorizationPolicies) {
      const ns = ap.obj.namespace;
      const inScope = (p: { namespace: string }) => ns === ROOT_NAMESPACE || p.namespace === ns;
      const matched = ap.selector === undefined ? ns === ROOT_NAMESPACE || t.pods.some(inScope) : t.findPodWith(ap.selector, inScope) !== undefined;
      if (!matched) {
        const labels = ap.selector === undefined ? '' : selectorString(ap.selector);
        ctx.report({
          doc: ap.obj.doc,
          object: ap.obj.located,
          pointer: ap.selectorPointer,
          istioCode: 'IST0127',
          message: `no pod of the input matches this policy${labels ? ` (labels ${labels})` : ` (no pod in namespace ${JSON.stringify(ns)})`}; it has no effect`,
        });
      }
      checkNamespaces(ctx, ap);
    }
  },
};

function checkNamespaces(ctx: RuleContext, ap: SelectorPolicy): void {
  const names = [...ctx.index.namespaces.values()].filter(isAnalyzedByIstio).map((n) => n.name);
  const rules = Array.isArray(ap.spec.rules) ? ap.spec.rules : [];
  rules.forEach((rule, i) => {
    const from = isMap(rule) && Array.isArray(rule.from) ? rule.from : [];
    from.forEach((f, j) => {
      const source = isMap(f) && isMap(f.source) ? f.source : {};
      for (const field of ['namespaces', 'notNamespaces']) {
        const list = Array.isArray(source[field]) ? (source[field] as unknown[]) : [];
        list.forEach((exp, k) => {
          if (typeof exp !== 'string' || names.some((n) => namespaceMatch(n, exp))) return;
          ctx.report({
            doc: ap.obj.doc,
            object: ap.obj.located,
            pointer: joinPointer(ap.obj.located.pointer, 'spec', 'rules', i, 'from', j, 'source', field, k),
            istioCode: 'IST0101',
            severity: 'error',
            message: `referenced namespace not found: ${JSON.stringify(exp)}; no Namespace of the input matches it`,
          });
        });
      }
    });
  });
}

/** Istio's `namespaceMatch`: `*`, `*suffix`, `prefix*`, else equal ignoring case. */
function namespaceMatch(ns: string, exp: string): boolean {
  if (exp === '*') return true;
  if (exp.startsWith('*')) return ns.endsWith(exp.slice(1));
  if (exp.endsWith('*')) return ns.startsWith(exp.slice(0, -1));
  return ns.toLowerCase() === exp.toLowerCase();
}
