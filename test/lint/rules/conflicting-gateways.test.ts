import { conflictingGateways } from '../../../src/lint/rules/conflicting-gateways.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'conflicting-gateways';

const gw = (name: string, selector: string, port: number, hosts: string, bind = '') => yaml`
  apiVersion: networking.istio.io/v1
  kind: Gateway
  metadata: {name: ${name}, namespace: shop}
  spec:
    selector: ${selector}
    servers:
    - port: {number: ${port}, name: http, protocol: HTTP}
      hosts: ${hosts}${bind ? `\n      bind: ${bind}` : ''}
  ---
`;

const pod = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: ingress, namespace: istio-system, labels: {istio: ingressgateway, app: ingress}}
  spec: {containers: [{name: istio-proxy, image: auto}]}
`;

const same = gw('a', '{istio: ingressgateway}', 80, '[a.example.com, b.example.com]') + gw('b', '{istio: ingressgateway}', 80, '[b.example.com]') + pod;
const overlapping = gw('a', '{istio: ingressgateway}', 80, '[a.example.com]') + gw('b', '{istio: ingressgateway, app: ingress}', 80, '[a.example.com]') + pod;

ruleTester(conflictingGateways, {
  valid: [
    { name: 'other ports, other hosts, another bind address', yaml: gw('a', '{istio: ingressgateway}', 80, '[a.example.com]') + gw('b', '{istio: ingressgateway}', 443, '[a.example.com]') + gw('c', '{istio: ingressgateway}', 80, '[c.example.com]') + gw('d', '{istio: ingressgateway}', 80, '[a.example.com]', '10.0.0.1') + pod },
    { name: 'selectors that overlap as text but select no common pod', yaml: gw('a', '{istio: ingressgateway}', 80, '[a.example.com]') + gw('b', '{istio: ingressgateway, app: other}', 80, '[a.example.com]') + pod },
  ],
  invalid: [
    {
      name: 'IST0145: one selector, one port, one host; on both Gateways, at their hosts',
      yaml: same,
      findings: [
        { ruleId: R, severity: 'error', ...posOf(same, 'hosts: [a.example.com'), istioCode: 'IST0145', message: 'conflict with Gateway "shop/b" (workload selector istio=ingressgateway, port 80, hosts a.example.com,b.example.com)' },
        { ruleId: R, severity: 'error', ...posOf(same, 'hosts: [b.example.com'), istioCode: 'IST0145', message: 'conflict with Gateway "shop/a"' },
      ],
    },
    {
      name: 'IST0145: selectors that differ but select the same pod',
      yaml: overlapping,
      findings: [
        { ruleId: R, severity: 'error', ...posOf(overlapping, 'hosts:'), istioCode: 'IST0145' },
        { ruleId: R, severity: 'error', ...posOf(overlapping, 'hosts:', 2), istioCode: 'IST0145' },
      ],
    },
  ],
});
