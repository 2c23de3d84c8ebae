import { virtualserviceDestination } from '../../../src/lint/rules/virtualservice-destination.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'virtualservice-destination';

/** Service reviews (one port) and details (two ports) in bookinfo; a ServiceEntry for *.example.com. */
const base = yaml`
  apiVersion: v1
  kind: Service
  metadata: {name: reviews, namespace: bookinfo}
  spec: {selector: {app: reviews}, ports: [{name: http, port: 9080}]}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: details, namespace: bookinfo}
  spec: {selector: {app: details}, ports: [{name: http, port: 9080}, {name: http-admin, port: 9090}]}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: hidden, namespace: bookinfo, annotations: {networking.istio.io/exportTo: "."}}
  spec: {selector: {app: hidden}, ports: [{name: http, port: 80}]}
  ---
  apiVersion: networking.istio.io/v1
  kind: ServiceEntry
  metadata: {name: external, namespace: egress}
  spec: {hosts: ["*.example.com"], ports: [{number: 443, name: https, protocol: TLS}]}
  ---
`;

const vs = (ns: string, http: string) => yaml`
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata: {name: vs, namespace: ${ns}}
  spec:
    hosts: [x]
    http:
` + http.replace(/^(?=.)/gm, '    ');

ruleTester(virtualserviceDestination, {
  valid: [
    {
      name: 'a short name in the namespace, an FQDN from another, a port of a multi-port Service, a wildcard ServiceEntry, tcp routes',
      yaml:
        base +
        vs('bookinfo', yaml`
          - route:
            - destination: {host: reviews}
            - destination: {host: details, port: {number: 9090}}
            - destination: {host: hidden}
        `) +
        '---\n' +
        vs('shop', yaml`
          - route:
            - destination: {host: reviews.bookinfo.svc.cluster.local}
            - destination: {host: api.example.com}
            mirror: {host: reviews.bookinfo.svc.cluster.local}
        `),
    },
    {
      name: 'objects of kube-system are not analyzed, as in Istio',
      yaml: vs('kube-system', '- route:\n  - destination: {host: nowhere}\n'),
    },
  ],
  invalid: [
    {
      name: 'IST0101: a host no Service defines; a short name read in the VirtualService\'s namespace; exportTo "." hides a Service',
      yaml:
        base +
        vs('shop', yaml`
          - route:
            - destination: {host: reviewz.bookinfo.svc.cluster.local}
            - destination: {host: reviews}
            - destination: {host: hidden.bookinfo.svc.cluster.local}
        `),
      findings: [
        { ruleId: R, severity: 'error', line: 28, column: 23, istioCode: 'IST0101', message: 'referenced host not found: "reviewz.bookinfo.svc.cluster.local"', resource: 'VirtualService "shop/vs"' },
        { ruleId: R, severity: 'error', line: 29, column: 23, istioCode: 'IST0101', message: 'referenced host not found: "reviews"' },
        { ruleId: R, severity: 'error', line: 30, column: 23, istioCode: 'IST0101', message: 'referenced host not found: "hidden.bookinfo.svc.cluster.local"' },
      ],
    },
    {
      name: 'IST0112: a two-port Service without port.number; IST0101: a port the host has not; a mirror host not found',
      yaml:
        base +
        vs('bookinfo', yaml`
          - route:
            - destination: {host: details}
            - destination:
                host: reviews
                port: {number: 8080}
            mirror:
              host: ratings
        `),
      findings: [
        { ruleId: R, severity: 'error', line: 28, column: 23, istioCode: 'IST0112', message: 'exposes ports 9080, 9090' },
        { ruleId: R, severity: 'error', line: 31, column: 18, istioCode: 'IST0101', message: 'referenced host:port not found: "reviews:8080"' },
        { ruleId: R, severity: 'error', line: 33, column: 9, istioCode: 'IST0101', message: 'referenced mirror host not found: "ratings"' },
      ],
    },
  ],
});
