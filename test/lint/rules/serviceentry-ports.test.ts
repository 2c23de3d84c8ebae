import { serviceentryPorts } from '../../../src/lint/rules/serviceentry-ports.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'serviceentry-ports';

const se = (name: string, ns: string, body: string) => yaml`
  apiVersion: networking.istio.io/v1
  kind: ServiceEntry
  metadata: {name: ${name}, namespace: ${ns}}
  spec:
    hosts: [db.example.com]
` + body.replace(/^(?=.)/gm, '  ') + '---\n';

const noAddresses = se('db', 'shop', 'ports:\n- {number: 5432, name: tcp-pg, protocol: TCP}\n- {number: 5433, name: pg}\n- {number: 443, name: https, protocol: TLS}\n');
const conflicting = se('a', 'shop', 'addresses: [10.0.0.1]\nports: [{number: 443, name: https, protocol: TLS}]\n') + se('b', 'pay', 'addresses: [10.0.0.2]\nports: [{number: 443, name: https, protocol: HTTPS}]\n');

ruleTester(serviceentryPorts, {
  valid: [
    { name: 'TCP with addresses; TLS and HTTP need none', yaml: se('db', 'shop', 'addresses: [10.0.0.1]\nports: [{number: 5432, name: tcp, protocol: TCP}]\n') + se('api', 'shop', 'ports: [{number: 443, name: tls, protocol: TLS}, {number: 80, name: http, protocol: HTTP}]\n').replace(/db\.example\.com/g, 'api.example.com') },
    { name: 'the same host and port with different protocols, seen by different namespaces only', yaml: se('a', 'shop', 'exportTo: ["."]\naddresses: [10.0.0.1]\nports: [{number: 443, name: https, protocol: TLS}]\n') + se('b', 'pay', 'exportTo: ["."]\naddresses: [10.0.0.2]\nports: [{number: 443, name: https, protocol: HTTPS}]\n') },
  ],
  invalid: [
    {
      name: 'IST0134: TCP ports (written, or no protocol) without addresses, at each port',
      yaml: noAddresses,
      findings: [
        { ruleId: R, severity: 'warning', ...posOf(noAddresses, '{number: 5432'), istioCode: 'IST0134' },
        { ruleId: R, severity: 'warning', ...posOf(noAddresses, '{number: 5433'), istioCode: 'IST0134' },
      ],
    },
    {
      name: 'IST0177: two ServiceEntries exported everywhere give db.example.com:443 TLS and HTTPS, on both',
      yaml: conflicting,
      findings: [
        { ruleId: R, severity: 'warning', ...posOf(conflicting, 'name: a,'), istioCode: 'IST0177', message: 'ServiceEntry "pay/b", ServiceEntry "shop/a" define host "db.example.com" port 443 with conflicting protocols (HTTPS, TLS)' },
        { ruleId: R, severity: 'warning', ...posOf(conflicting, 'name: b,'), istioCode: 'IST0177' },
      ],
    },
  ],
});
