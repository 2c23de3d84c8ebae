import { deprecatedField } from '../../../src/lint/rules/deprecated-field.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'deprecated-field';

const vs = (delay: string) => yaml`
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata: {name: ratings, namespace: bookinfo}
  spec:
    hosts: [ratings]
    http:
    - fault:
        delay: ${delay}
      route:
      - destination: {host: ratings}
  ---
`;

const bad = vs('{percent: 10, fixedDelay: 5s}') + yaml`
  apiVersion: networking.istio.io/v1
  kind: Sidecar
  metadata: {name: default, namespace: bookinfo}
  spec:
    outboundTrafficPolicy:
      mode: REGISTRY_ONLY
      egressProxy: {host: egress.istio-system.svc.cluster.local}
`;

ruleTester(deprecatedField, {
  valid: [{ name: 'percentage instead of percent; a Sidecar without egressProxy', yaml: vs('{percentage: {value: 10}, fixedDelay: 5s}') }],
  invalid: [
    {
      name: 'IST0002: fault.delay.percent, and a Sidecar\'s egressProxy',
      yaml: bad,
      findings: [
        { ruleId: R, severity: 'warning', ...posOf(bad, 'percent:'), istioCode: 'IST0002', message: 'use HTTPRoute.fault.delay.percentage' },
        { ruleId: R, severity: 'warning', ...posOf(bad, 'egressProxy'), istioCode: 'IST0002', message: 'ignored' },
      ],
    },
  ],
});
