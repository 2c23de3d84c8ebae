import { destinationruleHost } from '../../../src/lint/rules/destinationrule-host.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'destinationrule-host';

const services = yaml`
  apiVersion: v1
  kind: Service
  metadata: {name: ratings, namespace: bookinfo}
  spec: {selector: {app: ratings}, ports: [{name: http, port: 9080}]}
  ---
  apiVersion: networking.istio.io/v1
  kind: ServiceEntry
  metadata: {name: ext, namespace: bookinfo}
  spec: {hosts: [api.example.com], ports: [{number: 443, name: https}]}
  ---
`;

const dr = (ns: string, host: string) => yaml`
  apiVersion: networking.istio.io/v1
  kind: DestinationRule
  metadata: {name: dr, namespace: ${ns}}
  spec:
    host: ${host}
  ---
`;

const bad = services + dr('bookinfo', 'ratingz') + dr('shop', 'ratings');

ruleTester(destinationruleHost, {
  valid: [
    { name: 'a short name, an FQDN from another namespace, a ServiceEntry host', yaml: services + dr('bookinfo', 'ratings') + dr('shop', 'ratings.bookinfo.svc.cluster.local') + dr('shop', 'api.example.com') },
  ],
  invalid: [
    {
      name: 'IST0174: a host with no Service; a short name of another namespace; at the host value',
      yaml: bad,
      findings: [
        { ruleId: R, severity: 'warning', ...posOf(bad, 'ratingz'), istioCode: 'IST0174', message: 'the host "ratingz" defined in the DestinationRule does not match any Service or ServiceEntry of the input', resource: 'DestinationRule "bookinfo/dr"' },
        { ruleId: R, severity: 'warning', ...posOf(bad, 'ratings\n', 1), istioCode: 'IST0174', resource: 'DestinationRule "shop/dr"' },
      ],
    },
  ],
});
