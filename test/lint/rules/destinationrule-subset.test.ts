import { destinationruleSubset } from '../../../src/lint/rules/destinationrule-subset.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'destinationrule-subset';

const app = (name: string, version: string, ns = 'bookinfo') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: ${name}-${version}, namespace: ${ns}}
  spec:
    template:
      metadata: {labels: {app: ${name}, version: ${version}}}
      spec: {containers: [{name: ${name}, image: ${name}}]}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: ${name}, namespace: ${ns}}
  spec: {selector: {app: ${name}}, ports: [{name: http, port: 9080}]}
  ---
`;

const dr = (host: string, versions: string[]) => yaml`
  apiVersion: networking.istio.io/v1
  kind: DestinationRule
  metadata: {name: ${host}, namespace: bookinfo}
  spec:
    host: ${host}
    subsets:
` + versions.map((v) => `  - name: ${v}\n    labels: {version: ${v}}\n`).join('') + '---\n';

const missing = app('reviews', 'v1') + app('reviews', 'v2') + dr('reviews', ['v1', 'v2', 'v3']);
const elsewhere = app('reviews', 'v2') + app('ratings', 'v1') + dr('ratings', ['v1', 'v2']);

ruleTester(destinationruleSubset, {
  valid: [
    { name: 'bookinfo\'s reviews: v1, v2 and v3 each have pods', yaml: app('reviews', 'v1') + app('reviews', 'v2') + app('reviews', 'v3') + dr('reviews', ['v1', 'v2', 'v3']) },
    { name: 'a host with no Service is destinationrule-host\'s (IST0174), not this rule\'s', yaml: dr('ratingz', ['v1']) },
  ],
  invalid: [
    {
      name: 'IST0173: no pod of the input has version v3, at the subset\'s name',
      yaml: missing,
      findings: [{ ruleId: R, severity: 'error', ...posOf(missing, 'name: v3'), istioCode: 'IST0173', message: 'the subset "v3" defined in the DestinationRule selects no pod of the input (labels version=v3)' }],
    },
    {
      name: 'Istio finds reviews-v2\'s pods for ratings\' subset v2 (any pod counts); kube-inject\'s own check does not, without a code',
      yaml: elsewhere,
      findings: [{ ruleId: R, severity: 'warning', ...posOf(elsewhere, 'name: v2'), istioCode: null, message: 'selects no pod of Service "bookinfo/ratings"' }],
    },
  ],
});
