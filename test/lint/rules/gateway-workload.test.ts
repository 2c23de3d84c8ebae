import { gatewayWorkload } from '../../../src/lint/rules/gateway-workload.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'gateway-workload';

const gatewayPods = (ns = 'istio-system') => yaml`
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: ingress, namespace: ${ns}}
  spec:
    template:
      metadata: {labels: {istio: ingressgateway, app: ingress}}
      spec: {containers: [{name: istio-proxy, image: auto}]}
  ---
  apiVersion: v1
  kind: Service
  metadata: {name: ingress, namespace: ${ns}}
  spec:
    selector: {istio: ingressgateway}
    ports:
    - {name: http2, port: 80, targetPort: 8080}
    - {name: https, port: 443, targetPort: https}
    - {name: dns, port: 5353, protocol: UDP}
  ---
`;

const gateway = (selector: string, ports: number[]) =>
  yaml`
    apiVersion: networking.istio.io/v1
    kind: Gateway
    metadata: {name: gw, namespace: shop}
    spec:
      selector: ${selector}
      servers:
  ` + ports.map((p) => `  - port: {number: ${p}, name: p${p}, protocol: HTTP}\n    hosts: ["*"]\n`).join('');

const noPods = gatewayPods() + gateway('{istio: egressgateway, app: egress}', [80]);
const badPorts = gatewayPods() + gateway('{istio: ingressgateway}', [8080, 80, 443, 9443, 5353]);

ruleTester(gatewayWorkload, {
  valid: [
    { name: 'pods of another namespace match; a targetPort (8080), a Service port with a targetPort (80), a named targetPort\'s port (443)', yaml: gatewayPods() + gateway('{istio: ingressgateway}', [8080, 80, 443]) },
  ],
  invalid: [
    {
      name: 'IST0101: no pod has the selector\'s labels; at the first label (sorted)',
      yaml: noPods,
      findings: [{ ruleId: R, severity: 'error', ...posOf(noPods, 'app: egress'), istioCode: 'IST0101', message: 'referenced selector not found: "app=egress,istio=egressgateway"' }],
    },
    {
      name: 'IST0162: a port no Service sends traffic to (a UDP port does not count)',
      yaml: badPorts,
      findings: [
        { ruleId: R, severity: 'warning', ...posOf(badPorts, 'number: 9443'), istioCode: 'IST0162', message: 'listens on port 9443' },
        { ruleId: R, severity: 'warning', ...posOf(badPorts, 'number: 5353'), istioCode: 'IST0162', message: 'listens on port 5353' },
      ],
    },
  ],
});
