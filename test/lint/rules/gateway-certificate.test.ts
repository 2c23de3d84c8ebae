import { gatewayCertificate } from '../../../src/lint/rules/gateway-certificate.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'gateway-certificate';

const gw = (name: string, selector: string, tls: string) => yaml`
  apiVersion: networking.istio.io/v1
  kind: Gateway
  metadata: {name: ${name}, namespace: edge}
  spec:
    selector: ${selector}
    servers:
    - port: {number: 443, name: https, protocol: HTTPS}
      hosts: ["${name}.example.com"]
      tls: ${tls}
  ---
`;

const dup = gw('shop', '{istio: ingressgateway}', '{mode: SIMPLE, credentialName: wildcard-cert}') + gw('blog', '{istio: ingressgateway, app: ingress}', '{mode: SIMPLE, credentialName: wildcard-cert}');

ruleTester(gatewayCertificate, {
  valid: [
    { name: 'different certificates; the same certificate on gateways of other pods', yaml: gw('shop', '{istio: ingressgateway}', '{mode: SIMPLE, credentialName: shop-cert}') + gw('blog', '{istio: ingressgateway}', '{mode: SIMPLE, credentialName: blog-cert}') + gw('internal', '{istio: internal}', '{mode: SIMPLE, credentialName: shop-cert}') },
  ],
  invalid: [
    {
      name: 'IST0138: one credentialName; reported on the Gateway whose selector is the subset (Istio compares in that direction)',
      yaml: dup,
      findings: [{ ruleId: R, severity: 'warning', ...posOf(dup, 'name: shop'), istioCode: 'IST0138', message: 'Gateway "edge/shop" and Gateway "edge/blog" serve the same certificate (wildcard-cert)' }],
    },
  ],
});
