import { proxyUid } from '../../../src/lint/rules/proxy-uid.js';
import { ruleTester, yaml } from '../helpers/rule-tester.js';

const R = 'proxy-uid';

ruleTester(proxyUid, {
  valid: [
    yaml`
      apiVersion: v1
      kind: Pod
      metadata:
        name: web
      spec:
        securityContext: {runAsUser: 1000}
        containers:
        - name: web
          image: web
          securityContext: {runAsUser: 1001}
        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.24.0
          securityContext: {runAsUser: 1337}
    `,
  ],
  invalid: [
    {
      yaml: yaml`
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
        spec:
          template:
            spec:
              securityContext:
                runAsUser: 1337
              containers:
              - name: db
                image: db
                securityContext:
                  runAsUser: 1337
      `,
      findings: [
        { ruleId: R, severity: 'error', line: 9, column: 9, istioCode: 'IST0144', message: 'the pod runs as user ID 1337' },
        { ruleId: R, severity: 'error', line: 14, column: 11, istioCode: 'IST0144', message: 'container "db" runs as user ID 1337' },
      ],
    },
  ],
});
