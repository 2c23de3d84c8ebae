import { destinationruleTls } from '../../../src/lint/rules/destinationrule-tls.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'destinationrule-tls';

const dr = (policy: string, extra = '') => yaml`
  apiVersion: networking.istio.io/v1
  kind: DestinationRule
  metadata: {name: api, namespace: shop}
  spec:
    host: api.example.com${extra}
    trafficPolicy:
` + policy.replace(/^(?=.)/gm, '    ') + '---\n';

const bad = dr('tls: {mode: SIMPLE}\nportLevelSettings:\n- port: {number: 8443}\n  tls: {mode: MUTUAL, clientCertificate: /c, privateKey: /k}\n- port: {number: 9443}\n  tls: {mode: SIMPLE, caCertificates: /ca}\n');

ruleTester(destinationruleTls, {
  valid: [
    { name: 'caCertificates set; ISTIO_MUTUAL and DISABLE need none', yaml: dr('tls: {mode: SIMPLE, caCertificates: /etc/ca.pem}\nportLevelSettings:\n- port: {number: 80}\n  tls: {mode: ISTIO_MUTUAL}\n- port: {number: 81}\n  tls: {mode: DISABLE}\n') },
    { name: 'a credentialName with a workloadSelector (the CA comes from the secret)', yaml: dr('tls: {mode: MUTUAL, credentialName: api-cred}\n', '\n    workloadSelector: {matchLabels: {app: egress}}') },
  ],
  invalid: [
    {
      name: 'IST0128 at the rule\'s tls.mode, IST0129 at a port\'s',
      yaml: bad,
      findings: [
        { ruleId: R, severity: 'warning', ...posOf(bad, 'mode: SIMPLE}'), istioCode: 'IST0128', message: 'TLS mode SIMPLE without caCertificates' },
        { ruleId: R, severity: 'warning', ...posOf(bad, 'mode: MUTUAL'), istioCode: 'IST0129', message: 'on port 8443' },
      ],
    },
  ],
});
