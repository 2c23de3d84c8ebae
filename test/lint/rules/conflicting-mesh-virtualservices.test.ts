import { conflictingMeshVirtualservices } from '../../../src/lint/rules/conflicting-mesh-virtualservices.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'conflicting-mesh-virtualservices';

const vs = (name: string, ns: string, hosts: string, extra = '') => yaml`
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata: {name: ${name}, namespace: ${ns}}
  spec:
    hosts: ${hosts}${extra}
    http:
    - route:
      - destination: {host: ratings}
  ---
`;

const twoNames = vs('ratings', 'bookinfo', '[ratings]') + vs('ratings-canary', 'bookinfo', '[ratings.bookinfo.svc.cluster.local]');
const wildcard = vs('all', 'bookinfo', '["*.example.com"]') + vs('one', 'shop', '[api.example.com]', '\n    exportTo: ["."]');

ruleTester(conflictingMeshVirtualservices, {
  valid: [
    { name: 'the same short name in two namespaces is two hosts', yaml: vs('ratings', 'bookinfo', '[ratings]') + vs('ratings', 'shop', '[ratings]') },
    { name: 'one of them bound to a Gateway only', yaml: vs('ratings', 'bookinfo', '[ratings]') + vs('edge', 'bookinfo', '[ratings]', '\n    gateways: [gw]') },
    { name: 'exported to different namespaces', yaml: vs('a', 'bookinfo', '[ratings.bookinfo.svc.cluster.local]', '\n    exportTo: ["."]') + vs('b', 'shop', '[ratings.bookinfo.svc.cluster.local]', '\n    exportTo: ["."]') },
  ],
  invalid: [
    {
      name: 'IST0109: a short name and the FQDN of the same host, on both VirtualServices, at metadata.name',
      yaml: twoNames,
      findings: [
        { ruleId: R, severity: 'error', ...posOf(twoNames, 'name: ratings,'), istioCode: 'IST0109', message: 'VirtualService "bookinfo/ratings", VirtualService "bookinfo/ratings-canary" are bound to the mesh and define the same host */ratings.bookinfo.svc.cluster.local' },
        { ruleId: R, severity: 'error', ...posOf(twoNames, 'name: ratings-canary'), istioCode: 'IST0109' },
      ],
    },
    {
      name: 'IST0109: a wildcard exported everywhere matches a host of a namespace-local VirtualService',
      yaml: wildcard,
      findings: [
        { ruleId: R, severity: 'error', ...posOf(wildcard, 'name: all'), istioCode: 'IST0109', message: 'define the same host shop/api.example.com' },
        { ruleId: R, severity: 'error', ...posOf(wildcard, 'name: one'), istioCode: 'IST0109' },
      ],
    },
  ],
});
