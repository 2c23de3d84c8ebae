import { jwtClaimRoute } from '../../../src/lint/rules/jwt-claim-route.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'jwt-claim-route';

const base = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: ingress, namespace: istio-system, labels: {istio: edgegateway}}
  spec: {containers: [{name: istio-proxy, image: docker.io/istio/proxyv2:1.31.0}]}
  ---
  apiVersion: networking.istio.io/v1
  kind: Gateway
  metadata: {name: gw, namespace: shop}
  spec:
    selector: {istio: edgegateway}
    servers: [{port: {number: 8080, name: http, protocol: HTTP}, hosts: ["*"]}]
  ---
  apiVersion: networking.istio.io/v1
  kind: VirtualService
  metadata: {name: api, namespace: shop}
  spec:
    hosts: ["api.example.com"]
    gateways: [gw]
    http:
    - match:
      - headers:
          "@request.auth.claims.groups": {exact: admin}
      route:
      - destination: {host: api-admin}
  ---
`;

const authn = (ns: string, selector: string) => yaml`
  apiVersion: security.istio.io/v1
  kind: RequestAuthentication
  metadata: {name: jwt, namespace: ${ns}}
  spec:
    selector: {matchLabels: ${selector}}
    jwtRules: [{issuer: "https://issuer.example.com"}]
`;

const missing = base + authn('shop', '{istio: edgegateway}');

ruleTester(jwtClaimRoute, {
  valid: [
    { name: 'a RequestAuthentication in istio-system selects the gateway pods', yaml: base + authn('istio-system', '{istio: edgegateway}') },
  ],
  invalid: [
    {
      name: 'IST0149: the only RequestAuthentication is in another namespace than the gateway pods',
      yaml: missing,
      findings: [{ ruleId: R, severity: 'error', ...posOf(missing, '"@request.auth.claims.groups"'), istioCode: 'IST0149', message: 'the JWT claim "@request.auth.claims.groups"' }],
    },
  ],
});
