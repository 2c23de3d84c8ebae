import { telemetrySelector } from '../../../src/lint/rules/telemetry-selector.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'telemetry-selector';

const pods = yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: reviews-v1, namespace: bookinfo}
  spec:
    template:
      metadata: {labels: {app: reviews, version: v1}}
      spec: {containers: [{name: reviews, image: reviews}]}
  ---
`;

const telemetry = (name: string, selector: string, body = 'tracing: [{randomSamplingPercentage: 10}]') => yaml`
  apiVersion: telemetry.istio.io/v1
  kind: Telemetry
  metadata: {name: ${name}, namespace: bookinfo}
  spec:${selector ? `\n    selector:\n      matchLabels: {${selector}}` : ''}
    ${body}
  ---
`;

const missing = pods + telemetry('ratings', 'app: ratings');
const two = pods + telemetry('a', 'app: reviews') + telemetry('b', 'version: v1');
const defaults = telemetry('mesh-default', '') + telemetry('other', '');
const logging = telemetry('logs', '', 'accessLogging: [{disabled: false}, {disabled: true}, {providers: [{name: envoy}]}]');

ruleTester(telemetrySelector, {
  valid: [{ name: 'one Telemetry per pod, one without a selector', yaml: pods + telemetry('a', 'app: reviews') + telemetry('default', '') }],
  invalid: [
    {
      name: 'IST0101: a selector no pod of the namespace matches',
      yaml: missing,
      findings: [{ ruleId: R, severity: 'error', ...posOf(missing, 'app: ratings'), istioCode: 'IST0101' }],
    },
    {
      name: 'IST0159: two Telemetries select the same pods',
      yaml: two,
      findings: [
        { ruleId: R, severity: 'error', ...posOf(two, 'name: a,'), istioCode: 'IST0159', message: 'Telemetry "bookinfo/a", Telemetry "bookinfo/b" select the same pods' },
        { ruleId: R, severity: 'error', ...posOf(two, 'name: b,'), istioCode: 'IST0159' },
      ],
    },
    {
      name: 'IST0160: two Telemetries without a selector in one namespace',
      yaml: defaults,
      findings: [
        { ruleId: R, severity: 'error', ...posOf(defaults, 'name: mesh-default'), istioCode: 'IST0160' },
        { ruleId: R, severity: 'error', ...posOf(defaults, 'name: other'), istioCode: 'IST0160' },
      ],
    },
    {
      name: 'IST0157: an access-log entry that names no provider and is not disabled',
      yaml: logging,
      findings: [{ ruleId: R, severity: 'warning', ...posOf(logging, '{disabled: false}'), istioCode: 'IST0157' }],
    },
  ],
});
