import { policyWorkloads } from '../../../src/lint/rules/policy-workloads.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'policy-workloads';

const pod = (ns: string, labels: string) => yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: p, namespace: ${ns}, labels: {${labels}}}
  spec: {containers: [{name: c, image: c}]}
  ---
`;

const policy = (ns: string, selector: string, from = '') => yaml`
  apiVersion: security.istio.io/v1
  kind: AuthorizationPolicy
  metadata: {name: ap, namespace: ${ns}}
  spec:${selector ? `\n    selector:\n      matchLabels: ${selector}` : ''}
    action: ALLOW${from ? `\n    rules:\n    - from:\n      - source: ${from}` : ''}
  ---
`;

const noMatch = pod('shop', 'app: web') + policy('shop', '{app: wbe}') + policy('other', '{app: web}') + policy('empty', '');
const namespaces = yaml`
  apiVersion: v1
  kind: Namespace
  metadata: {name: shop}
  ---
` + pod('shop', 'app: web') + policy('shop', '{app: web}', '{namespaces: [shop, "sh*", "*op", payments], notNamespaces: [legacy]}');

ruleTester(policyWorkloads, {
  valid: [
    { name: 'a selector matching a pod of its namespace; no selector and a pod in the namespace', yaml: pod('shop', 'app: web') + policy('shop', '{app: web}') + policy('shop', '') },
    { name: 'in the root namespace (istio-system) a selector matches pods of any namespace', yaml: pod('shop', 'app: web') + policy('istio-system', '{app: web}') + policy('istio-system', '') },
  ],
  invalid: [
    {
      name: 'IST0127: labels no pod has; a pod of another namespace; no selector and no pod in the namespace',
      yaml: noMatch,
      findings: [
        { ruleId: R, severity: 'warning', ...posOf(noMatch, 'matchLabels'), istioCode: 'IST0127', message: 'no pod of the input matches this policy (labels app=wbe)' },
        { ruleId: R, severity: 'warning', ...posOf(noMatch, 'matchLabels', 2), istioCode: 'IST0127', message: '(labels app=web)' },
        { ruleId: R, severity: 'warning', ...posOf(noMatch, 'spec:\n  action'), istioCode: 'IST0127', message: '(no pod in namespace "empty")' },
      ],
    },
    {
      name: 'IST0101: source namespaces that match no Namespace of the input (patterns allowed)',
      yaml: namespaces,
      findings: [
        { ruleId: R, severity: 'error', ...posOf(namespaces, 'payments'), istioCode: 'IST0101', message: 'referenced namespace not found: "payments"' },
        { ruleId: R, severity: 'error', ...posOf(namespaces, 'legacy'), istioCode: 'IST0101', message: 'referenced namespace not found: "legacy"' },
      ],
    },
  ],
});
