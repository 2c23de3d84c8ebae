import { proxyUid } from '../../../src/lint/rules/proxy-uid.js';
import { posOf, ruleTester, yaml } from '../helpers/rule-tester.js';

const optedOut = yaml`
  apiVersion: v1
  kind: Pod
  metadata: {name: tool, labels: {sidecar.istio.io/inject: "false"}}
  spec:
    securityContext: {runAsUser: 1337}
    containers: [{name: tool, image: tool}]
  ---
  apiVersion: apps/v1
  kind: StatefulSet
  metadata: {name: tool, labels: {sidecar.istio.io/inject: "false"}}
  spec:
    template:
      metadata: {labels: {sidecar.istio.io/inject: "false"}}
      spec:
        securityContext: {runAsUser: 1337}
        containers: [{name: tool, image: tool}]
`;

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
        // Istio checks Pods and Deployments only: on a StatefulSet the finding is kube-inject's own.
        { ruleId: R, severity: 'error', line: 9, column: 9, istioCode: null, message: 'the pod runs as user ID 1337' },
        { ruleId: R, severity: 'error', line: 14, column: 11, istioCode: null, message: 'container "db" runs as user ID 1337' },
      ],
    },
    {
      name: 'IST0144 on a Pod even when it opts out of injection, as Istio checks it; an opted-out StatefulSet is not checked',
      yaml: optedOut,
      findings: [{ ruleId: R, severity: 'error', ...posOf(optedOut, 'runAsUser'), istioCode: 'IST0144', resource: 'Pod "tool"' }],
    },
    {
      name: 'IST0144 on a Deployment; on the control plane\'s own (a label istio) Istio is silent, so the finding is ours',
      yaml: yaml`
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          template:
            spec:
              containers: [{name: web, image: web, securityContext: {runAsUser: 1337}}]
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: istiod, namespace: istio-system, labels: {istio: pilot}}
        spec:
          template:
            spec:
              containers: [{name: discovery, image: pilot, securityContext: {runAsUser: 1337}}]
      `,
      findings: [
        { ruleId: R, severity: 'error', line: 7, column: 62, istioCode: 'IST0144', resource: 'Deployment "web"' },
        { ruleId: R, severity: 'error', line: 15, column: 70, istioCode: null, resource: 'Deployment "istio-system/istiod"' },
      ],
    },
  ],
});
