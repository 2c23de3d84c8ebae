import { virtualserviceSubset } from '../../../src/lint/rules/virtualservice-subset.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'virtualservice-subset';

const dr = yaml`
  apiVersion: networking.istio.io/v1
  kind: DestinationRule
  metadata: {name: reviews, namespace: bookinfo}
  spec:
    host: reviews
    subsets:
    - {name: v1, labels: {version: v1}}
    - {name: v2, labels: {version: v2}}
  ---
`;

const vs = (ns: string, destinations: string) => yaml`
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata: {name: reviews, namespace: ${ns}}
  spec:
    hosts: [reviews]
    http:
    - route:
` + destinations.replace(/^(?=.)/gm, '    ');

const invalid1 = dr + vs('bookinfo', '- destination: {host: reviews, subset: v3}\n- destination: {host: reviews, subset: v1}\n');
const invalid2 = dr + vs('shop', '- destination: {host: reviews, subset: v1}\n- destination: {host: reviews.bookinfo.svc.cluster.local, subset: v1}\n');
const invalid3 = dr + vs('bookinfo', '- destination: {host: reviews, subset: v1}\n') + '    mirror: {host: reviews, subset: canary}\n';

const gatewayVs = (route: string) => yaml`
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata: {name: edge, namespace: bookinfo}
  spec:
    hosts: [bookinfo.example.com]
    gateways: [bookinfo-gateway]
    http:
    - route:
      - destination: ${route}
  ---
`;
const bypass = dr + vs('bookinfo', '- destination: {host: reviews, subset: v1}\n') + '---\n' + gatewayVs('{host: reviews}');

ruleTester(virtualserviceSubset, {
  valid: [
    { name: 'a gateway route that names the subset', yaml: dr + vs('bookinfo', '- destination: {host: reviews, subset: v1}\n') + '---\n' + gatewayVs('{host: reviews, subset: v2}') },
    { name: 'subsets the DestinationRule defines; no subset needs none', yaml: dr + vs('bookinfo', '- destination: {host: reviews, subset: v2}\n- destination: {host: ratings}\n') },
    { name: 'an FQDN from another namespace names the same Service as the DestinationRule\'s short name', yaml: dr + vs('shop', '- destination: {host: reviews.bookinfo.svc.cluster.local, subset: v1}\n') },
  ],
  invalid: [
    {
      name: 'IST0140: a gateway route without a subset to a host the mesh routes by subset',
      yaml: bypass,
      findings: [{ ruleId: R, severity: 'warning', ...posOf(bypass, 'host: reviews}'), istioCode: 'IST0140', message: 'VirtualService "bookinfo/reviews" routes "reviews" to subsets' }],
    },
    {
      name: 'IST0101: a subset no DestinationRule defines, at the subset field',
      yaml: invalid1,
      findings: [{ ruleId: R, severity: 'error', ...posOf(invalid1, 'subset: v3'), istioCode: 'IST0101', message: 'referenced host+subset in destinationrule not found: "reviews+v3"' }],
    },
    {
      name: 'a short name in another namespace is another Service: its subsets are not the DestinationRule\'s',
      yaml: invalid2,
      findings: [{ ruleId: R, severity: 'error', ...posOf(invalid2, 'subset: v1'), istioCode: 'IST0101', message: 'for reviews.shop' }],
    },
    {
      name: 'a mirror subset',
      yaml: invalid3,
      findings: [{ ruleId: R, severity: 'error', ...posOf(invalid3, 'subset: canary'), istioCode: 'IST0101', message: 'referenced mirror+subset in destinationrule not found: "reviews+canary"' }],
    },
  ],
});
