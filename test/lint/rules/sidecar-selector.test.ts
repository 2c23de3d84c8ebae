import { sidecarSelector } from '../../../src/lint/rules/sidecar-selector.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'sidecar-selector';

const pods = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: reviews-v2, namespace: bookinfo}
  spec:
    template:
      metadata: {labels: {app: reviews, version: v2}}
      spec: {containers: [{name: reviews, image: reviews}]}
  ---
`;

const sidecar = (name: string, labels: string, ns = 'bookinfo') => yaml`
  apiVersion: networking.istio.io/v1
  kind: Sidecar
  metadata: {name: ${name}, namespace: ${ns}}
  spec:${labels ? `\n    workloadSelector:\n      labels: {${labels}}` : ''}
    egress:
    - hosts: ["./*"]
  ---
`;

const none = pods + sidecar('ratings', 'app: ratings') + sidecar('other-ns', 'app: reviews', 'shop');
const two = pods + sidecar('a', 'app: reviews') + sidecar('b', 'version: v2');
const defaults = sidecar('default', '') + sidecar('default-2', '');
const ambientNs = yaml`
  apiVersion: v1
  kind: Namespace
  metadata: {name: mesh, labels: {istio.io/dataplane-mode: ambient}}
  ---
` + sidecar('default', '', 'mesh');

ruleTester(sidecarSelector, {
  valid: [
    { name: 'one Sidecar per pod, and one without a selector per namespace', yaml: pods + sidecar('reviews', 'app: reviews') + sidecar('default', '') + sidecar('default', '', 'shop') },
  ],
  invalid: [
    {
      name: 'IST0101: labels no pod of the namespace has (a pod of another namespace does not count)',
      yaml: none,
      findings: [
        { ruleId: R, severity: 'error', ...posOf(none, 'app: ratings}'), istioCode: 'IST0101', message: 'referenced selector not found: "app=ratings"' },
        { ruleId: R, severity: 'error', ...posOf(none, 'app: reviews}'), istioCode: 'IST0101' },
      ],
    },
    {
      name: 'IST0110: two Sidecars select the same pods, on both',
      yaml: two,
      findings: [
        { ruleId: R, severity: 'error', ...posOf(two, 'name: a,'), istioCode: 'IST0110', message: 'Sidecar "bookinfo/a", Sidecar "bookinfo/b" select the same pods (Deployment "bookinfo/reviews-v2")' },
        { ruleId: R, severity: 'error', ...posOf(two, 'name: b,'), istioCode: 'IST0110' },
      ],
    },
    {
      name: 'IST0167: a namespace-wide Sidecar in an ambient namespace has no effect',
      yaml: ambientNs,
      findings: [{ ruleId: R, severity: 'warning', ...posOf(ambientNs, 'name: default'), istioCode: 'IST0167', message: 'namespace is in ambient mode' }],
    },
    {
      name: 'IST0111: two Sidecars without a selector in one namespace',
      yaml: defaults,
      findings: [
        { ruleId: R, severity: 'error', ...posOf(defaults, 'name: default,'), istioCode: 'IST0111' },
        { ruleId: R, severity: 'error', ...posOf(defaults, 'name: default-2'), istioCode: 'IST0111' },
      ],
    },
  ],
});
